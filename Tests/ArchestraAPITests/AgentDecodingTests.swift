import Foundation
import XCTest
@testable import ArchestraAPI

final class AgentDecodingTests: XCTestCase {
    func testAgentsListPageDecodesEveryAgentWithExactValues() throws {
        let page = try Page<Agent>(envelope: Fixture.json("agents-list"))
        XCTAssertEqual(page.data.count, 3)
        XCTAssertEqual(page.skipped, 0)
        XCTAssertEqual(page.pagination, Pagination(currentPage: 1, limit: 3, total: 7, totalPages: 3, hasNext: true, hasPrev: false))

        let triage = page.data[0]
        XCTAssertEqual(triage.id, "2f6c1e0a-8d4b-4c3e-9a71-5b2d8e4f6a10")
        XCTAssertEqual(triage.name, "Support Triage")
        XCTAssertEqual(triage.agentType, .agent)
        XCTAssertEqual(triage.scope, .team)
        XCTAssertEqual(triage.slug, "support-triage")
        XCTAssertEqual(triage.teams, [TeamRef(id: "Tm9Kd3Pq7Wz1Xc5Vb8Nl2Rh4Js6Gf0Ue", name: "Support")])
        XCTAssertEqual(triage.labels, [Label(key: "environment", value: "production"), Label(key: "cost-center", value: "cs-100")])
        XCTAssertEqual(triage.tools.map(\.name), ["github__search_issues", "github__create_issue", "archestra__query_knowledge_sources"])
        XCTAssertEqual(triage.tools[1].description, "Open a new issue in a repository")
        XCTAssertEqual(triage.latestVersion, 7)
        XCTAssertEqual(triage.llmModel, "claude-sonnet-4-5")
        XCTAssertEqual(triage.resolvedLlmProvider, "anthropic")
        XCTAssertEqual(triage.knowledgeBaseIds, ["a7c3e9f1-5b2d-4e8a-9c6f-1d3b7e5a2c94"])
        XCTAssertEqual(triage.connectorIds, ["9b5d1f3a-7c2e-4a8b-9d6f-3e1c8a5b7d20"])
        XCTAssertEqual(triage.authorName, "Dana Whitfield")
        XCTAssertFalse(triage.builtIn)
        XCTAssertNil(triage.identityProviderId)
        XCTAssertNil(triage.deletedAt)
        XCTAssertEqual(triage.icon, "🎧")
        XCTAssertEqual(triage.raw["incomingEmailAllowedDomain"]?.stringValue, "acme.example", "raw keeps fields the model does not name")

        let gateway = page.data[1]
        XCTAssertEqual(gateway.agentType, .mcpGateway)
        XCTAssertEqual(gateway.scope, .personal)
        XCTAssertTrue(gateway.isPersonalGateway)
        XCTAssertNil(gateway.systemPrompt)
        XCTAssertNil(gateway.resolvedLlmProvider, "missing optional key reads as nil")
        XCTAssertEqual(gateway.teams, [])

        XCTAssertEqual(page.data[2].agentType, .profile)
        XCTAssertEqual(page.data[2].name, "n8n Production")
    }

    func testSingleAgentAndItsTimestamps() throws {
        let agent = try Fixture.decode(Agent.self, from: "agent")
        XCTAssertEqual(agent.name, "Support Triage")
        XCTAssertEqual(agent.updatedAt, "2026-09-05T16:40:02.731Z")
        let updated = try XCTUnwrap(agent.updatedAtDate)
        XCTAssertEqual(updated.timeIntervalSince1970, 1_788_626_402.731, accuracy: 0.001)
        XCTAssertNotNil(agent.lastUsedAtDate)
        XCTAssertNil(agent.deletedAtDate)
    }

    func testDecodingThroughCodableMatchesJSONInit() throws {
        let viaCodable = try Fixture.decode(Agent.self, from: "agent")
        let viaJSON = try Agent(json: Fixture.json("agent"))
        XCTAssertEqual(viaCodable, viaJSON)
    }

    func testHandBuiltAgentDefaults() {
        let agent = Agent(id: "a1", name: "Hand made")
        XCTAssertEqual(agent.agentType, .agent)
        XCTAssertEqual(agent.raw, .null)
        XCTAssertEqual(agent.tools, [])
    }
}
