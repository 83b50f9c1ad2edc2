import DashboardCore
import TerminalUI

/// Requests and billed cost over the timeframe, side by side.
enum OverviewCharts {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height >= 2, rect.width >= 10 else { return }
        let points = context.state.proxyStats.value?.timeSeries ?? []
        let labels = TimeAxis.labels(for: context.state.timeframe)
        let (left, right) = rect.splitLeft(columns: (rect.width - 2) / 2)
        let requests = BrailleChart(
            series: [points.map(\.requests)], roles: [.chart1], xLabels: labels,
            emptyMessage: context.text(emptyText(context)))
        let cost = BrailleChart(
            series: [points.map(\.totalCost)], roles: [.chart2],
            yLabel: { NumberFormat.money($0) }, xLabels: labels, emptyMessage: context.text(emptyText(context)))
        // Each point is one bucket of the API's width for the timeframe (1h for 24h, 6h for 7d …), and
        // the series are the LLM-proxy statistics: the title says so, since the totals above are the overview's.
        let bucket = " per " + TimeAxis.bucket(context.state.timeframe.bucketWidth) + " (LLM proxy)"
        draw(requests, title: "Requests" + bucket, role: .chart1, context: context, into: &buffer, rect: left)
        draw(cost, title: "Cost" + bucket, role: .chart2, context: context, into: &buffer, rect: right.splitLeft(columns: 2).1)
    }

    static func emptyText(_ context: RenderContext) -> String {
        context.state.proxyStats.value == nil && context.state.proxyStats.error == nil ? "loading…" : "no data"
    }

    static func draw(
        _ chart: BrailleChart, title: String, role: ColorRole, context: RenderContext,
        into buffer: inout ScreenBuffer, rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        buffer.put(title, x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(role, .bold), glyphs: context.glyphs)
        chart.render(into: &buffer, rect: rect.splitTop(rows: 1).1, glyphs: context.glyphs)
    }
}
