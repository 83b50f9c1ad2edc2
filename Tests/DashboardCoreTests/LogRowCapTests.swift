import XCTest
import ArchestraAPI
@testable import DashboardCore

/// `logRows` (config.yaml) and `--log-rows`: each live log — `:logs`, `:calls`, `:sessions` — holds at most
/// that many rows, the newest, and shows no more; 2,000 unless configured.
final class LogRowCapTests: XCTestCase {
    static func json(_ text: String) -> JSONValue {
        // Written here: a failure is a mistake in this test.
        try! JSONValue.parse(Data(text.utf8))
    }

    static func call(_ number: Int) -> MCPToolCall {
        try! MCPToolCall(json: json(#"{"id": "c-\#(number)", "mcpServerName": "jira", "toolCall": {"name": "jira__search"}}"#))
    }

    static func session(_ number: Int) -> InteractionSession {
        try! InteractionSession(json: json(#"{"sessionId": "s-\#(number)", "requestCount": 1}"#))
    }

    /// Polls `log` as a server gaining 40 rows between polls would answer, `polls` times, on its own pane.
    func follow<Row>(
        _ log: LiveLog<Row>, rows: Int? = nil, polls: Int, row: (Int) -> Row
    ) -> (held: [Row]?, shown: Int?) {
        var state = CoreFixture.state(pane: log.pane, width: 160, height: 48)
        if let rows { state.logRows = rows }
        for poll in 1...polls {
            let newest = 40 * poll
            let items = (max(1, newest - 49)...newest).reversed().map(row)
            state.load(log.source, .newest(LogPage(items: items, style: .offset, total: newest, next: newest > 50 ? .offset(50) : nil)))
        }
        return (state[log.source].value?.feed.rows, state.visibleTable?.rowCount)
    }

    func testEachLiveLogHoldsAtMostTheConfiguredRowsTheNewest() {
        let logs = follow(LogsResource.log, rows: 120, polls: 10, row: LogsResourceTests.summary)
        XCTAssertEqual(logs.held?.count, 120)
        XCTAssertEqual(logs.held?.first?.id, "i-400")
        XCTAssertEqual(logs.held?.last?.id, "i-281", "the oldest went first")
        XCTAssertEqual(logs.shown, 120)

        let calls = follow(CallsResource.log, rows: 60, polls: 10, row: Self.call)
        XCTAssertEqual(calls.held?.map(\.id).first, "c-400")
        XCTAssertEqual(calls.held?.count, 60)
        XCTAssertEqual(calls.shown, 60)

        let sessions = follow(SessionsResource.log, rows: 75, polls: 10, row: Self.session)
        XCTAssertEqual(sessions.held?.count, 75)
        XCTAssertEqual(sessions.shown, 75)
    }

    func testWithoutASettingALogHoldsTwoThousandRows() {
        let logs = follow(LogsResource.log, polls: 60, row: LogsResourceTests.summary)
        XCTAssertEqual(logs.held?.count, 2_000)
        XCTAssertEqual(logs.held?.first?.id, "i-2400")
        XCTAssertEqual(LogRows.defaultCount, 2_000)
    }
}
