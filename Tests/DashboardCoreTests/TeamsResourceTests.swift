import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The teams pane, and its declared link: `Enter` on a team opens that team's members, `Esc` returns.
final class TeamsResourceTests: XCTestCase {
    static let teams = [
        Team(id: "t-1", name: "Platform", memberCount: 3),
        Team(id: "t-2", name: "Research"),
    ]

    func teamsState() -> AppState {
        var state = CoreFixture.state(pane: .agents)
        state.teams.succeed(Self.teams, at: state.now)
        _ = state.reduce(.key(.character(":")))
        "teams".forEach { _ = state.reduce(.key(.character($0))) }
        _ = state.reduce(.key(.enter))
        return state
    }

    func testTeamsListNameDescriptionAndMemberCount() throws {
        let state = teamsState()
        XCTAssertEqual(state.ui.pane, .teams)
        let table = try XCTUnwrap(state.visibleTable)
        XCTAssertEqual(table.rowCount, 2)
        XCTAssertEqual(table.row(at: 0)?.cells.prefix(3), ["Platform", "-", "3"])
        XCTAssertEqual(table.row(at: 1)?.cells[2], "-", "a server that does not count members says so")
    }

    func testEnterOpensTheSelectedTeamsMembersAndAsksForThem() throws {
        var state = teamsState()
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .teamMembers)
        XCTAssertNil(state.ui.detail, "a declared Enter link drills down instead of opening the detail")
        XCTAssertEqual(state.currentScope, PaneScope(field: "teamId", value: "t-2", label: "team Research"))
        XCTAssertTrue(state.neededSources.contains(TeamsResource.members.id))
        let key = try XCTUnwrap(ResourceRegistry.source(TeamsResource.members.id)).requestKey(state)
        XCTAssertEqual(key.parameters(as: String?.self), .some("t-2"))
        XCTAssertEqual(state.visibleTable?.emptyMessage, "loading members…")
    }

    func testMembersOfAnotherTeamNeverShow() {
        var state = teamsState()
        _ = state.reduce(.key(.enter))
        state[TeamsResource.members].succeed(
            TeamsResource.Roster(teamID: "t-2", members: [TeamMember(id: "m", userId: "u", email: "x@example.com")]), at: state.now)
        XCTAssertEqual(state.visibleTable?.rowCount, 0)
        state[TeamsResource.members].succeed(
            TeamsResource.Roster(
                teamID: "t-1",
                members: [TeamMember(id: "m", userId: "u", role: "admin", syncedFromSso: true, name: "Ada", email: "ada@example.com")]),
            at: state.now)
        XCTAssertEqual(state.visibleTable?.row(at: 0)?.cells.prefix(4), ["Ada", "ada@example.com", "admin", "yes"])
    }

    func testEscGoesBackToTheTeamsWhereYouWere() {
        var state = teamsState()
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.enter))
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .teams)
        XCTAssertEqual(state.ui.list(.teams).selected, 1, "the team you came from is still selected")
        XCTAssertEqual(state.ui.backStack, [])
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .teams, "nothing left to go back to")
    }

    func testTheHintBarOffersEscBackOnlyWhereALinkLedTo() {
        var state = teamsState()
        let backHint = { (state: AppState) in KeyBindings.bindings(in: state).contains { $0.hint == "back" } }
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .teamMembers)
        XCTAssertTrue(backHint(state), "opened from a team: Esc goes back to it")
        _ = state.reduce(.key(.character(":")))
        "logs".forEach { _ = state.reduce(.key(.character($0))) }
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .logs)
        XCTAssertFalse(backHint(state), "opened by name: Esc has nowhere to go")
    }

    func testEscClearsAFilterBeforeGoingBack() {
        var state = teamsState()
        _ = state.reduce(.key(.enter))
        _ = state.reduce(.key(.character("/")))
        _ = state.reduce(.key(.character("a")))
        _ = state.reduce(.key(.enter))
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .teamMembers)
        XCTAssertEqual(state.ui.list(.teamMembers).filter, "")
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .teams)
    }

    func testOpeningAPaneDirectlyForgetsTheWayBack() {
        var state = teamsState()
        _ = state.reduce(.key(.enter))
        _ = state.reduce(.key(.character("2")))
        XCTAssertEqual(state.ui.pane, .agents)
        XCTAssertEqual(state.ui.backStack, [])
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .agents)
    }

    func testTabFromTheMembersGoesOnFromTheTeams() {
        var state = teamsState()
        _ = state.reduce(.key(.enter))
        _ = state.reduce(.key(.tab))
        let teams = Pane.allCases.firstIndex(of: .teams) ?? 0
        XCTAssertEqual(state.ui.pane, Pane.allCases[(teams + 1) % Pane.allCases.count])
        XCTAssertEqual(state.ui.backStack, [])
    }

    func testEnterWithoutADeclaredLinkStillOpensTheDetail() {
        var state = teamsState()
        _ = state.reduce(.key(.character("6")))
        state.mcpServers.succeed([MCPServer(id: "m-1", name: "github")], at: state.now)
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .mcp)
        XCTAssertNotNil(state.ui.detail)
    }
}
