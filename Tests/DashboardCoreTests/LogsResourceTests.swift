import XCTest
import ArchestraAPI
@testable import DashboardCore

/// `:logs` as a person drives it: new rows on top while the selection is on the first row, a pause that
/// keeps the selected row and counts what came ("N new ↑"), `f` and `g` resuming, older pages read only at
/// the bottom, and `l` on an agent opening its interactions.
final class LogsResourceTests: XCTestCase {
    static func summary(_ number: Int) -> InteractionSummary {
        let text = """
            {"id": "i-\(number)", "profileId": "a-1", "externalAgentIdLabel": "bot", "model": "gpt-4o",
             "inputTokens": 10, "outputTokens": 2, "cost": "0.0001", "createdAt": "\(ISO8601.string(from: CoreFixture.now))",
             "lastUserMessagePreview": "message \(number)"}
            """
        // Written here: a failure is a mistake in this test.
        return try! InteractionSummary(json: JSONValue.parse(Data(text.utf8)))
    }

    /// The newest page as the server would send it when it holds interactions 1…`newest`, newest first.
    static func newestPage(upTo newest: Int, limit: Int = 50) -> LogsResource.Answer {
        let items = (max(1, newest - limit + 1)...newest).reversed().map(summary)
        let next: LogPagePosition? = newest > limit ? .offset(limit) : nil
        return .newest(LogPage(items: items, style: .offset, total: newest, next: next))
    }

    func logsState(newest: Int) -> AppState {
        var state = CoreFixture.state(pane: .logs)
        state.load(LogsResource.source, Self.newestPage(upTo: newest))
        return state
    }

    func ids(_ state: AppState) -> [String] {
        guard let table = state.visibleTable else { return [] }
        return (0..<table.rowCount).compactMap { table.row(at: $0)?.id }
    }

    func selectedID(_ state: AppState) -> String? {
        state.visibleTable?.row(at: state.ui.list(.logs).selected)?.id
    }

    func testFollowingPutsNewRowsOnTopUnderTheSelection() {
        var state = logsState(newest: 3)
        XCTAssertEqual(ids(state), ["i-3", "i-2", "i-1"])
        state.load(LogsResource.source, Self.newestPage(upTo: 5))
        XCTAssertEqual(ids(state).prefix(2), ["i-5", "i-4"])
        XCTAssertEqual(selectedID(state), "i-5", "the selection follows the newest row")
        XCTAssertEqual(state.visibleTable?.notes, [])
    }

    func testScrollingAwayPausesKeepsTheSelectedRowAndCountsNewOnes() {
        var state = logsState(newest: 3)
        _ = state.reduce(.key(.character("j")))
        XCTAssertEqual(selectedID(state), "i-2")
        XCTAssertEqual(state.visibleTable?.notes, ["paused"])
        state.load(LogsResource.source, Self.newestPage(upTo: 7))
        XCTAssertEqual(ids(state), ["i-3", "i-2", "i-1"], "rows that came during the pause wait above")
        XCTAssertEqual(selectedID(state), "i-2", "the selected row stays where it was")
        XCTAssertEqual(state.visibleTable?.notes, ["4 new ↑"])
    }

    func testFResumesTheFollowOnTheNewestRow() {
        var state = logsState(newest: 3)
        _ = state.reduce(.key(.character("j")))
        state.load(LogsResource.source, Self.newestPage(upTo: 5))
        _ = state.reduce(.key(.character("f")))
        XCTAssertEqual(selectedID(state), "i-5")
        XCTAssertEqual(ids(state).count, 5)
        XCTAssertEqual(state.visibleTable?.notes, [])
        state.load(LogsResource.source, Self.newestPage(upTo: 6))
        XCTAssertEqual(selectedID(state), "i-6", "following again")
    }

    func testGResumesTheFollowToo() {
        var state = logsState(newest: 3)
        _ = state.reduce(.key(.character("G")))
        state.load(LogsResource.source, Self.newestPage(upTo: 4))
        XCTAssertEqual(state.visibleTable?.notes, ["1 new ↑"])
        _ = state.reduce(.key(.character("g")))
        XCTAssertEqual(selectedID(state), "i-4")
        XCTAssertEqual(state.visibleTable?.notes, [])
    }

    func testFIsNothingOnPanesThatAreNotLogs() {
        var state = CoreFixture.stateWithAgents(total: 5)
        _ = state.reduce(.key(.character("j")))
        _ = state.reduce(.key(.character("f")))
        XCTAssertEqual(state.ui.list(.agents).selected, 1)
    }

    func testOlderRowsAreAskedOnlyWhenTheSelectionReachesTheBottom() {
        var state = logsState(newest: 120)
        XCTAssertNil(LogsResource.query(in: state).older, "the newest page only while the person looks at the top")
        _ = state.reduce(.key(.character("G")))
        XCTAssertEqual(LogsResource.query(in: state).older, .offset(50))
        let older = (21...70).reversed().map(Self.summary)
        state.load(LogsResource.source, .older(LogPage(items: older, style: .offset, total: 120, next: .offset(100))))
        XCTAssertEqual(ids(state).count, 100)
        XCTAssertNil(LogsResource.query(in: state).older, "the selection is no longer on the last row")
    }

    func testAnotherScopeStartsAnotherFeed() {
        var state = logsState(newest: 3)
        state.ui.scopes[.logs] = PaneScope(field: "agentId", value: "a-9", label: "agent other")
        _ = state.reduce(.tick(state.now))
        XCTAssertEqual(state.visibleTable?.rowCount, 0, "rows of another listing never show")
        XCTAssertEqual(state.visibleTable?.emptyMessage, "loading interactions…")
        state.load(LogsResource.source, .newest(LogPage(items: [Self.summary(42)], style: .offset, total: 1)))
        XCTAssertEqual(ids(state), ["i-42"])
        XCTAssertEqual(LogsResource.query(in: state).filter(now: state.now).agentId, "a-9")
    }

    func testLOnAnAgentOpensItsInteractions() {
        var state = CoreFixture.stateWithAgents(total: 3)
        let agent = state.visibleTable?.row(at: 0)
        _ = state.reduce(.key(.character("l")))
        XCTAssertEqual(state.ui.pane, .logs)
        XCTAssertEqual(state.ui.scopes[.logs]?.field, "agentId")
        XCTAssertEqual(state.ui.scopes[.logs]?.value, agent?.id)
        XCTAssertEqual(LogsResource.query(in: state).filter(now: state.now).agentId, agent?.id)
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .agents)
    }

    func testTheTimeRangeIsSentAsStartDate() {
        var state = logsState(newest: 1)
        _ = state.reduce(.key(.character("t")))
        let query = LogsResource.query(in: state)
        let window = try? XCTUnwrap(query.timeframe.window)
        XCTAssertEqual(query.filter(now: state.now).startDate, window.map { state.now.addingTimeInterval(-$0) })
        XCTAssertNotEqual(query.timeframe, .day)
    }

    func testCtrlSInTheDetailSavesTheFullRecordOnceRead() throws {
        var state = logsState(newest: 2)
        _ = state.reduce(.key(.enter))
        guard case .saveRecord(let summaryOnly)? = state.reduce(.key(.control("s"))).first else {
            return XCTFail("Ctrl-S in a detail saves its record")
        }
        XCTAssertFalse(summaryOnly.json.contains("\"request\""), "before the full record is read, the summary")
        let full = try LLMInteraction(
            json: JSONValue.parse(Data(#"{"id": "i-2", "request": {"messages": [{"role": "user", "content": "hi"}]}}"#.utf8)))
        _ = state.reduce(
            .itemLoaded(ItemResult(lookup: LogsResource.record.id, key: "i-2", outcome: .success(full), finishedAt: state.now)))
        guard case .saveRecord(let saved)? = state.reduce(.key(.control("s"))).first else { return XCTFail("no save") }
        XCTAssertEqual(saved.name, "logs-i-2")
        XCTAssertTrue(saved.json.contains("\"content\" : \"hi\""), saved.json)
        XCTAssertTrue(state.ui.detail?.lines.contains { $0.key == "request" } == true, "the detail shows the bodies once read")
    }
}
