import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 24's `:logs` against the simulator, as a person uses it: new interactions appear, scrolling away
/// pauses and `f` resumes, `l` on an agent filters, `Enter` on a refusal says why, and a 403 is explained.
final class LogsEndToEndTests: XCTestCase {
    /// The console on `:logs`, with `count` interactions logged first.
    func openLogs(_ fixture: SimulatorFixture, logged count: Int) async throws -> TmuxSession {
        await fixture.simulator.generateLogTraffic(count: count)
        let session = try fixture.console()
        try session.waitFor(text: "connected")
        try session.type(":logs")
        try session.send("Enter")
        try session.waitFor(text: "LLM Logs 1-")
        return session
    }

    /// Waits up to five seconds for a request the simulator received.
    func waitForRequest(_ fixture: SimulatorFixture, _ matches: (RecordedRequest) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if await fixture.simulator.recordedRequests().contains(where: matches) { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    func testNewRowsAppearScrollingAwayPausesAndFResumes() async throws {
        let fixture = try await SimulatorFixture()
        let session = try await openLogs(fixture, logged: 30)
        defer { session.kill() }
        let held = await fixture.simulator.heldLogCounts.interactions
        try session.waitFor(text: "of \(held)")

        await fixture.simulator.generateLogTraffic(count: 3)
        let grown = await fixture.simulator.heldLogCounts.interactions
        try session.waitFor(text: "of \(grown)", timeout: 5)

        try session.send("j")
        await fixture.simulator.generateLogTraffic(count: 4)
        let paused = try session.waitFor(text: "4 new ↑", timeout: 5)
        XCTAssertTrue(paused.contains("of \(grown)"), "the rows shown stay as they were:\n\(paused)")

        try session.send("f")
        let resumed = await fixture.simulator.heldLogCounts.interactions
        let following = try session.waitFor(text: "of \(resumed)", timeout: 5)
        XCTAssertFalse(following.contains("new ↑"), following)
        await fixture.shutdown()
    }

    func testLOnAnAgentOpensItsInteractions() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 20)
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-")
        try session.send("g", "l")
        let shown = try session.waitFor(text: "LLM Logs", timeout: 5)
        XCTAssertTrue(shown.contains("· agent "), "the title says whose interactions:\n\(shown)")
        let filtered = await waitForRequest(fixture) { $0.path.hasPrefix("/api/interactions") && $0.query["profileId"] != nil }
        XCTAssertTrue(filtered, "the server was asked for that agent's interactions")
        try session.send("Escape")
        try session.waitFor(text: "Agents 1-", timeout: 5)
        await fixture.shutdown()
    }

    func testEnterOnARefusalShowsTheGuardrailsReason() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 60)
        let page = try await fixture.client.interactionSummaries(LogFilter(), page: LogPageRequest(limit: 50))
        let refusal = try XCTUnwrap(page.items.first { $0.status.isRefused }, "the simulator refuses some calls")
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":logs")
        try session.send("Enter")
        try session.waitFor(text: "LLM Logs 1-")
        try session.type("/refused")
        try session.send("Enter")
        try session.waitFor(text: "refused")
        try session.send("Enter")
        let detail = try session.waitFor(text: "refused by a guardrail", timeout: 5)
        XCTAssertTrue(detail.contains("reason:"), detail)
        try session.waitFor(text: "request:", timeout: 10)
        let bodies = await fixture.simulator.recordedRequests().filter {
            $0.path.hasPrefix("/api/interactions/") && !$0.path.hasSuffix("summaries")
        }
        XCTAssertEqual(bodies.count, 1, "one full record, the opened one: \(bodies.map(\.path))")
        _ = refusal
        await fixture.shutdown()
    }

    func testA403IsExplainedAndOtherPanesKeepWorking() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.setFault(.status(403), forPathPrefix: "/api/interactions")
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":logs")
        try session.send("Enter")
        try session.waitFor(text: "lacks log:read", timeout: 10)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        await fixture.shutdown()
    }

    /// `:calls` in both pagination styles: the newest calls show, and the title grows as new ones come.
    func testToolCallsFollowInBothPagingStyles() async throws {
        for style in LogPagingStyle.allCases {
            var options = SimulatorFixture.stableOptions()
            options.logPaging = style
            let fixture = try await SimulatorFixture(options: options)
            await fixture.simulator.generateLogTraffic(count: 60)
            let session = try fixture.console()
            defer { session.kill() }
            try session.waitFor(text: "connected")
            try session.type(":calls")
            try session.send("Enter")
            try session.waitFor(text: "MCP Calls 1-", timeout: 10)
            let before = await fixture.simulator.heldLogCounts.toolCalls
            try session.waitFor(text: "of \(before)", timeout: 5)
            await fixture.simulator.generateLogTraffic(count: 30)
            let after = await fixture.simulator.heldLogCounts.toolCalls
            XCTAssertGreaterThan(after, before, "\(style): the simulator logged tool calls")
            try session.waitFor(text: "of \(after)", timeout: 5)
            await fixture.shutdown()
        }
    }

    func testEnterOnASessionListsItsInteractions() async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 40)
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":sessions")
        try session.send("Enter")
        try session.waitFor(text: "Sessions 1-", timeout: 10)
        try session.send("Enter")
        try session.waitFor(text: "· session ", timeout: 5)
        let filtered = await waitForRequest(fixture) { $0.path.hasPrefix("/api/interactions/summaries") && $0.query["sessionId"] != nil }
        XCTAssertTrue(filtered, "the server was asked for that session's interactions")
        await fixture.shutdown()
    }
}
