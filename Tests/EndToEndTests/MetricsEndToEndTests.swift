import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// The Metrics pane against the simulator's `/metrics`: read through a real Prometheus scraping it every
/// second, and scraped directly; the figures on screen agree with the traffic the simulator made.
/// The console runs with a short rate window, so the figures settle in seconds, not a minute.
final class MetricsEndToEndTests: XCTestCase {
    /// Seconds live rates look back over (`--metrics-rate-window`): several scrapes even when tests
    /// running beside this one delay some.
    static let rateWindow = 8
    /// Traffic every half second, so a few seconds' rates are steady enough to compare, from a few agents.
    static func busyOptions(metricsSecret: String? = nil) -> SimulatorOptions {
        var options = SimulatorOptions()
        options.trafficInterval = .milliseconds(500)
        options.agentCount = 6
        options.metricsSecret = metricsSecret
        return options
    }

    /// The line of a table row that starts with `name`.
    static func row(_ screen: String, startingWith name: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.hasPrefix(name) }
    }

    /// Model rows of the models tab: name → (req/s, cost/h).
    static func modelRows(_ screen: String) -> [String: (rate: Double, costPerHour: Double)] {
        var rows: [String: (Double, Double)] = [:]
        for line in screen.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count > 3, words[2].hasSuffix("/s"), let rate = Double(words[2].dropLast(2)),
                let cost = words.first(where: { $0.hasPrefix("$") && $0.hasSuffix("/h") }),
                let dollars = Double(cost.dropFirst().dropLast(2))
            else { continue }
            rows[words[0]] = (rate, dollars)
        }
        return rows
    }

    /// Requests the simulator has served so far, from its own counters.
    static func servedTotal(_ fixture: SimulatorFixture, token: String? = nil) async throws -> Double {
        var configuration = try ClientConfiguration(baseURL: fixture.baseURL, apiKey: nil)
        configuration.metrics = MetricsSettings(
            directURL: URL(string: fixture.baseURL + "/metrics"),
            directToken: token.flatMap { BearerToken($0, source: "test") })
        let client = ArchestraClient(configuration: configuration)
        defer { Task { await client.shutdown() } }
        guard case .page(let page, _) = try await client.metrics.scrape(keeping: ["llm_request_duration_seconds_count"]) else {
            throw TmuxSession.ShellFailure(description: "no metrics page")
        }
        return page.samples(named: "llm_request_duration_seconds_count").reduce(0) { $0 + $1.value }
    }

    /// Waits until the request rate on screen agrees with what the simulator served over the last rate
    /// window (its counters read every half second), twice in a row; fails with both figures otherwise.
    /// The timeout is long because Prometheus drops a scrape that takes over its 1 s on a loaded machine
    /// (CI builds the release beside the tests), and a window with missed scrapes reads low until it passes.
    static func waitUntilTheScreenAgreesWithTheServedRate(
        _ session: TmuxSession, _ fixture: SimulatorFixture, token: String? = nil,
        timeout: TimeInterval = 90, file: StaticString = #filePath,
        line: UInt = #line
    ) async throws {
        let window = TimeInterval(rateWindow)
        let deadline = Date().addingTimeInterval(timeout)
        var totals: [(time: Date, total: Double)] = []
        var agreements = 0
        var last = "no full window yet"
        var screen = ""
        while Date() < deadline {
            let now = Date()
            let total = try await servedTotal(fixture, token: token)
            totals.append((now, total))
            if let start = totals.last(where: { now.timeIntervalSince($0.time) >= window }) {
                let served = (total - start.total) / now.timeIntervalSince(start.time)
                screen = try session.screen()
                let shown = modelRows(screen).values.reduce(0) { $0 + $1.rate }
                last = "on screen \(shown) req/s, the simulator served \(served)"
                agreements = served > 0 && abs(shown - served) <= max(0.5, served * 0.4) ? agreements + 1 : 0
                if agreements == 2 { return }
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        XCTFail(
            "the rate on screen never agreed with the simulator's for \(timeout) s: \(last). Screen:\n\(screen)",
            file: file, line: line)
    }

    func testWithPrometheusTheFiguresMatchTheSimulatorsTraffic() async throws {
        let fixture = try await SimulatorFixture(options: Self.busyOptions())
        // Prometheus' rate() cannot count a series' first value (it has nothing before it to compare with),
        // while the platform creates a series at its first request: let the series exist before it scrapes.
        for _ in 0..<300 { await fixture.simulator.tickTraffic() }
        let prometheus = try PrometheusProcess(scraping: "127.0.0.1:\(fixture.port)")
        defer { prometheus.stop() }
        // Two scrapes with traffic, so rates exist.
        let expression = "sum(rate(llm_request_duration_seconds_count[\(Self.rateWindow)s]))"
        try await prometheus.waitForValue(expression)
        let session = try fixture.console(
            width: 160, height: 48, refresh: 1,
            extraArguments: "--prometheus-url \(prometheus.url) --metrics-rate-window \(Self.rateWindow)")
        defer { session.kill() }
        try session.send("9")
        let screen = try session.waitFor("model rows with rates from Prometheus", timeout: 30) { Self.modelRows($0).count >= 2 }
        XCTAssertTrue(screen.contains("[models]"), screen)
        // The first metrics answer may come before the API's: wait for the API, which metrics never change.
        try session.waitFor(text: "● connected")

        // The same figures as Prometheus computes for the same expression (both move each second)…
        let client = try prometheus.client()
        var agreed = false
        var last = ""
        for _ in 0..<20 where !agreed {
            let prometheusRate = try await client.metrics.query(expression).samples.map(\.value).reduce(0, +)
            let shownRate = Self.modelRows(try session.screen()).values.reduce(0) { $0 + $1.rate }
            agreed = abs(shownRate - prometheusRate) <= max(0.3, prometheusRate * 0.2)
            last = "on screen \(shownRate) req/s, Prometheus says \(prometheusRate)"
            if !agreed { try await Task.sleep(for: .milliseconds(500)) }
        }
        await client.shutdown()
        XCTAssertTrue(agreed, last)
        // …and as the simulator's own counters say it served, once Prometheus holds a whole window: rate()
        // divides by the whole range, so over a younger history it reads low.
        try await Self.waitUntilTheScreenAgreesWithTheServedRate(session, fixture)
        let shown = Self.modelRows(try session.screen())
        XCTAssertTrue(
            shown.keys.allSatisfy { ["claude-sonnet-4-5", "gpt-4o-mini", "claude-haiku-4-5", "gpt-4.1", "gemini-2.5-pro"].contains($0) },
            "\(shown.keys)")

        // History comes from Prometheus: t changes the timeframe the trend spans.
        try session.send("]", "]", "]", "]", "]")
        // Up once Prometheus' last scrape answered within its 1 s (a busy machine can make one miss).
        let fleet = try session.waitFor("the fleet row, up", timeout: 20) { screen in
            Self.row(screen, startingWith: "127.0.0.1:\(fixture.port)")?.contains(" up ") == true
        }
        let row = try XCTUnwrap(Self.row(fleet, startingWith: "127.0.0.1:\(fixture.port)"))
        XCTAssertTrue(row.contains(" archest"), row)
        XCTAssertTrue(row.contains(" up "), row)
        XCTAssertTrue(row.contains("/s"), row)
        try session.send("1")
        try session.waitFor("p95 and errors beside the request rate", timeout: 20) { $0.contains("p95 ") && $0.contains("% err") }
        await fixture.shutdown()
    }

    func testWithTheMetricsURLOnly() async throws {
        let fixture = try await SimulatorFixture(options: Self.busyOptions(metricsSecret: "s3cret-token"))
        let session = try fixture.console(
            width: 160, height: 48, refresh: 1,
            extraArguments: "--metrics-url \(fixture.baseURL)/metrics --metrics-token-env SIM_METRICS_SECRET "
                + "--metrics-rate-window \(Self.rateWindow)",
            environment: ["SIM_METRICS_SECRET": "s3cret-token"])
        defer { session.kill() }
        try session.send("9")
        try session.waitFor("model rows from the scraped page", timeout: 30) { Self.modelRows($0).count >= 2 }
        // Rates settle once the console's scrapes fill a window.
        try await Self.waitUntilTheScreenAgreesWithTheServedRate(session, fixture, token: "s3cret-token")

        try session.send("]", "]", "]", "]")
        let process = try session.waitFor("the scraped process", timeout: 15) {
            Self.row($0, startingWith: "127.0.0.1:\(fixture.port)") != nil
        }
        let row = try XCTUnwrap(Self.row(process, startingWith: "127.0.0.1:\(fixture.port)"))
        XCTAssertTrue(row.contains("direct") && row.contains("MB"), row)
        try session.send("]")
        try session.waitFor(text: "set --prometheus-url")
        let screen = try session.screen()
        XCTAssertFalse(screen.contains("s3cret-token"), "the token is never drawn")
        XCTAssertTrue(screen.contains("● connected"), screen)
        await fixture.shutdown()
    }

    func testARefusedTokenIsShownOnThePaneNotInTheHeader() async throws {
        let fixture = try await SimulatorFixture(options: Self.busyOptions(metricsSecret: "right"))
        let session = try fixture.console(width: 120, height: 40, refresh: 1, extraArguments: "--metrics-url \(fixture.baseURL)/metrics")
        defer { session.kill() }
        try session.send("9")
        // The API still reads connected once it has answered: the refusal is the metrics service's.
        let screen = try session.waitFor("the 401 explained, the API connected", timeout: 20) { screen in
            screen.contains("401") && screen.contains("--metrics-token-env") && screen.contains("● connected")
        }
        XCTAssertFalse(screen.contains("unauthorized"), screen)
        try session.send("2")
        try session.waitFor("agents, untouched", timeout: 10) { $0.contains("Agents") && !$0.contains("401") }
        await fixture.shutdown()
    }

    func testWithoutAnyMetricsSourceThePaneSaysHowToSetOne() async throws {
        try XCTSkipIf(ListeningChild.accepts(port: 9050), "something listens on 127.0.0.1:9050 here")
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 120, height: 40)
        defer { session.kill() }
        try session.send("9")
        let screen = try session.waitFor("how to configure metrics, the API connected", timeout: 20) { screen in
            screen.contains("--prometheus-url") && screen.contains("● connected")
        }
        XCTAssertTrue(screen.contains("No metrics at http://127.0.0.1:9050/metrics"), screen)
        await fixture.shutdown()
    }
}
