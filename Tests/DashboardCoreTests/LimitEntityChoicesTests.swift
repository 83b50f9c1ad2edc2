import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The limits resource builds the "applies to" list of its own form: the organisation, teams,
/// agents and people the console knows, each setting the limit's entity type and id.
final class LimitEntityChoicesTests: XCTestCase {
    func testTheLimitFormOffersEveryKnownEntityAndOtherFormsDoNot() {
        var state = CoreFixture.stateWithAgents(total: 2)
        state.load(Sources.teams, [Team(id: "t-1", name: "Platform")])
        state.load(Sources.people, ["u-2": "zoe", "u-1": "ada"])
        state.load(
            LimitsResource.source,
            [UsageLimit(id: "l1", entityType: .organization, entityId: "org-1", limitType: .tokenCost, limitValue: 100)])
        XCTAssertNil(state.editContext.choices[LimitsResource.entities], "the agents' form has no entities")

        state.ui.pane = .limits
        let context = state.editContext
        XCTAssertEqual(
            context.labels(LimitsResource.entities),
            ["organization", "team Platform", "agent Agent 0", "agent Agent 1", "user ada", "user zoe"])
        XCTAssertEqual(
            context.choice(LimitsResource.entities, labelled: "team Platform")?.fields,
            ["entityType": .string("team"), "entityId": .string("t-1")])
        XCTAssertEqual(context.directory.teams.map(\.name), ["Platform"], "the standard context comes with it")
    }
}
