import XCTest
#if canImport(DashboardCore)
import DashboardCore
#else
import Usage
#endif

final class LimitUsageHistoryTests: XCTestCase {
    private let start = UsageFixture.date("2026-09-08T12:00:00Z")

    private func at(_ seconds: TimeInterval) -> Date {
        start.addingTimeInterval(seconds)
    }

    func testKeepsSamplesPerLimitInTimeOrder() {
        var history = LimitUsageHistory()
        history.record(limitId: "a", used: 1, at: at(0))
        history.record(limitId: "b", used: 7, at: at(0))
        history.record(limitId: "a", used: 2, at: at(10))
        XCTAssertEqual(Array(history.samples(for: "a")),
                       [UsageSample(time: at(0), used: 1), UsageSample(time: at(10), used: 2)])
        XCTAssertEqual(Array(history.samples(for: "b")), [UsageSample(time: at(0), used: 7)])
        XCTAssertTrue(history.samples(for: "missing").isEmpty)
        XCTAssertEqual(history.limitIds, ["a", "b"])
    }

    func testDefaultCapacityIs360PerLimit() {
        var history = LimitUsageHistory()
        for step in 0..<400 {
            history.record(limitId: "a", used: Double(step), at: at(Double(step)))
        }
        let samples = history.samples(for: "a")
        XCTAssertEqual(samples.count, 360)
        XCTAssertEqual(samples.first, UsageSample(time: at(40), used: 40))
        XCTAssertEqual(samples.last, UsageSample(time: at(399), used: 399))
    }

    func testIgnoresStaleAndNonFiniteReadings() {
        var history = LimitUsageHistory(capacity: 5)
        history.record(limitId: "a", used: 5, at: at(10))
        history.record(limitId: "a", used: 6, at: at(10))
        history.record(limitId: "a", used: 7, at: at(5))
        history.record(limitId: "a", used: .nan, at: at(20))
        XCTAssertEqual(Array(history.samples(for: "a")), [UsageSample(time: at(10), used: 5)])
    }

    func testPollForgetsLimitsThatDisappeared() {
        var history = LimitUsageHistory(capacity: 5)
        history.record(limitId: "a", used: 1, at: at(0))
        history.record(limitId: "b", used: 1, at: at(0))
        history.recordPoll(["a": 3, "c": nil], at: at(10))
        XCTAssertEqual(history.limitIds, ["a"])
        XCTAssertEqual(history.samples(for: "a").map(\.used), [1, 3])
        XCTAssertTrue(history.samples(for: "b").isEmpty)
        XCTAssertTrue(history.samples(for: "c").isEmpty)
    }

    func testRetainOnly() {
        var history = LimitUsageHistory(capacity: 5)
        history.record(limitId: "a", used: 1, at: at(0))
        history.record(limitId: "b", used: 2, at: at(0))
        history.retainOnly(["b", "z"])
        XCTAssertEqual(history.limitIds, ["b"])
    }

    func testUsageDropAfterAResetIsKeptForTheForecastToSee() {
        var history = LimitUsageHistory(capacity: 5)
        history.record(limitId: "a", used: 90, at: at(0))
        history.record(limitId: "a", used: 4, at: at(60))
        XCTAssertEqual(history.samples(for: "a").map(\.used), [90, 4])
    }
}
