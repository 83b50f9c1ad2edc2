import XCTest
import ArchestraAPI
import DashboardCore
import DashboardViews
import TerminalUI

/// What the Metrics pane and the overview say when metrics fail or are absent.
final class MetricsScreenTests: XCTestCase {
    func screen(_ state: AppState, _ width: Int = 80, _ height: Int = 24) -> [String] {
        var sized = state
        sized.ui.screenWidth = width
        sized.ui.screenHeight = height
        return DashboardView.render(sized, width: width, height: height, glyphs: .unicode).lines()
    }

    /// The sample state with a failing metrics service and no metrics figures.
    func failingMetrics(pane: Pane) -> AppState {
        var state = SampleState.full(pane: pane)
        for tab in MetricsTab.allCases {
            _ = state.reduce(
                .loaded(LoadResult(MetricsSources.live(tab), in: state, .success(.unavailable("none")), finishedAt: SampleState.time(30))))
            state.sources.fail(
                MetricsSources.live(tab).id,
                .transport(
                    .other("connection refused — is the metrics service running at that address?"),
                    endpoint: "GET web-1:9050/metrics"),
                at: SampleState.time(1), retryAfter: 4)
        }
        return state
    }

    func testTheOverviewStaysAsItWasWhenMetricsFail() {
        let lines = screen(failingMetrics(pane: .overview))
        // No latency or error rate; the refusals (read from the logs, not the metrics) stay.
        XCTAssertTrue(lines[2].hasSuffix("now 20 req/s · $18.00/h · 2 refused in 1h"), lines[2])
        XCTAssertFalse(lines.joined().contains("9050"), "the overview does not speak for the metrics service")
        XCTAssertTrue(lines[0].contains("● connected"), lines[0])
    }

    func testTheMetricsPaneSaysWhatFailedAndWhenItRetries() {
        let lines = screen(failingMetrics(pane: .metrics))
        XCTAssertTrue(lines[22].contains("GET web-1:9050/metrics failed: connection refused"), lines[22])
        XCTAssertTrue(lines[22].contains("retrying in"), lines[22])
        XCTAssertTrue(lines[0].contains("● connected"), lines[0])
    }
}
