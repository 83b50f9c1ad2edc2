import ArchestraAPI
import XCTest

@testable import DashboardCore

/// The incremental poller: newest page only, merged down to the newest held row, gaps when a poll is
/// outrun, older pages on demand, offsets kept true while new rows push old ones down, and a row cap.
final class LogFeedTests: XCTestCase {
    struct Row: LogFeedRow {
        var id: String
        var version = 0
    }

    /// Rows named by number, newest first.
    private func page(
        _ numbers: [Int], next: LogPagePosition? = nil, total: Int? = nil, style: LogPagingStyle = .cursor
    ) -> LogPage<Row> {
        LogPage(items: numbers.map { Row(id: "r\($0)") }, style: style, total: total, next: next)
    }

    private func ids(_ feed: LogFeed<Row>) -> [String] {
        feed.rows.map(\.id)
    }

    func testEveryPollAsksForTheNewestPageOnlyAndAtMostFiftyRows() {
        let feed = LogFeed<Row>(pollLimit: 500)
        XCTAssertEqual(feed.newestRequest, LogPageRequest(position: .newest, limit: 50))
        XCTAssertEqual(LogFeed<Row>(pollLimit: 10).newestRequest.limit, 10)
        XCTAssertEqual(feed.capacity, 2_000)
        XCTAssertNil(feed.olderRequest, "nothing older is known before the first page")
    }

    func testTheFirstPageFillsTheFeedAndSaysWhereOlderRowsContinue() {
        var feed = LogFeed<Row>(pollLimit: 3)
        let merge = feed.mergeNewest(page([9, 8, 7], next: .cursor("c7")))
        XCTAssertEqual(ids(feed), ["r9", "r8", "r7"])
        XCTAssertEqual(merge, LogMerge(added: 3))
        XCTAssertTrue(feed.gaps.isEmpty)
        XCTAssertEqual(feed.olderRequest, LogPageRequest(position: .cursor("c7"), limit: 3))
        XCTAssertEqual(feed.style, .cursor)
    }

    func testAPollStopsAtTheNewestRowAlreadyHeld() {
        var feed = LogFeed<Row>(pollLimit: 5)
        feed.mergeNewest(page([5, 4, 3, 2, 1]))
        let merge = feed.mergeNewest(page([7, 6, 5, 4, 3], next: .cursor("c3")))
        XCTAssertEqual(ids(feed), ["r7", "r6", "r5", "r4", "r3", "r2", "r1"])
        XCTAssertEqual(merge, LogMerge(added: 2))
        XCTAssertTrue(feed.gaps.isEmpty, "the page reached a held row: nothing is missing")
        let quiet = feed.mergeNewest(page([7, 6, 5, 4, 3], next: .cursor("c3")))
        XCTAssertEqual(quiet, LogMerge(), "an unchanged newest page adds nothing")
        XCTAssertEqual(feed.rows.count, 7)
    }

    func testAPollOutrunByNewRowsLeavesAGapThatFillsOnDemand() throws {
        var feed = LogFeed<Row>(pollLimit: 2)
        feed.mergeNewest(page([3, 2], next: .cursor("c2")))
        let merge = feed.mergeNewest(page([9, 8], next: .cursor("c8")))
        XCTAssertTrue(merge.openedGap)
        XCTAssertEqual(ids(feed), ["r9", "r8", "r3", "r2"])
        let gap = try XCTUnwrap(feed.gaps.first)
        XCTAssertEqual(gap, LogGap(afterID: "r8", position: .cursor("c8")))
        XCTAssertEqual(feed.request(filling: gap), LogPageRequest(position: .cursor("c8"), limit: 2))

        XCTAssertEqual(feed.fill(gap, with: page([7, 6], next: .cursor("c6"))), 2)
        XCTAssertEqual(ids(feed), ["r9", "r8", "r7", "r6", "r3", "r2"])
        XCTAssertEqual(feed.gaps, [LogGap(afterID: "r6", position: .cursor("c6"))], "the gap moves down as it fills")

        let rest = try XCTUnwrap(feed.gaps.first)
        XCTAssertEqual(feed.fill(rest, with: page([5, 4, 3, 2], next: .cursor("c2"))), 2)
        XCTAssertEqual(ids(feed), ["r9", "r8", "r7", "r6", "r5", "r4", "r3", "r2"])
        XCTAssertTrue(feed.gaps.isEmpty, "reaching a held row closes the gap")
        XCTAssertEqual(feed.olderRequest?.position, .cursor("c2"), "older rows still continue below the oldest held")
    }

    func testTheFeedKeepsAtMostItsCapacityDroppingTheOldest() {
        var feed = LogFeed<Row>(capacity: 4, pollLimit: 3)
        feed.mergeNewest(page([3, 2, 1], next: .cursor("c1")))
        let merge = feed.mergeNewest(page([6, 5, 4], next: .cursor("c4")))
        XCTAssertEqual(ids(feed), ["r6", "r5", "r4", "r3"])
        XCTAssertEqual(merge.dropped, 2)
        XCTAssertTrue(feed.isFull)
        XCTAssertNil(feed.olderRequest, "a full feed reads no older pages")
        XCTAssertEqual(feed.gaps, [LogGap(afterID: "r4", position: .cursor("c4"))], "rows are still missing between r4 and r3")

        var small = LogFeed<Row>(capacity: 2, pollLimit: 2)
        small.mergeNewest(page([2, 1], next: .cursor("c1")))
        small.mergeNewest(page([9, 8], next: .cursor("c8")))
        XCTAssertEqual(ids(small), ["r9", "r8"])
        XCTAssertTrue(small.gaps.isEmpty, "a gap with no held rows below it goes with the dropped rows")
    }

    func testOlderPagesAppendBelowWithoutRepeatingRows() {
        var feed = LogFeed<Row>(capacity: 5, pollLimit: 2)
        feed.mergeNewest(page([9, 8], next: .cursor("c8")))
        let request = feed.olderRequest
        XCTAssertEqual(request?.position, .cursor("c8"))
        XCTAssertEqual(feed.appendOlder(page([8, 7], next: .cursor("c7"))), 1)
        XCTAssertEqual(ids(feed), ["r9", "r8", "r7"])
        XCTAssertEqual(feed.appendOlder(page([6, 5, 4], next: .cursor("c4"))), 2)
        XCTAssertEqual(ids(feed), ["r9", "r8", "r7", "r6", "r5"], "older pages stop at the capacity")
        XCTAssertNil(feed.olderRequest)

        var ended = LogFeed<Row>(pollLimit: 2)
        ended.mergeNewest(page([2, 1]))
        XCTAssertNil(ended.olderRequest, "the first page was the last")
    }

    func testOffsetsMoveDownByTheRowsThatArrivedOnTop() {
        var feed = LogFeed<Row>(pollLimit: 3)
        feed.mergeNewest(page([5, 4, 3], next: .offset(3), total: 5, style: .offset))
        XCTAssertEqual(feed.olderRequest?.position, .offset(3))
        let two = feed.mergeNewest(page([7, 6, 5], next: .offset(3), total: 7, style: .offset))
        XCTAssertEqual(two, LogMerge(added: 2, arrived: 2))
        XCTAssertEqual(feed.olderRequest?.position, .offset(5), "two new rows pushed the older ones two places down")

        // Outrun: the total says how many arrived, though the page shows only three of them.
        let merge = feed.mergeNewest(page([13, 12, 11], next: .offset(3), total: 13, style: .offset))
        XCTAssertTrue(merge.openedGap)
        XCTAssertEqual(merge.added, 3)
        XCTAssertEqual(merge.arrived, 6, "six new on the server, three of them shown")
        XCTAssertEqual(feed.olderRequest?.position, .offset(11))
        XCTAssertEqual(feed.gaps, [LogGap(afterID: "r11", position: .offset(3))])
    }

    func testAnOlderPageAnsweredBeforeNewRowsArrivedRepeatsRowsButSkipsNone() {
        var feed = LogFeed<Row>(pollLimit: 3)
        feed.mergeNewest(page([5, 4, 3], next: .offset(3), total: 5, style: .offset))
        feed.mergeNewest(page([7, 6, 5], next: .offset(3), total: 7, style: .offset))
        // The server answered offset 3 before r6 and r7 arrived: "r2, r1, next at 5" (r1 is now at 6).
        feed.appendOlder(page([2, 1], next: .offset(5), total: 5, style: .offset))
        XCTAssertEqual(ids(feed), ["r7", "r6", "r5", "r4", "r3", "r2", "r1"])
        XCTAssertEqual(feed.olderRequest?.position, .offset(5), "taken as it came: at worst rows come again")
        feed.appendOlder(page([2, 1, 0], next: nil, total: 8, style: .offset))
        XCTAssertEqual(ids(feed), ["r7", "r6", "r5", "r4", "r3", "r2", "r1", "r0"], "repeated rows are held once")
    }

    func testAGapPageThatRepeatsRowsAboveTheGapKeepsTheGapOpen() throws {
        var feed = LogFeed<Row>(pollLimit: 2)
        feed.mergeNewest(page([2, 1], next: .offset(2), total: 2, style: .offset))
        feed.mergeNewest(page([9, 8], next: .offset(2), total: 9, style: .offset))
        let gap = try XCTUnwrap(feed.gaps.first)
        XCTAssertEqual(gap.position, .offset(2))
        feed.fill(gap, with: page([9, 8], next: .offset(4), total: 9, style: .offset))
        XCTAssertEqual(feed.gaps, [LogGap(afterID: "r8", position: .offset(4))], "rows from above do not close the gap")
        let moved = try XCTUnwrap(feed.gaps.first)
        feed.fill(moved, with: page([7, 6], next: .offset(6), total: 9, style: .offset))
        let last = try XCTUnwrap(feed.gaps.first)
        feed.fill(last, with: page([5, 4, 3, 2], next: .offset(8), total: 9, style: .offset))
        XCTAssertEqual(ids(feed), ["r9", "r8", "r7", "r6", "r5", "r4", "r3", "r2", "r1"])
        XCTAssertTrue(feed.gaps.isEmpty, "a row held below the gap closes it")
    }

    func testAnUpdatedRowMovesToTheTopAndTheMergeGoesOnPastIt() {
        var feed = LogFeed<Row>(pollLimit: 3)
        feed.mergeNewest(page([3, 2, 1]))
        let merge = feed.mergeNewest(
            LogPage(items: [Row(id: "r1", version: 1), Row(id: "r4"), Row(id: "r3")], style: .cursor))
        XCTAssertEqual(ids(feed), ["r1", "r4", "r3", "r2"])
        XCTAssertEqual(feed.rows.first?.version, 1)
        XCTAssertEqual(merge, LogMerge(added: 1, updated: 1))
    }

    func testARowRepeatedWithinAPageIsHeldOnce() {
        var feed = LogFeed<Row>(pollLimit: 3)
        feed.mergeNewest(page([3, 3, 2]))
        XCTAssertEqual(ids(feed), ["r3", "r2"])
    }
}
