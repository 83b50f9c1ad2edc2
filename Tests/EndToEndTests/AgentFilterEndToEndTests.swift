import Foundation
import XCTest
import ArchestraAPI

/// Issue 21, item 21: `/` on the agents pane takes `type:` `scope:` `label:` `team:` tokens with free text,
/// sends them to the server as its filters, and the title says what is filtered.
final class AgentFilterEndToEndTests: XCTestCase {
    func testTokensGoToTheServerAndTheTitleShowsThem() async throws {
        let fixture = try await SimulatorFixture()
        let teams = try await fixture.client.teams().data
        let support = try XCTUnwrap(teams.first { $0.name == "Support" })
        // What the filter should leave, worked out here from every agent rather than asked of the server.
        let all = try await fixture.client.allAgents()
        let expected = all.filter { agent in
            agent.agentType == .agent && agent.scope == .team && agent.teams.contains { $0.id == support.id }
                && agent.labels.contains(Label(key: "environment", value: "production"))
        }.map(\.name)
        XCTAssertFalse(expected.isEmpty, "the seed has such agents")
        let excluded = all.filter { !expected.contains($0.name) && $0.name.allSatisfy(\.isASCII) && $0.name.count > 6 }.map(\.name).prefix(
            5)

        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 5)
        try session.send("/")
        try session.type("type:agent scope:team label:environment=production team:support")
        try session.send("Enter")
        // The whole filter in the title first: a prefix of the typed text (say "te" for a name) may already
        // show the expected rows while the console is still reading the rest of it.
        let title = "filter: type agent · scope team · label environment=production · team support"
        let screen = try session.waitFor("only the agents the tokens select", timeout: 10) { screen in
            screen.contains(title) && expected.allSatisfy { screen.contains($0) } && excluded.allSatisfy { !screen.contains($0) }
                && screen.contains("Agents 1-\(expected.count) of \(expected.count)")
        }
        XCTAssertTrue(screen.contains("Agents 1-\(expected.count) of \(expected.count)"), screen)

        let requests = await fixture.simulator.recordedRequests().filter { $0.path == "/api/agents" }
        XCTAssertTrue(
            requests.contains { request in
                request.query["agentType"] == "agent" && request.query["scope"] == "team"
                    && request.query["labels"] == "environment:production" && request.query["teamIds"] == support.id
                    && request.query["name"] == nil
            }, requests.map { "\($0.query)" }.joined(separator: "\n"))

        // Free text among the tokens filters by name; a token that cannot be sent is said, not sent.
        try session.send("/")
        try session.type(" triage type:robot")
        try session.send("Enter")
        let narrowed = try session.waitFor("the name filter added", timeout: 10) { screen in
            screen.contains("name \"triage\"") && screen.contains("ignored type:robot")
        }
        XCTAssertTrue(narrowed.contains("Support Triage"), narrowed)
        // The title changes when the filter is kept; the request follows it.
        let named = try await self.requests(fixture, "the agents asked for by name") { seen in
            seen.contains { $0.path == "/api/agents" && $0.query["name"] == "triage" }
        }.filter { $0.path == "/api/agents" && $0.query["name"] == "triage" }
        XCTAssertTrue(named.allSatisfy { $0.query["agentType"] == "agent" && $0.query["teamIds"] == support.id }, "\(named)")
        await fixture.shutdown()
    }
}
