import Foundation
import XCTest
import ArchestraAPI

/// Issue 24's refusals against the simulator: with every tool set to "block always", the traffic the
/// simulator logs is refused by the guardrail, the overview's count goes up, and with `--notify` the
/// terminal's bell rings (tmux records it as `window_bell_flag`); without it, never.
final class RefusalEndToEndTests: XCTestCase {
    /// Makes "block always" the invocation default of every tool the simulator knows.
    func blockEveryToolAlways(_ fixture: SimulatorFixture) async throws {
        var tools: [Tool] = []
        while true {
            let page = try await fixture.client.tools(ToolQuery(limit: 100, offset: tools.count))
            tools += page.data
            if page.data.count < 100 { break }
        }
        let defaults = try await fixture.client.policies(.toolInvocation).filter(\.conditions.isEmpty)
        for tool in tools {
            if let existing = defaults.first(where: { $0.toolId == tool.id }) {
                _ = try await fixture.client.updatePolicy(
                    .toolInvocation, id: existing.id, body: .object(["action": .string("block_always")]))
            } else {
                let body: JSONValue = .object(["toolId": .string(tool.id), "conditions": .array([]), "action": .string("block_always")])
                _ = try await fixture.client.createPolicy(.toolInvocation, body: body)
            }
        }
    }

    /// "12" from "… · 12 refused since 11:42" on the overview's first line.
    func refusedCount(_ screen: String) -> Int? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 2, let match = lines[2].firstMatch(of: /(\d+) refused/) else { return nil }
        return Int(match.1)
    }

    func bell(_ session: TmuxSession) -> String? { try? session.display("#{window_bell_flag}") }

    func run(notify: Bool) async throws {
        let fixture = try await SimulatorFixture()
        await fixture.simulator.generateLogTraffic(count: 20)
        let session = try fixture.console(extraArguments: notify ? "--notify" : "")
        defer { session.kill() }
        let first = try session.waitFor("the overview's refusal count") { self.refusedCount($0) != nil }
        let before = refusedCount(first) ?? 0
        XCTAssertEqual(bell(session), "0\n", "refusals from before the console started do not ring")
        try await blockEveryToolAlways(fixture)
        await fixture.simulator.generateLogTraffic(count: 100)
        // A third of the calls ask for a tool: with every tool blocked, far more than the few refused otherwise.
        let after = try session.waitFor("the count to go up by 20") { (self.refusedCount($0) ?? 0) >= before + 20 }
        XCTAssertGreaterThanOrEqual(refusedCount(after) ?? 0, before + 20, "before: \(before)")
        if notify {
            try session.waitFor("the bell") { _ in self.bell(session) == "1\n" }
        } else {
            // The console has seen the refusals; a frame drawn after that one is drawn after any bell it rang.
            try session.send("2")
            try session.waitFor(text: "Agents 1-")
            XCTAssertEqual(bell(session), "0\n", "a console never rings by itself")
        }
        await fixture.shutdown()
    }

    func testABlockedToolRaisesTheOverviewCountAndRingsWithNotify() async throws {
        try await run(notify: true)
    }

    func testNoBellWithoutNotify() async throws {
        try await run(notify: false)
    }
}
