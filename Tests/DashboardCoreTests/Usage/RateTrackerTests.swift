import XCTest
@testable import DashboardCore

final class RateTrackerTests: XCTestCase {
    private let start = UsageFixture.date("2026-09-08T12:00:00Z")

    private func at(_ seconds: TimeInterval) -> Date {
        start.addingTimeInterval(seconds)
    }

    func testNoRateUntilThreeReadings() {
        var tracker = RateTracker()
        tracker.record(cumulative: 100, at: at(0))
        tracker.record(cumulative: 150, at: at(10))
        XCTAssertNil(tracker.ratePerSecond, "two readings are not enough")
        tracker.record(cumulative: 200, at: at(20))
        XCTAssertEqual(tracker.ratePerSecond, 5)
        XCTAssertEqual(tracker.ratePerHour, 18_000)
    }

    func testAQuietPollDoesNotReadAsZero() {
        var tracker = RateTracker()
        // A request lands every other second; polls every second see 0, 1, 0, 1 new requests.
        for second in 0...60 { tracker.record(cumulative: Double(second / 2), at: at(Double(second))) }
        let rate = try! XCTUnwrap(tracker.ratePerSecond)
        XCTAssertEqual(rate, 0.5, accuracy: 0.01)
        tracker.record(cumulative: 30, at: at(61))
        XCTAssertEqual(try XCTUnwrap(tracker.ratePerSecond), 0.5, accuracy: 0.02, "one quiet second changes little")
    }

    func testOnlyTheLastMinuteCounts() {
        var tracker = RateTracker()
        for second in stride(from: 0, through: 100, by: 10) {
            // 10 per second for the first 40 s, 1 per second after.
            let value = second <= 40 ? Double(second) * 10 : 400 + Double(second - 40)
            tracker.record(cumulative: value, at: at(Double(second)))
        }
        XCTAssertEqual(try XCTUnwrap(tracker.ratePerSecond), 1, accuracy: 1e-9, "readings from 40 s to 100 s")
    }

    func testACounterResetStartsAfresh() {
        var tracker = RateTracker()
        for second in 0..<5 { tracker.record(cumulative: Double(second) * 10, at: at(Double(second))) }
        tracker.record(cumulative: 3, at: at(5))
        XCTAssertNil(tracker.ratePerSecond, "after a reset it needs three readings again")
        tracker.record(cumulative: 5, at: at(6))
        tracker.record(cumulative: 7, at: at(7))
        XCTAssertEqual(tracker.ratePerSecond, 2)
    }

    func testRepeatedEarlierAndNonFiniteReadingsAreIgnored() {
        var tracker = RateTracker()
        tracker.record(cumulative: 0, at: at(0))
        tracker.record(cumulative: 40, at: at(10))
        tracker.record(cumulative: 999, at: at(10))
        tracker.record(cumulative: 999, at: at(5))
        tracker.record(cumulative: .nan, at: at(11))
        tracker.record(cumulative: .infinity, at: at(12))
        tracker.record(cumulative: 80, at: at(20))
        XCTAssertEqual(tracker.ratePerSecond, 4)
    }

    func testMemoryIsBounded() {
        var tracker = RateTracker(window: 60, capacity: 4)
        for second in 0..<1_000 { tracker.record(cumulative: Double(second), at: at(Double(second))) }
        XCTAssertEqual(tracker.ratePerSecond, 1)
    }
}

final class SeriesCounterTests: XCTestCase {
    private let hour = UsageFixture.date("2026-09-08T12:00:00Z")
    private func bucket(_ hours: Double) -> Date { hour.addingTimeInterval(hours * 3_600) }

    func testCountsWhatTheNewestBucketGains() {
        var counter = SeriesCounter()
        counter.observe([(bucket(-1), 500), (bucket(0), 40)])
        XCTAssertEqual(counter.total, 0, "the first reading is the baseline")
        counter.observe([(bucket(-1), 500), (bucket(0), 45)])
        XCTAssertEqual(counter.total, 5)
    }

    func testABucketBoundaryBetweenPollsLosesNothing() {
        var counter = SeriesCounter()
        counter.observe([(bucket(-1), 500), (bucket(0), 40)])
        // Two more arrived in the old hour before it closed, then three in the new one.
        counter.observe([(bucket(-1), 500), (bucket(0), 42), (bucket(1), 3)])
        XCTAssertEqual(counter.total, 5)
    }

    func testOldTrafficLeavingTheWindowIsNotANegativeRate() {
        var counter = SeriesCounter()
        counter.observe([(bucket(-23), 900), (bucket(0), 40)])
        counter.observe([(bucket(-22), 10), (bucket(0), 41)])
        XCTAssertEqual(counter.total, 1)
    }

    func testTheLiveRateOfASteadyTrafficIsSteady() {
        var rate = LiveRate()
        for second in 0...20 {
            // One request every 2 seconds into the current hour.
            rate.observe([(bucket(-1), 800), (bucket(0), Double(second / 2))], at: hour.addingTimeInterval(Double(second)))
        }
        XCTAssertEqual(try XCTUnwrap(rate.ratePerSecond), 0.5, accuracy: 0.03)
    }
}
