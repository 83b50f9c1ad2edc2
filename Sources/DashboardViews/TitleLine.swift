import DashboardCore
import TerminalUI

/// "Agents 1-20 of 48 · filter: foo · sort: Name ▲", with tabs and staleness.
enum TitleLine {
    static func render(
        _ context: RenderContext, model: TableModel, list: ListState, window: VisibleWindow,
        into buffer: inout ScreenBuffer, rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        let state = context.state
        var segments = [Segment(state.ui.pane.title, CellStyle(.title, .bold))]
        if list.showsTrash { segments.append(Segment(" (trash)", CellStyle(.warning, .bold))) }
        // What a link limited the pane to ("· team Platform"), so the rows are not read as all of them.
        if let scope = state.currentScope { segments.append(Segment(context.separator + scope.label, CellStyle(.accent, .bold))) }
        let tabs = tabSegments(context)
        segments += tabs
        segments.append(Segment((tabs.isEmpty ? " " : context.separator) + range(window, total: model.rowCount), CellStyle(.normal)))
        // Records the list does not show are said, never dropped silently.
        for note in model.notes { segments.append(Segment(context.separator + context.text(note), CellStyle(.warning, .bold))) }
        let status = state.status(of: state.mainSource)
        if let filter = model.filter {
            // The filter as the server was asked for it (type, scope, labels, teams), then what could not be sent.
            segments.append(Segment(context.separator + "filter: ", CellStyle(.muted)))
            segments.append(Segment(filter.text, CellStyle(.accent)))
            for problem in filter.problems {
                segments.append(Segment(context.separator + "ignored " + problem, CellStyle(.warning, .bold)))
            }
        } else if !list.filter.isEmpty {
            segments.append(Segment(context.separator + "filter: ", CellStyle(.muted)))
            segments.append(Segment(list.filter, CellStyle(.accent)))
        }
        if let column = list.sortColumn, model.columns.indices.contains(column) {
            let arrow = list.sortAscending ? context.glyphs.arrowUp : context.glyphs.arrowDown
            segments.append(Segment(context.separator + "sort: " + model.columns[column].title + " " + arrow, CellStyle(.muted)))
        }
        if state.isStale(state.mainSource), let age = context.age(status) {
            segments.append(Segment(context.separator + "stale, updated " + age, CellStyle(.stale, .bold)))
        }
        // Errors are said once, on the status line below the table, where they have the whole width.
        Segment.draw(segments, into: &buffer, x: rect.x, y: rect.y, maxX: rect.maxX, glyphs: context.glyphs)
    }

    /// "1-20 of 48", or "0 of 0".
    static func range(_ window: VisibleWindow, total: Int) -> String {
        guard window.count > 0 else { return "0 of \(total)" }
        return "\(window.first + 1)-\(window.first + window.count) of \(total)"
    }

    /// " [installed] catalog" on the MCP pane, " [teams] agents models" on statistics.
    static func tabSegments(_ context: RenderContext) -> [Segment] {
        let state = context.state
        let resource = state.resource
        guard resource.tabs.count > 1 else { return [] }
        let selected = state.ui.tab(of: state.ui.pane)
        let tabs = resource.tabs.enumerated().map { (name: $0.element.name, active: $0.offset == selected) }
        return tabs.map { tab in
            tab.active ? Segment(" [\(tab.name)]", CellStyle(.accent, .bold)) : Segment(" \(tab.name)", CellStyle(.muted))
        }
    }
}
