import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 4 end to end: the console keeps running and tells the truth whatever the server does.
final class ResilienceEndToEndTests: XCTestCase {
    func testServerOutageShowsOfflineAndRecoversWithoutAKeyPress() throws {
        let server = try SimulatorProcess()
        let session = try server.console(refresh: 0.5)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-", timeout: 5)
        server.stop()
        let offline = try session.waitFor(text: "offline", timeout: 15)
        XCTAssertTrue(offline.contains("Usage Limits"), "the last good data stays on screen:\n\(offline)")
        let stale = try session.waitFor(text: "stale", timeout: 10)
        XCTAssertFalse(stale.contains("EXITED"), "the console keeps running")
        try server.restart()
        // Backoff is capped at 30 s; it comes back by itself, no key pressed.
        try session.waitFor(text: "connected", timeout: 40)
        try session.waitFor("fresh data again", timeout: 10) { !$0.contains("stale") }
    }

    func testThirtyPercentServerErrorsDegradeButKeepData() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(refresh: 0.3)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        let before = try session.waitFor(text: "Agents 1-", timeout: 5)
        await fixture.simulator.setFailureRate(0.3)
        let degraded = try session.waitFor(text: "degraded", timeout: 20)
        XCTAssertTrue(degraded.contains("Agents 1-"), degraded)
        XCTAssertFalse(degraded.contains("EXITED"))
        await fixture.simulator.setFailureRate(0)
        try session.waitFor(text: "connected", timeout: 40)
        XCTAssertFalse(before.isEmpty)
        await fixture.shutdown()
    }

    func testFiveSecondLatencyNeverFreezesTheKeys() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(refresh: 1)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        await fixture.simulator.setLatency(.seconds(5))
        // Keys answer at once even though every request takes 5 s.
        for (key, title) in [("7", "Usage Limits"), ("3", "MCP Gateways"), ("8", "Statistics"), ("1", "Overview last")] {
            let sent = Date()
            try session.send(key)
            try session.waitFor(text: title, timeout: 2)
            XCTAssertLessThan(Date().timeIntervalSince(sent), 2, "pane \(key) answered while requests were slow")
        }
        await fixture.simulator.setLatency(.zero)
        await fixture.shutdown()
    }

    func testRejectedKeyAfterStartExplainsHowToSupplyOne() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(refresh: 0.5)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        await fixture.simulator.setAPIKey("a-rotated-key-the-console-does-not-have")
        let screen = try session.waitFor(text: "unauthorized", timeout: 10)
        try session.waitFor(text: "ARCHESTRA_API_KEY", timeout: 5)
        XCTAssertFalse(screen.contains(fixture.apiKey), "the key is never drawn")
        // No retry storm: two refresh intervals without a request per source while unauthorized (the
        // store's tests check fifty seconds of it in simulated time).
        await fixture.simulator.clearRecordedRequests()
        try await Task.sleep(for: .seconds(1))
        let limitsRequests = await fixture.simulator.recordedRequests().filter { $0.path == "/api/limits" }.count
        XCTAssertLessThanOrEqual(limitsRequests, 1, "401 is not retried on a timer")
        await fixture.shutdown()
    }

    func testMalformedJSONOnOneEndpointLeavesTheOthersWorking() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.setFault(.malformedJSON, forPathPrefix: "/api/mcp_server")
        let session = try fixture.console(refresh: 0.5)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("6")
        try session.waitFor(text: "Could not read the response", timeout: 10)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 5)
        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-", timeout: 5)
        await fixture.shutdown()
    }

    func testEscapeSequencesInServerDataHaveNoEffect() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.insertAgent(
            .object([
                "name": .string("AAA evil\u{1B}]0;pwned-title\u{07}\u{1B}[2J\u{1B}[31mred\u{9B}1;1Hname"),
                "agentType": .string("agent"), "scope": .string("org"),
            ]))
        let session = try fixture.console(refresh: 0.5)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.send("/")
        try session.type("AAA")
        let screen = try session.waitFor(text: "AAA evil", timeout: 8)
        XCTAssertFalse(screen.contains("\u{1B}"))
        XCTAssertTrue(screen.contains("Agents"), "the screen was not cleared by the name:\n\(screen)")
        XCTAssertFalse(screen.contains("pwned"), "the OSC payload is dropped, not drawn")
        let title = try session.paneTitle()
        XCTAssertFalse(title.contains("pwned"), "the window title was not changed: \(title)")
        await fixture.shutdown()
    }
}
