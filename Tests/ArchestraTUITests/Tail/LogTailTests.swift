import Foundation
import XCTest
import ArchestraAPI
@testable import archestra_tui

/// `logs` reads its rows as the panes do and hands each one out once, oldest first, in both paging styles.
final class LogTailTests: XCTestCase {
    private func tail(_ log: FakeLog) -> LogTail<MCPToolCall> {
        LogTail { request in try log.page(request) }
    }

    func testStartGivesTheNewestRowsOldestFirstAcrossPages() async throws {
        for style in LogPagingStyle.allCases {
            let log = FakeLog(style: style)
            let ids = log.add(130)
            var tail = tail(log)

            let rows = try await tail.start(count: 70)

            XCTAssertEqual(rows.map(\.id), Array(ids.suffix(70)), "\(style)")
            XCTAssertEqual(log.requests.count, 2, "\(style): the newest page of 50 and one older page")
        }
    }

    func testStartWithFewerRowsThanAskedGivesWhatThereIs() async throws {
        let log = FakeLog(style: .cursor)
        let ids = log.add(7)
        var tail = tail(log)

        let rows = try await tail.start(count: 20)

        XCTAssertEqual(rows.map(\.id), ids)
        XCTAssertEqual(log.requests.count, 1)
    }

    func testAPollGivesOnlyTheNewRowsOldestFirstWithOneRequest() async throws {
        for style in LogPagingStyle.allCases {
            let log = FakeLog(style: style)
            log.add(30)
            var tail = tail(log)
            _ = try await tail.start(count: 5)
            let polled = try await tail.poll()
            XCTAssertEqual(polled, [], "\(style): nothing came")

            let new = log.add(3)
            let before = log.requests.count
            let rows = try await tail.poll()

            XCTAssertEqual(rows.map(\.id), new, "\(style)")
            XCTAssertEqual(log.requests.count - before, 1, "\(style): the newest page only")
        }
    }

    func testMoreRowsThanAPageBetweenPollsAreAllHandedOutOnceInOrder() async throws {
        for style in LogPagingStyle.allCases {
            let log = FakeLog(style: style)
            log.add(10)
            var tail = tail(log)
            _ = try await tail.start(count: 0)

            let new = log.add(137)
            let rows = try await tail.poll()

            XCTAssertEqual(rows.map(\.id), new, "\(style): the rows between the newest page and the held ones are read too")
            let again = try await tail.poll()
            XCTAssertEqual(again, [], "\(style)")
        }
    }

    func testAFailedPollLosesNothing() async throws {
        let log = FakeLog(style: .offset)
        log.add(5)
        var tail = tail(log)
        _ = try await tail.start(count: 5)
        let new = log.add(80)
        // The newest page is answered, then the request for the rows below it fails.
        log.fail(.transport(.connectionRefused, endpoint: "GET /api/mcp-tool-calls"), afterAnswering: 1)
        do {
            _ = try await tail.poll()
            XCTFail("the poll should fail")
        } catch let error as ArchestraError {
            XCTAssertEqual(error, .transport(.connectionRefused, endpoint: "GET /api/mcp-tool-calls"))
        }

        let rows = try await tail.poll()

        XCTAssertEqual(rows.map(\.id), new, "the rows read before the failure come out with the rest")
    }

    func testAnEmptyLogThatFillsUpHandsOutEverything() async throws {
        let log = FakeLog(style: .cursor)
        var tail = tail(log)
        let none = try await tail.start(count: 20)
        XCTAssertEqual(none, [])

        let new = log.add(75)
        let rows = try await tail.poll()

        XCTAssertEqual(rows.map(\.id), new)
    }
}
