import XCTest
import ArchestraAPI
@testable import DashboardCore

final class ReducerFilterSortTests: XCTestCase {
    func limitsState() -> AppState {
        var state = CoreFixture.state(pane: .limits)
        let limits = [("a", 10.0, 2.0), ("b", 10.0, 9.5), ("c", 10.0, 12.0), ("d", 10.0, 7.9)].map { id, value, used in
            UsageLimit(
                id: id, entityType: .organization, entityId: "org-\(id)", limitType: .tokenCost, limitValue: value,
                modelUsage: [ModelUsage(model: "m", tokensIn: 1, tokensOut: 1, cost: used)])
        }
        _ = state.reduce(
            .loaded(
                LoadResult(
                    LimitsResource.source, in: state, .success(RecordList(items: limits)),
                    finishedAt: CoreFixture.now)))
        return state
    }

    func testLimitsAreWorstFirst() {
        let state = limitsState()
        let table = try! XCTUnwrap(state.visibleTable)
        XCTAssertEqual((0..<table.rowCount).compactMap { table.row(at: $0)?.id }, ["c", "b", "d", "a"])
        XCTAssertEqual(table.row(at: 0)?.level, .over)
        XCTAssertEqual(table.row(at: 1)?.level, .danger)
        XCTAssertEqual(table.row(at: 2)?.level, .warning)
        XCTAssertEqual(table.row(at: 3)?.level, .normal)
        XCTAssertEqual(table.row(at: 0)?.cells[4], "120%")
    }

    func testSortLetterThenReverse() {
        var state = limitsState()
        _ = state.reduce(.key(.character("s")))
        XCTAssertEqual(state.ui.mode, .sortPick)
        _ = state.reduce(.key(.character("p")))
        var ids = (0..<4).compactMap { state.visibleTable?.row(at: $0)?.id }
        XCTAssertEqual(ids, ["a", "d", "b", "c"], "ascending by percent")
        _ = state.reduce(.key(.character("s")))
        _ = state.reduce(.key(.character("p")))
        ids = (0..<4).compactMap { state.visibleTable?.row(at: $0)?.id }
        XCTAssertEqual(ids, ["c", "b", "d", "a"], "same letter again reverses")
        _ = state.reduce(.key(.character("s")))
        _ = state.reduce(.key(.character("z")))
        XCTAssertEqual(state.ui.flash, "no column for 'z'")
    }

    func testFilterNarrowsAsYouTypeEnterKeepsEscClears() {
        var state = limitsState()
        _ = state.reduce(.key(.character("/")))
        XCTAssertEqual(state.ui.mode, .filter)
        _ = state.reduce(.key(.character("1")))
        _ = state.reduce(.key(.character("2")))
        XCTAssertEqual(state.visibleTable?.rowCount, 1, "only the 120% row contains '12'")
        _ = state.reduce(.key(.backspace))
        XCTAssertEqual(state.ui.list(.limits).filter, "1")
        _ = state.reduce(.key(.character("2")))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.mode, .normal)
        XCTAssertEqual(state.visibleTable?.rowCount, 1, "Enter keeps the filter")
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.visibleTable?.rowCount, 4, "Esc clears it")
    }

    func testAgentsFilterGoesToTheServer() {
        var state = CoreFixture.stateWithAgents(total: 300)
        _ = state.reduce(.key(.character("/")))
        let effects = state.reduce(.key(.character("x")))
        XCTAssertEqual(state.agentsRequest.query.name, "x")
        XCTAssertEqual(state.agentsRequest.offset, 0)
        XCTAssertEqual(effects, [])
    }

    func testAgentsSortByNameUsesTheServerSort() {
        var state = CoreFixture.stateWithAgents(total: 300)
        _ = state.reduce(.key(.character("s")))
        _ = state.reduce(.key(.character("n")))
        XCTAssertEqual(state.agentsRequest.query.sortBy, "name")
        XCTAssertTrue(state.agentsRequest.query.ascending)
    }

    func testAgentColumnsTheServerCannotSortSaySoInsteadOfPretending() {
        var state = CoreFixture.stateWithAgents(total: 300)
        _ = state.reduce(.key(.character("s")))
        _ = state.reduce(.key(.character("t")))  // Type
        XCTAssertNil(state.ui.list(.agents).sortColumn)
        XCTAssertNil(state.agentsRequest.query.sortBy)
        XCTAssertEqual(state.ui.flash, "the server sorts agents only by Name, Teams, Tools")
        _ = state.reduce(.key(.character(">")))
        XCTAssertEqual(state.agentsRequest.query.sortBy, "name")
        _ = state.reduce(.key(.character(">")))
        XCTAssertEqual(state.agentsRequest.query.sortBy, "team", "skips Type and Scope")
        _ = state.reduce(.key(.character(">")))
        XCTAssertEqual(state.agentsRequest.query.sortBy, "toolsCount")
    }

    func testStaleResultsForOldParametersAreDropped() {
        var state = CoreFixture.state(pane: .stats)
        _ = state.reduce(.key(.character("t")))  // now 7d
        _ = state.reduce(
            .loaded(
                LoadResult(
                    source: Sources.teamStats.id, key: RequestKey(Timeframe.day),
                    outcome: .success([TeamStatistics]()), finishedAt: CoreFixture.now)))
        XCTAssertNil(state.teamStats.value, "24h figures must not show under 7d")
        _ = state.reduce(
            .loaded(
                LoadResult(
                    source: Sources.teamStats.id, key: RequestKey(Timeframe.week),
                    outcome: .success([TeamStatistics]()), finishedAt: CoreFixture.now)))
        XCTAssertNotNil(state.teamStats.value)
    }
}
