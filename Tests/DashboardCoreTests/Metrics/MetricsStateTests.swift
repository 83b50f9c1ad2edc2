import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The Metrics pane in the state: registry, sources, the table, and a failing metrics service.
final class MetricsStateTests: XCTestCase {
    let now = CoreFixture.now

    func testPaneNineWithItsCommandsAndTabs() {
        XCTAssertEqual(Favorites.defaults.pane(forDigit: 9), .metrics)
        XCTAssertEqual(Pane(command: "metrics"), .metrics)
        XCTAssertEqual(Pane(command: "m"), .metrics)
        XCTAssertEqual(Pane.metrics.resource.tabs.map(\.name), ["models", "agents", "mcp", "queues", "process", "fleet"])
        XCTAssertTrue(Pane.metrics.resource.usesTimeframe)
    }

    func testTwoScrapesMakeRowsWithTrendsAndTheOverviewFigures() throws {
        var state = CoreFixture.state(pane: .metrics)
        let live = MetricsSources.live(.models)
        var page = MetricsPageBuilder(requests: ["m": ["200": 10, "500": 0]], latency: ["m": 0.7], cost: ["m": 1])
        state.load(live, .scrape(try page.page(), at: now, target: "h:9050"), at: now)
        XCTAssertEqual(state.visibleTable?.emptyMessage, "reading metrics… (rates need two scrapes)")
        page.requests["m"] = ["200": 28, "500": 2]
        page.cost["m"] = 1.02
        state.load(live, .scrape(try page.page(), at: now.addingTimeInterval(2), target: "h:9050"), at: now.addingTimeInterval(2))
        let table = try XCTUnwrap(state.visibleTable)
        XCTAssertEqual(table.rowCount, 1)
        let row = try XCTUnwrap(table.row(at: 0))
        XCTAssertEqual(row.cells[0], "m")
        XCTAssertEqual(row.cells[2], "10/s")
        XCTAssertEqual(row.cells[3], "10%")
        XCTAssertEqual(row.cells[8], "$36.00/h")
        XCTAssertEqual(row.series, [10], "one trend point per scrape with rates")
        XCTAssertEqual(row.level, .warning)
        XCTAssertEqual(state.metricsLive(.models).value?.overall[.rate], 10)
        XCTAssertTrue(row.detail.contains { $0.key == "from" && $0.value.hasPrefix("h:9050/metrics") })
    }

    /// Issue 21 item 20: the scrapes made while another tab showed feed the mcp tab, which shows its
    /// rates the moment it opens, not "(no calls)" until scrapes of its own fill a window.
    func testOneScrapeFeedsEveryTabSoATabOpenedLaterShowsItsRatesAtOnce() throws {
        var state = CoreFixture.state(pane: .metrics)
        var page = MetricsPageBuilder(requests: ["m": ["200": 10]], latency: ["m": 0.7])
        func mcp(calls: Int) -> String {
            "# TYPE mcp_tool_calls_total counter\n"
                + #"mcp_tool_calls_total{mcp_server_name="github",tool_name="search",status="success"} \#(calls)"# + "\n"
                + "# TYPE mcp_server_deployment_status gauge\n"
                + #"mcp_server_deployment_status{server_name="github",state="running"} 1"# + "\n"
        }
        page.extra = mcp(calls: 100)
        state.load(MetricsSources.live(.models), .scrape(try page.page(), at: now, target: "h:9050"), at: now)
        page.extra = mcp(calls: 130)
        let later = now.addingTimeInterval(3)
        state.load(MetricsSources.live(.models), .scrape(try page.page(), at: later, target: "h:9050"), at: later)
        _ = state.reduce(.key(.character("]")))
        _ = state.reduce(.key(.character("]")))
        XCTAssertEqual(state.ui.metricsTab, .mcp)
        let table = try XCTUnwrap(state.visibleTable)
        XCTAssertEqual(table.rowCount, 1)
        let row = try XCTUnwrap(table.row(at: 0))
        XCTAssertEqual(row.cells[0], "github / search")
        XCTAssertEqual(row.cells[1], "running")
        XCTAssertEqual(row.cells[2], "10/s", "30 calls over the 3 s between the two scrapes")
        XCTAssertEqual(state.metricsLive(.mcp).updatedAt, later)
        XCTAssertEqual(row.series, [10], "one trend point per scrape")
        // The mcp tab's own source answering with a scrape it was already fed adds nothing.
        state.load(MetricsSources.live(.mcp), .scrape(try page.page(), at: later, target: "h:9050"), at: later)
        XCTAssertEqual(state.visibleTable?.row(at: 0)?.series, [10])
    }

    /// `--metrics-rate-window 5`: a burst older than five seconds no longer counts, where a minute's window
    /// would still spread it over the rate.
    func testTheRateWindowSettingBoundsHowFarRatesLookBack() throws {
        func shownRate(window: TimeInterval) throws -> String {
            var state = CoreFixture.state(pane: .metrics)
            let live = MetricsSources.live(.models)
            var page = MetricsPageBuilder(requests: ["m": ["200": 0]], latency: ["m": 0.1], cost: ["m": 0])
            var total = 0.0
            for second in 0...10 {
                // A burst of 100 requests in the first second, then 1 a second.
                total += second == 1 ? 100 : (second == 0 ? 0 : 1)
                page.requests["m"] = ["200": total]
                let time = now.addingTimeInterval(Double(second))
                state.load(live, .scrape(try page.page(), at: time, target: "h:9050", rateWindow: window), at: time)
            }
            return try XCTUnwrap(state.visibleTable?.row(at: 0)).cells[2]
        }
        XCTAssertEqual(try shownRate(window: 5), "1/s", "the last five one-second scrapes")
        XCTAssertEqual(try shownRate(window: 60), "10.9/s", "109 requests over ten seconds")
    }

    func testWithoutAMetricsSourceThePaneSaysHowToConfigureOne() throws {
        var state = CoreFixture.state(pane: .metrics)
        let message = "No metrics at http://localhost:9050/metrics (connection refused) — set --metrics-url or --prometheus-url"
        state.load(MetricsSources.live(.models), .unavailable(message))
        let table = try XCTUnwrap(state.visibleTable)
        XCTAssertEqual(table.rowCount, 0)
        XCTAssertEqual(table.notice, message)
        XCTAssertNil(state.status(of: MetricsSources.live(.models).id).error, "not configuring metrics is no error")
    }

    func testAFailingMetricsServiceNeverChangesTheConnection() {
        var state = CoreFixture.state(pane: .metrics)
        state.load(Sources.health, ServerInfo(version: "1.4.0"))
        state.fail(MetricsSources.live(.models), .transport(.other("connection refused"), endpoint: "GET h:9050/metrics"))
        state.fail(MetricsSources.history(.models), .invalidConfiguration("401 on GET prom/api/v1/query_range — it needs a bearer token"))
        XCTAssertEqual(state.connection, .connected)
        XCTAssertNotNil(state.metricsLive(.models).error, "the pane still shows its own failure")
        XCTAssertNotNil(state.metricsLive(.models).nextRetryAt, "and retries it")
        state.fail(MetricsSources.live(.mcp), .http(status: 401, type: nil, message: "Unauthorized", endpoint: "GET h:9050/metrics"))
        XCTAssertNotEqual(state.connection, .unauthorized, "the API key is not the one rejected")
    }

    func testPrometheusHistoryReplacesTheScrapeTrendAndFollowsTheTimeframe() throws {
        var state = CoreFixture.state(pane: .metrics)
        let spec = LLMMetrics.byModel
        var snapshot = MetricsSnapshot()
        snapshot.groups[spec.requests] = [["provider": "p", "model": "m", "status_code": "200"]: 2]
        state.load(MetricsSources.live(.models), .prometheus(snapshot, at: now, url: "http://prom:9090"))
        state.load(MetricsSources.history(.models), MetricsHistory(series: ["p/m": [1, 2, 3]], step: 1_440, available: true))
        XCTAssertEqual(state.visibleTable?.row(at: 0)?.series, [1, 2, 3])
        let effects = state.reduce(.key(.character("t")))
        XCTAssertNil(state.metricsHistory(.models).value, "another timeframe's history is not shown under the new label")
        XCTAssertTrue(
            effects.contains { effect in
                if case .refresh(let ids) = effect { return ids.contains(MetricsSources.history(.models).id) }
                return false
            })
    }

    func testTheOverviewPollsTheLLMMetricsAndTheFleetNeedsPrometheus() {
        let overview = CoreFixture.state(pane: .overview)
        XCTAssertTrue(overview.neededSources.contains(MetricsSources.live(.models).id))
        XCTAssertTrue(ResourceRegistry.otherServices.contains(MetricsSources.history(.fleet).id))
        XCTAssertFalse(ResourceRegistry.otherServices.contains(Sources.health.id))
    }
}
