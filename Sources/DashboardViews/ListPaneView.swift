import DashboardCore
import TerminalUI

/// A list pane: a title line, then the pane's table showing exactly the rows the reducer pages by,
/// and the side view its body declares, if any.
enum ListPaneView {
    static func render(_ context: RenderContext, side: SideView?, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty, let model = context.state.visibleTable else { return }
        let state = context.state
        let list = state.ui.list(state.ui.pane)
        let pageRows = max(0, rect.height - ScreenLayout.tableChromeRows)
        var tableRows = pageRows
        var sideRect: Rect?
        if let side, let spare = side.view.rowsWanted(context), pageRows - model.rowCount >= side.minSpareRows {
            // The side view only takes rows the table leaves empty, so paging stays exact.
            tableRows = max(1, model.rowCount)
            let start = rect.y + ScreenLayout.tableChromeRows + tableRows + 1
            sideRect = Rect(x: rect.x, y: start, width: rect.width, height: min(spare, rect.maxY - start))
        }
        let window = VisibleWindow(scroll: list.scroll, rows: tableRows, count: model.rowCount)
        TitleLine.render(
            context, model: model, list: list, window: window, into: &buffer,
            rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(rect.height - 1, tableRows + 1))
        ResourceTableView(context: context, model: model, list: list, window: window)
            .render(into: &buffer, rect: tableRect)
        let below = Rect(x: rect.x, y: tableRect.y + 2, width: rect.width, height: max(0, rect.maxY - tableRect.y - 2))
        if model.rowCount == 0, let error = ErrorPanel.text(context) {
            ErrorPanel.render(error, context: context, into: &buffer, rect: below)
        } else if model.rowCount == 0, let notice = model.notice {
            ErrorPanel.render(context.text(notice), context: context, into: &buffer, rect: below, style: CellStyle(.info, .bold))
        }
        if let side, let sideRect {
            side.view.render(context, into: &buffer, rect: sideRect)
        }
    }
}

/// The slice of a table that is on screen.
struct VisibleWindow {
    let first: Int
    let count: Int

    init(scroll: Int, rows: Int, count total: Int) {
        first = max(0, min(scroll, max(0, total - 1)))
        count = max(0, min(rows, total - first))
    }

    var indices: Range<Int> { first..<(first + count) }
}
