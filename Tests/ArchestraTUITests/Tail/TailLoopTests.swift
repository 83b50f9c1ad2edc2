import Foundation
import Synchronization
import XCTest
import ArchestraAPI
import DashboardCore
@testable import archestra_tui

/// How `logs --follow` waits, backs off and says so, with time taken out: every wait is recorded, not slept.
final class TailLoopTests: XCTestCase {
    /// What the loop did: the waits it asked for and the lines it said.
    final class Record: Sendable {
        let waits = Mutex<[Duration]>([])
        let said = Mutex<[String]>([])
    }

    struct Stop: Error {}

    /// A loop whose sleeps are recorded; the `polls`-th wait for the refresh interval stops it. No jitter: the
    /// first backoff is then three quarters of the interval, told apart from it.
    func loop(_ record: Record, follow: Bool = true, refresh: TimeInterval = 2, stopAfterPolls polls: Int = 3) -> TailLoop {
        let refreshWait = TailLoop.duration(refresh)
        return TailLoop(
            refresh: refresh, follow: follow,
            sleep: { wait in
                let count = record.waits.withLock { waits in
                    waits.append(wait)
                    return waits.filter { $0 == refreshWait }.count
                }
                if wait == refreshWait, count >= polls { throw Stop() }
            },
            jitter: { 0 }, say: { line in record.said.withLock { $0.append(line) } })
    }

    func testFollowPollsEveryRefreshIntervalAndPrintsEachNewRowOnce() async throws {
        let log = FakeLog(style: .cursor)
        let old = log.add(3)
        let record = Record()
        var tail = LogTail<MCPToolCall> { request in
            // Each poll after the first finds two new rows.
            if case .newest = request.position, log.requests.count > 0 { log.add(2) }
            return try log.page(request)
        }
        var printed: [[String]] = []

        do {
            try await loop(record).run(&tail, count: 2) { rows in printed.append(rows.map(\.id)) }
        } catch is Stop {}

        XCTAssertEqual(printed, [Array(old.suffix(2)), ["call-4", "call-5"], ["call-6", "call-7"]])
        XCTAssertEqual(record.waits.withLock { $0 }, [.seconds(2), .seconds(2), .seconds(2)])
        XCTAssertEqual(record.said.withLock { $0 }, [], "nothing to say when all goes well")
    }

    func testAServerThatGoesAwayIsSaidAndAskedAgainWithBackoffUntilItAnswers() async throws {
        let log = FakeLog(style: .offset)
        log.add(4)
        let refused = ArchestraError.transport(.connectionRefused, endpoint: "GET /api/mcp-tool-calls")
        let record = Record()
        var tail = LogTail<MCPToolCall> { request in try log.page(request) }
        var printed: [[String]] = []
        // The first poll and three attempts after it fail; the fifth answers.
        var calls = 0
        do {
            try await loop(record, stopAfterPolls: 2).run(&tail, count: 1) { rows in
                printed.append(rows.map(\.id))
                calls += 1
                if calls == 1 {
                    let unavailable = ArchestraError.http(
                        status: 503, type: nil, message: "Service Unavailable", endpoint: "GET /api/mcp-tool-calls")
                    log.fail(with: [refused, refused, refused, unavailable])
                    log.add(1)
                }
            }
        } catch is Stop {}

        XCTAssertEqual(printed, [["call-4"], ["call-5"]], "the row logged while the server was away comes out once it is back")
        let expected = (1...4).map { TailLoop.duration(Backoff.delay(afterFailures: $0, base: 2, jitter: 0)) }
        XCTAssertEqual(record.waits.withLock { $0 }, [.seconds(2)] + expected + [.seconds(2)])
        let said = record.said.withLock { $0 }
        XCTAssertEqual(said.count, 5, said.joined(separator: "\n"))
        XCTAssertTrue(said[0].hasPrefix("Connection refused on GET /api/mcp-tool-calls"), said[0])
        XCTAssertTrue(said[0].hasSuffix("retrying in 2s"), said[0])
        XCTAssertTrue(said[3].hasPrefix("503 Service Unavailable"), said[3])
        XCTAssertEqual(said[4], "the server answers again")
    }

    func testWhatOnlyAPersonCanFixEndsTheFollow() async throws {
        for error in [
            ArchestraError.http(status: 401, type: nil, message: "Unauthorized", endpoint: "GET /api/mcp-tool-calls"),
            ArchestraError.http(status: 403, type: nil, message: "Forbidden", endpoint: "GET /api/mcp-tool-calls"),
        ] {
            let log = FakeLog(style: .cursor)
            log.add(2)
            log.fail(with: [error])
            let record = Record()
            var tail = LogTail<MCPToolCall> { request in try log.page(request) }
            do {
                try await loop(record).run(&tail, count: 1) { _ in }
                XCTFail("\(error) should end the run")
            } catch let thrown as ArchestraError {
                XCTAssertEqual(thrown, error)
            }
            XCTAssertEqual(record.waits.withLock { $0 }, [], "no retry of \(error)")
        }
    }

    func testWithoutFollowTheNewestRowsArePrintedOnceAndAnyErrorEnds() async throws {
        let log = FakeLog(style: .offset)
        let ids = log.add(30)
        let record = Record()
        var tail = LogTail<MCPToolCall> { request in try log.page(request) }
        var printed: [String] = []
        try await loop(record, follow: false).run(&tail, count: 20) { rows in printed += rows.map(\.id) }
        XCTAssertEqual(printed, Array(ids.suffix(20)))
        XCTAssertEqual(log.requests.count, 1)

        let refused = ArchestraError.transport(.connectionRefused, endpoint: "GET /api/mcp-tool-calls")
        log.fail(with: [refused])
        var again = LogTail<MCPToolCall> { request in try log.page(request) }
        do {
            try await loop(record, follow: false).run(&again, count: 20) { _ in }
            XCTFail("a server that cannot be reached ends a run without --follow")
        } catch let thrown as ArchestraError {
            XCTAssertEqual(thrown, refused)
        }
        XCTAssertEqual(record.waits.withLock { $0 }, [])
    }
}
