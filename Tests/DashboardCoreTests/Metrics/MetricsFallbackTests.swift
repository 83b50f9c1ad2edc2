import Foundation
import Synchronization
import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Issue 21 item 19: with the `/metrics` page unreachable and a Prometheus beside it, the live figures
/// come from Prometheus, the pane says so, and the page is tried again now and then.
final class MetricsFallbackTests: XCTestCase {
    let now = CoreFixture.now

    /// A metrics service that records what it is asked: the page fails until told otherwise, Prometheus
    /// answers every query with 5 requests a second for model `m`.
    final class RecordingMetricsService: LiveMetricsService {
        struct Record {
            var calls: [String] = []
            var pageAnswers = false
            var fallback = DirectFallback()
        }
        let record = Mutex(Record())
        let directURL: URL? = URL(string: "http://h:9050/metrics")
        let prometheusURL: URL? = URL(string: "http://prom:9090")
        var hasDirect: Bool { true }

        var calls: [String] { record.withLock { $0.calls } }

        func scrape(keeping wanted: Set<String>?) async throws -> MetricsFetcher.DirectOutcome {
            let answers = record.withLock { record in
                record.calls.append("scrape")
                return record.pageAnswers
            }
            guard answers else {
                throw ArchestraError.transport(
                    .other("connection refused — is the metrics service running at that address?"),
                    endpoint: "GET h:9050/metrics")
            }
            return .page(try MetricsPageBuilder(requests: ["m": ["200": 10]], latency: ["m": 0.7]).page(), at: Date())
        }

        func query(_ promql: String) async throws -> PromQLResult {
            record.withLock { $0.calls.append("query") }
            let labels = ["provider": "p", "model": "m", "status_code": "200", "le": "+Inf"]
            return .vector([PromQLSample(labels: labels, time: 0, value: 5)])
        }

        func withFallback<Result: Sendable>(_ body: (inout DirectFallback) -> Result) -> Result {
            record.withLock { body(&$0.fallback) }
        }
    }

    func testAnUnreachablePageLetsPrometheusStandInAndThePaneSaysSo() async throws {
        let service = RecordingMetricsService()
        let reading = try await MetricsSources.read(.models, service, now: now)
        guard case .prometheusStandingIn(_, _, let url, let reason) = reading else { return XCTFail("\(reading)") }
        XCTAssertEqual(url, "http://prom:9090")
        XCTAssertEqual(reason, "h:9050/metrics failed (connection refused)")
        XCTAssertEqual(service.calls.first, "scrape", "the page is tried first")
        XCTAssertTrue(service.calls.dropFirst().allSatisfy { $0 == "query" } && service.calls.count > 1, "\(service.calls)")

        var state = CoreFixture.state(pane: .metrics)
        state.load(MetricsSources.live(.models), reading, at: now)
        let table = try XCTUnwrap(state.visibleTable)
        XCTAssertEqual(table.notes, ["from Prometheus: h:9050/metrics failed (connection refused)"])
        XCTAssertEqual(table.row(at: 0)?.cells[0], "m")
        XCTAssertEqual(table.row(at: 0)?.cells[2], "5/s", "Prometheus's figures, at once")
        XCTAssertTrue(
            table.row(at: 0)?.detail.contains { $0.key == "instead of" && $0.value == reason } == true,
            "the detail says which page Prometheus stands in for")
        XCTAssertNil(state.metricsLive(.models).error, "the pane shows figures, not the page's error")
    }

    func testThePageIsTriedAgainOnlyAfterAWhileAndTakesOverWhenItAnswers() async throws {
        let service = RecordingMetricsService()
        _ = try await MetricsSources.read(.models, service, now: now)
        let asked = service.calls.count
        let soon = try await MetricsSources.read(.mcp, service, now: now.addingTimeInterval(10))
        guard case .prometheusStandingIn = soon else { return XCTFail("\(soon)") }
        XCTAssertFalse(service.calls[asked...].contains("scrape"), "no tab waits on the failing page every refresh")

        service.record.withLock { $0.pageAnswers = true }
        let later = try await MetricsSources.read(.models, service, now: now.addingTimeInterval(DirectFallback.retryAfter + 1))
        guard case .scrape = later else { return XCTFail("the page answers again and is used: \(later)") }

        var state = CoreFixture.state(pane: .metrics)
        state.load(MetricsSources.live(.models), later, at: now)
        XCTAssertEqual(state.visibleTable?.notes, [], "back on the page: nothing to explain")
    }

    func testWithoutAPrometheusAFailingPageIsTheError() async {
        struct PageOnly: LiveMetricsService {
            let inner = RecordingMetricsService()
            var hasDirect: Bool { true }
            var directURL: URL? { inner.directURL }
            var prometheusURL: URL? { nil }
            func scrape(keeping wanted: Set<String>?) async throws -> MetricsFetcher.DirectOutcome {
                try await inner.scrape(keeping: wanted)
            }
            func query(_ promql: String) async throws -> PromQLResult { try await inner.query(promql) }
            func withFallback<Result: Sendable>(_ body: (inout DirectFallback) -> Result) -> Result { inner.withFallback(body) }
        }
        do {
            let reading = try await MetricsSources.read(.models, PageOnly(), now: now)
            XCTFail("expected the page's failure, got \(reading)")
        } catch {
            XCTAssertTrue("\(error)".contains("connection refused"), "\(error)")
        }
    }
}
