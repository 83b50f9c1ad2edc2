import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Issue 21, item 21: the agents pane's `/` text read as server filters.
final class AgentSearchTests: XCTestCase {
    func testTokensAndFreeTextAreSeparated() {
        let search = AgentSearch(parsing: "type:agent bot scope:team label:env=prod team:Support label:env=staging  triage")
        XCTAssertEqual(search.name, "bot triage")
        XCTAssertEqual(search.types, [.agent])
        XCTAssertEqual(search.scope, .team)
        XCTAssertEqual(search.teams, ["Support"])
        XCTAssertEqual(search.labelFilter, "env:prod|staging")
        XCTAssertEqual(search.problems, [])
    }

    func testQuotedValuesAndBadTokens() {
        let search = AgentSearch(parsing: #"team:"Customer Success" type:robot scope:galaxy label:env label:tier=gold "two words""#)
        XCTAssertEqual(search.teams, ["Customer Success"])
        XCTAssertEqual(search.name, "two words")
        XCTAssertEqual(search.labelFilter, "tier:gold")
        XCTAssertEqual(search.problems.count, 3, "\(search.problems)")
        XCTAssertTrue(search.problems[0].hasPrefix("type:robot (types: agent, mcp_gateway"), search.problems[0])
        XCTAssertTrue(search.problems[1].hasPrefix("scope:galaxy"), search.problems[1])
        XCTAssertTrue(search.problems[2].hasPrefix("label:env"), search.problems[2])
    }

    func state(filter: String, pane: Pane = .agents) -> AppState {
        var state = CoreFixture.stateWithAgents(total: 300)
        state.teams.succeed([Team(id: "t-support", name: "Support"), Team(id: "t-platform", name: "Platform")], at: CoreFixture.now)
        state.ui.pane = pane
        _ = state.reduce(.key(.character("/")))
        for character in filter { _ = state.reduce(.key(.character(character))) }
        _ = state.reduce(.key(.enter))
        return state
    }

    func testTheRequestCarriesEveryFilterWithTeamNamesAsIds() {
        let state = state(filter: "type:agent label:env=prod team:support triage")
        let query = state.agentsRequest.query
        XCTAssertEqual(query.name, "triage")
        XCTAssertEqual(query.agentType, .agent)
        XCTAssertEqual(query.scope, .team, "a team filter needs scope=team on the server")
        XCTAssertEqual(query.teamIds, ["t-support"])
        XCTAssertEqual(query.labels, "env:prod")
        XCTAssertEqual(state.visibleTable?.filter?.text, "name \"triage\" · type agent · scope team · label env=prod · team support")
    }

    func testSeveralTypesGoAsAgentTypesAndUnknownTeamsAreSaid() {
        let state = state(filter: "type:agent type:profile team:Nowhere")
        XCTAssertEqual(state.agentsRequest.query.agentType, nil)
        XCTAssertEqual(state.agentsRequest.query.agentTypes, [.agent, .profile])
        XCTAssertEqual(state.agentsRequest.query.teamIds, ["Nowhere"])
        XCTAssertEqual(state.visibleTable?.filter?.text, "type agent|profile · scope team · team Nowhere (no such team)")
    }

    func testAPlainNameKeepsTheTitleAsTyped() {
        let state = state(filter: "bot")
        XCTAssertEqual(state.agentsRequest.query.name, "bot")
        XCTAssertNil(state.visibleTable?.filter)
    }

    func testTheGatewaysPaneKeepsItsOwnType() {
        let state = state(filter: "type:agent scope:org", pane: .gateways)
        let query = PagedAgents.request(pane: .gateways, agentType: .mcpGateway, serverSort: GatewaysResource.serverSort, in: state).query
        XCTAssertEqual(query.agentType, .mcpGateway)
        XCTAssertNil(query.agentTypes)
        XCTAssertEqual(query.scope, .org)
        XCTAssertEqual(state.visibleTable?.filter?.problems, ["type:agent (this pane lists mcp_gateway only)"])
    }
}
