import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Rows missing between two held ones (more new rows than one page between two polls): a followed log still
/// costs one request a refresh, the newest page; a gap is read when the selection is on the row above it,
/// as older rows are read when scrolled to. Counted in simulated time, as the request budget is.
final class LogGapTests: XCTestCase {
    /// A server gaining `perPoll` interactions each time the newest page is asked, newest first, by offset.
    final class BusyServer: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var total: Int
        private(set) var polls = 0
        private(set) var gapReads = 0
        var perPoll: Int

        init(startingRows: Int, perPoll: Int) {
            total = startingRows
            self.perPoll = perPoll
        }

        func page(for query: LogsResource.Query) -> LogsResource.Answer {
            lock.lock()
            defer { lock.unlock() }
            if let gap = query.fill, case .offset(let offset) = gap.position {
                gapReads += 1
                return .gap(gap, page(offset: offset))
            }
            if case .offset(let offset)? = query.older { return .older(page(offset: offset)) }
            if polls > 0 { total += perPoll }
            polls += 1
            return .newest(page(offset: 0))
        }

        private func page(offset: Int) -> LogPage<InteractionSummary> {
            let newest = total - offset
            let items = stride(from: newest, to: max(0, newest - 50), by: -1).map(LogsResourceTests.summary)
            return LogPage(items: items, style: .offset, total: total, next: offset + 50 < total ? .offset(offset + 50) : nil)
        }
    }

    func run(_ server: BusyServer) -> PlannerRun {
        var run = PlannerRun(pane: .logs, refresh: 1, width: 160, height: 48)
        run.answer = { request in
            if case .source(LogsResource.source.id) = request.target, let query = request.key.parameters(as: LogsResource.Query.self) {
                return .success(server.page(for: query))
            }
            return CannedAnswers.answer(request)
        }
        return run
    }

    func heldIDs(_ run: PlannerRun) -> [String] {
        run.state[LogsResource.source].value?.feed.rows.map(\.id) ?? []
    }

    func testWhileFollowingEachRefreshReadsTheNewestRowsAndTheGapsWait() throws {
        let server = BusyServer(startingRows: 100, perPoll: 80)
        var run = run(server)
        run.run(seconds: 20)
        let feed = try XCTUnwrap(run.state[LogsResource.source].value?.feed)
        XCTAssertEqual(server.gapReads, 0, "no gap is read while following")
        XCTAssertFalse(feed.gaps.isEmpty, "80 rows a poll, 50 a page: holes wait for the selection")
        XCTAssertEqual(run.state.visibleTable?.row(at: 0)?.id, "i-\(server.total)", "the newest row on top")
    }

    func testOneRequestARefreshHoweverFastRowsArrive() {
        let server = BusyServer(startingRows: 100, perPoll: 400)
        var run = run(server)
        run.run(seconds: 5)
        let settled = run.count(LogsResource.source.id)
        run.run(seconds: 30)
        let requests = run.count(LogsResource.source.id) - settled
        XCTAssertLessThanOrEqual(requests, 31, "\(requests) log requests in 30 s at a 1 s refresh")
        XCTAssertGreaterThanOrEqual(requests, 28, "a poll each refresh")
        XCTAssertLessThanOrEqual(run.state[LogsResource.source].value?.feed.rows.count ?? 0, 2_000)
    }

    func testPausedAGapIsReadWhenTheSelectionIsOnTheRowAboveItAndTheSelectionStays() throws {
        var state = CoreFixture.state(pane: .logs, width: 160, height: 48)
        state.load(LogsResource.source, LogsResourceTests.newestPage(upTo: 100))
        state.load(LogsResource.source, LogsResourceTests.newestPage(upTo: 300))
        let gap = try XCTUnwrap(state[LogsResource.source].value?.feed.gaps.first)
        XCTAssertEqual(gap.afterID, "i-251")
        for _ in 0..<48 { _ = state.reduce(.key(.character("j"))) }
        XCTAssertNil(LogsResource.query(in: state).fill, "not before the selection is on the row above the gap")
        _ = state.reduce(.key(.character("j")))
        XCTAssertEqual(state.visibleTable?.row(at: state.ui.list(.logs).selected)?.id, "i-251")
        var query = LogsResource.query(in: state)
        XCTAssertEqual(query.fill, gap)
        let asked = RequestKey(query)
        query.fill = nil
        XCTAssertEqual(asked, RequestKey(query), "a gap read is no other request than a poll: it takes a poll's turn")

        let missing = (201...250).reversed().map(LogsResourceTests.summary)
        state.load(LogsResource.source, .gap(gap, LogPage(items: missing, style: .offset, total: 300, next: .offset(100))))
        XCTAssertEqual(state.visibleTable?.row(at: state.ui.list(.logs).selected)?.id, "i-251", "the selected row stays")
        XCTAssertEqual(state.visibleTable?.row(at: state.ui.list(.logs).selected + 1)?.id, "i-250", "the rows read come below it")
        XCTAssertNil(LogsResource.query(in: state).fill, "the next turn polls the newest page")
    }
}
