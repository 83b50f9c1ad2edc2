import DashboardCore
import TerminalUI

/// Draws a `TableModel` window with the TerminalUI table, then sparkline and gauge cells on top.
struct ResourceTableView {
    let context: RenderContext
    let model: TableModel
    let list: ListState
    let window: VisibleWindow

    /// The TerminalUI columns for the model's column specs.
    static func columns(for specs: [ColumnSpec]) -> [TableColumn] {
        specs.map { spec in
            TableColumn(
                title: spec.title,
                // Every column may grow to fit its cells; only columns with a weight take more than that.
                width: .flexible(min: spec.minWidth, weight: spec.weight),
                alignment: spec.alignRight ? .right : .left,
                priority: spec.priority)
        }
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let stale = context.state.isStale(context.state.mainSource)
        let rows = window.indices.map { model.row(at: $0) }
        let selected = list.selected - window.first
        let table = Table(
            columns: Self.columns(for: model.columns),
            rows: rows.map { tableRow($0, stale: stale) },
            selectedIndex: rows.indices.contains(selected) ? selected : nil,
            scrollOffset: 0,
            sortColumn: list.sortColumn,
            sortAscending: list.sortAscending,
            emptyMessage: context.text(emptyMessage))
        table.render(into: &buffer, rect: rect, glyphs: context.glyphs)
        drawGraphics(rows, layout: table.layout(width: rect.width), into: &buffer, rect: rect)
    }

    private var emptyMessage: String {
        let status = context.state.status(of: context.state.mainSource)
        if status.error != nil, status.updatedAt == nil { return "no data" }
        if !list.filter.isEmpty { return "no rows match \"\(list.filter)\"" }
        // Nothing was filtered out of an empty trash: say what it is, and the way back.
        if list.showsTrash { return "the trash is empty: :trash goes back" }
        return model.emptyMessage
    }

    private func tableRow(_ row: ResourceRow?, stale: Bool) -> TableRow {
        guard let row else {
            return TableRow(cells: [context.glyphs.ellipsis], style: CellStyle(.muted))
        }
        // Our own wording in cells ("≈$35 at reset", "—") reads as ASCII on a terminal without UTF-8,
        // not as the placeholder "?".
        var cells = row.cells.map(context.text)
        // Graphic columns are drawn afterwards; keep their text cells blank.
        for (index, spec) in model.columns.enumerated() where spec.kind != .text && index < cells.count {
            cells[index] = ""
        }
        let cellStyles = row.cellLevels.compactMapValues { RowStyle.style(for: $0, stale: stale) }
        return TableRow(cells: cells, style: RowStyle.style(for: row.level, stale: stale), cellStyles: cellStyles)
    }

    private func drawGraphics(_ rows: [ResourceRow?], layout: [PlacedColumn], into buffer: inout ScreenBuffer, rect: Rect) {
        let graphic = layout.filter { model.columns.indices.contains($0.index) && model.columns[$0.index].kind != .text }
        guard !graphic.isEmpty else { return }
        for (line, row) in rows.enumerated() where line + 1 < rect.height {
            guard let row else { continue }
            for column in graphic {
                let cell = Rect(x: rect.x + column.x, y: rect.y + 1 + line, width: column.width, height: 1)
                switch model.columns[column.index].kind {
                case .sparkline:
                    Sparkline(values: row.series).render(into: &buffer, rect: cell, glyphs: context.glyphs)
                case .gauge:
                    if let fraction = row.fraction {
                        // The table has a percent column of its own.
                        Gauge(fraction: fraction, showsPercent: false).render(into: &buffer, rect: cell, glyphs: context.glyphs)
                    } else {
                        buffer.put(
                            NumberFormat.notAvailable, x: cell.x, y: cell.y, maxWidth: cell.width,
                            style: CellStyle(.muted), glyphs: context.glyphs)
                    }
                case .text:
                    break
                }
            }
        }
    }
}
