import DashboardCore
import TerminalUI

/// Pane 1: totals for the timeframe, savings, live rates, charts over time and every usage limit.
enum OverviewView: PaneView {
    /// Rows for the title, the totals and the "top" line.
    static let summaryRows = 3

    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let (summary, rest) = rect.splitTop(rows: summaryRows)
        OverviewSummary.render(context, into: &buffer, rect: summary)
        let limitsWanted = 1 + max(1, context.state.limits.value?.count ?? 0)
        let chartRows = min(14, max(5, rest.height / 2), max(0, rest.height - min(limitsWanted, 3)))
        let (charts, limits) = rest.splitTop(rows: chartRows)
        if context.state.proxyStats.value == nil, context.state.overview.value == nil, let error = ErrorPanel.text(context) {
            ErrorPanel.render(error, context: context, into: &buffer, rect: charts)
        } else {
            OverviewCharts.render(context, into: &buffer, rect: charts)
        }
        LimitGaugeList.render(context, into: &buffer, rect: limits)
    }
}
