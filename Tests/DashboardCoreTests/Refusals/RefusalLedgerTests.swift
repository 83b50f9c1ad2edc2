import XCTest
@testable import DashboardCore

/// The ledger stays bounded however many refusals come, and says since when its count is complete.
final class RefusalLedgerTests: XCTestCase {
    func refusal(_ number: Int, at date: Date) -> WatchedInteraction {
        WatchedInteraction(id: "r-\(number)", createdAt: date, refusal: Refusal(agentLabel: "bot", tool: "t"))
    }

    func testAFloodKeepsTheNewestThousandAndSaysSinceWhen() {
        var ledger = RefusalLedger()
        let start = CoreFixture.now
        ledger.cover(since: start.addingTimeInterval(-RefusalLedger.window))
        // Five refusals a second for ten minutes.
        for second in 0..<600 {
            let time = start.addingTimeInterval(Double(second))
            ledger.count((0..<5).map { refusal(second * 5 + $0, at: time) }, now: time)
        }
        let now = start.addingTimeInterval(599)
        XCTAssertEqual(ledger.marks.count, RefusalLedger.capacity)
        let tally = ledger.tally(at: now)
        XCTAssertEqual(tally?.count, RefusalLedger.capacity)
        XCTAssertEqual(tally?.since, start.addingTimeInterval(400), "complete only since the oldest kept")
    }

    func testEachRefusalCountsOnceAndLeavesAfterAnHour() {
        var ledger = RefusalLedger()
        let start = CoreFixture.now
        ledger.cover(since: start.addingTimeInterval(-RefusalLedger.window))
        XCTAssertEqual(ledger.count([refusal(1, at: start)], now: start).count, 1)
        XCTAssertEqual(ledger.count([refusal(1, at: start)], now: start).count, 0, "a row read again is not counted again")
        XCTAssertEqual(ledger.count([WatchedInteraction(id: "ok", createdAt: start)], now: start).count, 0, "not a refusal")
        let later = start.addingTimeInterval(RefusalLedger.window + 1)
        ledger.prune(now: later)
        XCTAssertEqual(ledger.marks, [], "nothing older than the hour is kept")
        XCTAssertEqual(ledger.tally(at: later), RefusalTally(count: 0, since: nil))
    }
}
