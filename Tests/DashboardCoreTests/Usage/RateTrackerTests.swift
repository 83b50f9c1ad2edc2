import XCTest
#if canImport(DashboardCore)
import DashboardCore
#else
import Usage
#endif

final class RateTrackerTests: XCTestCase {
    private let start = UsageFixture.date("2026-09-08T12:00:00Z")

    private func at(_ seconds: TimeInterval) -> Date {
        start.addingTimeInterval(seconds)
    }

    func testFirstReadingGivesNoRate() {
        var tracker = RateTracker()
        tracker.record(cumulative: 100, at: start)
        XCTAssertNil(tracker.latestRatePerSecond)
        XCTAssertTrue(tracker.ratesPerSecond.isEmpty)
    }

    func testRateIsDeltaOverElapsedTime() {
        var tracker = RateTracker()
        tracker.record(cumulative: 100, at: at(0))
        tracker.record(cumulative: 150, at: at(10))
        XCTAssertEqual(tracker.latestRatePerSecond, 5)
        XCTAssertEqual(tracker.latestRatePerHour, 18_000)
        tracker.record(cumulative: 150, at: at(20))
        XCTAssertEqual(tracker.latestRatePerSecond, 0)
        XCTAssertEqual(Array(tracker.ratesPerSecond), [5, 0])
    }

    func testCounterDropGivesNoRateAndBecomesTheBaseline() {
        var tracker = RateTracker()
        tracker.record(cumulative: 100, at: at(0))
        tracker.record(cumulative: 150, at: at(10))
        tracker.record(cumulative: 20, at: at(20))
        XCTAssertNil(tracker.latestRatePerSecond)
        XCTAssertEqual(Array(tracker.ratesPerSecond), [5])
        tracker.record(cumulative: 50, at: at(30))
        XCTAssertEqual(tracker.latestRatePerSecond, 3)
        XCTAssertEqual(Array(tracker.ratesPerSecond), [5, 3])
    }

    func testRepeatedOrEarlierTimesAreIgnored() {
        var tracker = RateTracker()
        tracker.record(cumulative: 0, at: at(0))
        tracker.record(cumulative: 40, at: at(10))
        tracker.record(cumulative: 999, at: at(10))
        tracker.record(cumulative: 999, at: at(5))
        XCTAssertEqual(tracker.latestRatePerSecond, 4)
        // Baseline is still (40, t+10): (60 − 40) / 10 s.
        tracker.record(cumulative: 60, at: at(20))
        XCTAssertEqual(tracker.latestRatePerSecond, 2)
        XCTAssertEqual(Array(tracker.ratesPerSecond), [4, 2])
    }

    func testNonFiniteReadingsAreIgnored() {
        var tracker = RateTracker()
        tracker.record(cumulative: 10, at: at(0))
        tracker.record(cumulative: .nan, at: at(5))
        tracker.record(cumulative: .infinity, at: at(6))
        tracker.record(cumulative: 30, at: at(10))
        XCTAssertEqual(tracker.latestRatePerSecond, 2)
    }

    func testHistoryIsBounded() {
        var tracker = RateTracker(capacity: 2)
        for step in 0...4 {
            tracker.record(cumulative: Double(step * step), at: at(Double(step)))
        }
        // Steps: 1, 3, 5, 7 per second; only the last two are kept.
        XCTAssertEqual(Array(tracker.ratesPerSecond), [5, 7])
        XCTAssertEqual(tracker.ratesPerSecond.capacity, 2)
    }
}
