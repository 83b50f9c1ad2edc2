import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Rates from consecutive scrapes: deltas per series, resets, new series, gaps, and the minute window.
final class ScrapeWindowTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let requests = MetricSelector("llm_request_duration_seconds_count", .rate, by: ["model", "status_code"])
    let cost = MetricSelector("llm_cost_total", .rate, by: ["model"])

    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    func testTheFirstScrapeIsABaselineThenRatesAreDeltasOverTime() throws {
        var window = ScrapeWindow()
        var page = MetricsPageBuilder(requests: ["m": ["200": 100]], cost: ["m": 5])
        window.observe(try page.page(), selectors: [requests, cost], at: at(0))
        XCTAssertFalse(window.snapshot.hasRates, "traffic before the first look is not a rate")
        page.requests["m"]?["200"] = 110
        page.cost["m"] = 5.5
        window.observe(try page.page(), selectors: [requests, cost], at: at(2))
        let snapshot = window.snapshot
        XCTAssertTrue(snapshot.hasRates)
        XCTAssertEqual(snapshot.sum(requests, where: ["model": "m"]), 5, accuracy: 1e-9)
        XCTAssertEqual(snapshot.sum(cost), 0.25, accuracy: 1e-9)
    }

    func testAResetCountsFromZeroAndANewSeriesCountsInFull() throws {
        var window = ScrapeWindow()
        var page = MetricsPageBuilder(requests: ["m": ["200": 1_000]])
        window.observe(try page.page(), selectors: [requests], at: at(0))
        // The platform restarted: 1000 → 4; and a first 500 appeared for another model.
        page.requests = ["m": ["200": 4], "n": ["500": 2]]
        window.observe(try page.page(), selectors: [requests], at: at(2))
        let snapshot = window.snapshot
        XCTAssertEqual(snapshot.sum(requests, where: ["model": "m"]), 2, accuracy: 1e-9, "4 requests in 2 s, not -998")
        XCTAssertEqual(snapshot.sum(requests, where: ["model": "n", "status_code": "500"]), 1, accuracy: 1e-9)
    }

    func testRatesCoverTheLastMinuteAndALongGapStartsOver() throws {
        var window = ScrapeWindow()
        var page = MetricsPageBuilder(requests: ["m": ["200": 0]])
        window.observe(try page.page(), selectors: [requests], at: at(0))
        // 60 requests in the first 2 s, then nothing for 70 s (scraped every 2 s).
        page.requests["m"]?["200"] = 60
        window.observe(try page.page(), selectors: [requests], at: at(2))
        XCTAssertEqual(window.snapshot.sum(requests), 30, accuracy: 1e-9)
        for second in stride(from: 4.0, through: 40, by: 2) { window.observe(try page.page(), selectors: [requests], at: at(second)) }
        XCTAssertEqual(window.snapshot.sum(requests), 60.0 / 40.0, accuracy: 1e-9, "spread over the whole minute so far")
        for second in stride(from: 42.0, through: 72, by: 2) { window.observe(try page.page(), selectors: [requests], at: at(second)) }
        XCTAssertEqual(window.snapshot.sum(requests), 0, "the burst left the window")
        // Back after ten minutes away: nothing is spread over the gap.
        page.requests["m"]?["200"] = 6_060
        window.observe(try page.page(), selectors: [requests], at: at(672))
        XCTAssertEqual(window.snapshot.sum(requests), 0, accuracy: 1e-9, "the gap is a new baseline, not 6000 requests in one interval")
        page.requests["m"]?["200"] = 6_064
        window.observe(try page.page(), selectors: [requests], at: at(674))
        XCTAssertEqual(window.snapshot.sum(requests), 2, accuracy: 1e-9)
    }

    func testOutOfOrderScrapesAreIgnoredAndGaugesKeepTheirLatestValue() throws {
        let active = MetricSelector("task_queue_active_tasks", .value, by: ["task_type"])
        var window = ScrapeWindow()
        let first = try ExpositionParser.parse(
            "task_queue_active_tasks{task_type=\"sync\"} 3\ntask_queue_active_tasks{task_type=\"sync\",pod=\"b\"} 2\n")
        window.observe(first, selectors: [active], at: at(10))
        window.observe(try ExpositionParser.parse("task_queue_active_tasks{task_type=\"sync\"} 9\n"), selectors: [active], at: at(5))
        XCTAssertEqual(window.snapshot[active], [["task_type": "sync"]: 5], "summed by task type; the older scrape is ignored")
    }

    func testQuantilesFromBucketDeltas() throws {
        let buckets = MetricSelector("llm_request_duration_seconds_bucket", .buckets, by: ["model"])
        var window = ScrapeWindow()
        var page = MetricsPageBuilder(requests: ["fast": ["200": 100], "slow": ["200": 100]], latency: ["fast": 0.3, "slow": 4])
        window.observe(try page.page(), selectors: [buckets], at: at(0))
        // Since then: 90 more fast requests (≤ 0.5 s) and 10 slow ones (2.5–5 s). Old observations must not count.
        page.requests = ["fast": ["200": 190], "slow": ["200": 110]]
        window.observe(try page.page(), selectors: [buckets], at: at(10))
        let snapshot = window.snapshot
        XCTAssertEqual(try XCTUnwrap(snapshot.quantile(0.5, buckets)), 0.5 * 50 / 90, accuracy: 1e-9)
        // Rank 95 of 100: the 5th of 10 in (2.5, 5].
        XCTAssertEqual(try XCTUnwrap(snapshot.quantile(0.95, buckets)), 3.75, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(snapshot.quantile(0.95, buckets, where: ["model": "fast"])), 0.5 * 0.95, accuracy: 1e-9)
    }
}
