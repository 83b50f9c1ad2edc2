import XCTest
import ArchestraAPI
@testable import DashboardCore

/// What `:logs` costs the server, counted in simulated time: at most one log request a second while it is
/// visible at `--refresh 1` (plus cached name look-ups), nothing while it is hidden, and older pages only
/// once the selection reaches the bottom.
final class LogBudgetTests: XCTestCase {
    /// A server gaining two interactions a second, newest first, from one agent.
    final class LogServer: @unchecked Sendable {
        private let lock = NSLock()
        private var polls = 0
        private(set) var olderAsked = 0
        let startingRows: Int

        init(startingRows: Int = 10) {
            self.startingRows = startingRows
        }

        func page(for query: LogsResource.Query) -> LogsResource.Answer {
            lock.lock()
            defer { lock.unlock() }
            let total = startingRows + 2 * polls
            if case .offset(let offset)? = query.older {
                olderAsked += 1
                return .older(page(total: total, offset: offset))
            }
            polls += 1
            return .newest(page(total: total, offset: 0))
        }

        private func page(total: Int, offset: Int) -> LogPage<InteractionSummary> {
            let newest = total - offset
            let items = stride(from: newest, to: max(0, newest - 50), by: -1).map(LogsResourceTests.summary)
            return LogPage(items: items, style: .offset, total: total, next: offset + 50 < total ? .offset(offset + 50) : nil)
        }
    }

    func run(on pane: Pane, server: LogServer) -> PlannerRun {
        var run = PlannerRun(pane: pane, refresh: 1, width: 160, height: 48)
        run.answer = { request in
            if case .source(LogsResource.source.id) = request.target, let query = request.key.parameters(as: LogsResource.Query.self) {
                return .success(server.page(for: query))
            }
            return CannedAnswers.answer(request)
        }
        return run
    }

    func testAVisibleLogCostsAtMostOneRequestASecondPlusCachedNames() {
        let server = LogServer()
        var run = run(on: .logs, server: server)
        run.run(seconds: 5)
        let settled = run.requests.count
        run.run(seconds: 60)
        let logRequests = run.requests[settled...].filter { $0.target == .source(LogsResource.source.id) }.count
        XCTAssertLessThanOrEqual(logRequests, 61, "\(logRequests) log requests in 60 s")
        XCTAssertGreaterThanOrEqual(logRequests, 58, "the log keeps following")
        XCTAssertEqual(run.count(LogsResource.agentNames.id), 1, "one agent's name, asked once and cached")
        XCTAssertEqual(run.count(LogsResource.record.id), 0, "no bodies until a row is opened")
        XCTAssertEqual(server.olderAsked, 0, "no older page while the person looks at the top")
        XCTAssertEqual(run.state.visibleTable?.row(at: 0)?.id, "i-\(server.startingRows + 2 * (run.count(LogsResource.source.id) - 1))")
    }

    func testAHiddenLogCostsNothing() {
        let server = LogServer()
        var run = run(on: .logs, server: server)
        run.run(seconds: 3)
        run.state.ui.pane = .overview
        let before = run.count(LogsResource.source.id)
        run.run(seconds: 60)
        XCTAssertEqual(run.count(LogsResource.source.id), before, "nothing once the pane is hidden")
        XCTAssertEqual(run.count(LogsResource.agentNames.id), 1)
    }

    func testOlderPagesAreReadOnlyAtTheBottomAndOnlyTheOpenedRecordsBody() {
        let server = LogServer(startingRows: 500)
        var run = run(on: .logs, server: server)
        run.run(seconds: 10)
        XCTAssertEqual(server.olderAsked, 0)
        let shown = run.state.visibleTable?.rowCount ?? 0
        _ = run.state.reduce(.key(.character("G")))
        run.run(seconds: 1)
        XCTAssertEqual(server.olderAsked, 1, "one older page when the selection reaches the bottom")
        // Rows that arrived meanwhile push the page down: a few come again and are held once.
        XCTAssertGreaterThan(run.state.visibleTable?.rowCount ?? 0, shown + 40, "the page below the rows held")
        run.run(seconds: 10)
        XCTAssertEqual(server.olderAsked, 1, "not again until the selection reaches the new bottom")
        _ = run.state.reduce(.key(.enter))
        run.run(seconds: 5)
        XCTAssertEqual(
            run.itemKeys(LogsResource.record.id), [run.state.ui.detail?.rowID].compactMap { $0 }, "the opened row's body only, once")
    }
}

/// The bodies of opened interactions are large: the console remembers the last 20 read, and one it forgot is
/// read again when its row is opened again.
final class OpenedRecordMemoryTests: XCTestCase {
    func testOnlyTheLastTwentyOpenedRecordsAreKeptAndAForgottenOneIsReadAgain() {
        let server = LogBudgetTests.LogServer(startingRows: 40)
        var run = PlannerRun(pane: .logs, refresh: 1, width: 160, height: 48)
        run.answer = { request in
            if case .item(LogsResource.record.id, let key) = request.target {
                // Written here: a failure is a mistake in this test.
                return .success(try! LLMInteraction(json: .object(["id": .string(key), "request": .object(["model": .string("m")])])))
            }
            if case .source(LogsResource.source.id) = request.target, let query = request.key.parameters(as: LogsResource.Query.self) {
                return .success(server.page(for: query))
            }
            return CannedAnswers.answer(request)
        }
        run.run(seconds: 2)
        // Paused, so the rows stay where they are while new ones arrive.
        _ = run.state.reduce(.key(.character("j")))
        var opened: [String] = []
        for _ in 0..<25 {
            _ = run.state.reduce(.key(.enter))
            run.run(seconds: 1)
            if let id = run.state.ui.detail?.rowID { opened.append(id) }
            _ = run.state.reduce(.key(.escape))
            _ = run.state.reduce(.key(.character("j")))
        }
        XCTAssertEqual(Set(opened).count, 25)
        XCTAssertEqual(run.state.items(LogsResource.record).count, 20, "the last twenty only")
        XCTAssertNil(run.state.item(LogsResource.record, opened[0]))
        XCTAssertNotNil(run.state.item(LogsResource.record, opened[24]))

        for _ in 0..<30 where run.state.visibleTable?.row(at: run.state.ui.list(.logs).selected)?.id != opened[0] {
            _ = run.state.reduce(.key(.character("k")))
        }
        let before = run.itemKeys(LogsResource.record.id).filter { $0 == opened[0] }.count
        _ = run.state.reduce(.key(.enter))
        run.run(seconds: 1)
        XCTAssertEqual(run.itemKeys(LogsResource.record.id).filter { $0 == opened[0] }.count, before + 1, "read again")
        XCTAssertNotNil(run.state.item(LogsResource.record, opened[0]), "the detail shows it")
    }
}
