import DashboardCore
import TerminalUI

/// Under the proxies table: all LLM traffic by authentication method (requests, tokens, cost).
enum ProxyBreakdownView: PaneView {
    /// Wider than this, the numbers would drift away from their method names.
    static let maxWidth = 64

    /// Rows the breakdown would like (heading, table header, one per method), nil without data.
    static func rowsWanted(_ context: RenderContext) -> Int? {
        guard let methods = context.state.proxyStats.value?.methods, !methods.isEmpty else { return nil }
        return methods.count + 2
    }

    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty, let methods = context.state.proxyStats.value?.methods else { return }
        buffer.put(
            "all LLM traffic by auth method (\(context.state.timeframe.rawValue))", x: rect.x, y: rect.y,
            style: CellStyle(.title, .bold), glyphs: context.glyphs)
        let columns = [
            TableColumn(title: "Method", width: .flexible(min: 12, weight: 1), priority: 10),
            TableColumn(title: "Requests", width: .fixed(9), alignment: .right, priority: 9),
            TableColumn(title: "Tokens", width: .fixed(9), alignment: .right, priority: 8),
            TableColumn(title: "Cost", width: .fixed(10), alignment: .right, priority: 9),
        ]
        let rows = methods.sorted { $0.requests > $1.requests }.map { usage in
            TableRow(cells: [
                usage.authMethod ?? "unknown", NumberFormat.compact(usage.requests),
                NumberFormat.compact(usage.totalTokens), NumberFormat.money(usage.totalCost),
            ])
        }
        Table(columns: columns, rows: rows, emptyMessage: "no requests")
            .render(
                into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: min(rect.width, maxWidth), height: rect.height - 1),
                glyphs: context.glyphs)
    }
}
