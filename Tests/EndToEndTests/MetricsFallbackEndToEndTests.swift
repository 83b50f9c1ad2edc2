import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 21 item 19 end to end: `--metrics-url` unreachable, a real Prometheus scraping the simulator beside
/// it: the Metrics pane shows Prometheus's figures and says where they come from.
final class MetricsFallbackEndToEndTests: XCTestCase {
    func testAnUnreachableMetricsURLFallsBackToPrometheusAndSaysSo() async throws {
        let fixture = try await SimulatorFixture(options: MetricsEndToEndTests.busyOptions())
        // Series must exist before Prometheus' first scrape for rate() to count them (see MetricsEndToEndTests).
        for _ in 0..<300 { await fixture.simulator.tickTraffic() }
        let prometheus = try PrometheusProcess(scraping: "127.0.0.1:\(fixture.port)")
        defer { prometheus.stop() }
        try await prometheus.waitForValue("sum(rate(llm_request_duration_seconds_count[60s]))")
        // Nothing listens on port 9 of loopback: the page is refused at once.
        let session = try fixture.console(
            width: 160, height: 48, refresh: 1,
            extraArguments: "--metrics-url http://127.0.0.1:9/metrics --prometheus-url \(prometheus.url)")
        defer { session.kill() }
        try session.send("9")
        let screen = try session.waitFor("model rows from Prometheus", timeout: 30) { MetricsEndToEndTests.modelRows($0).count >= 2 }
        XCTAssertTrue(screen.contains("from Prometheus: 127.0.0.1:9/metrics failed (connection refused)"), screen)
        await fixture.shutdown()
    }
}
