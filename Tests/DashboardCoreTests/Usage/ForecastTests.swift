import XCTest
#if canImport(DashboardCore)
    import DashboardCore
#else
    import Usage
#endif

final class ForecastTests: XCTestCase {
    private let start = UsageFixture.date("2026-09-08T12:00:00Z")

    /// A sample `minutes` after 12:00.
    private func sample(_ minutes: Double, _ used: Double) -> UsageSample {
        UsageSample(time: start.addingTimeInterval(minutes * 60), used: used)
    }

    private func at(hours: Double) -> Date {
        start.addingTimeInterval(hours * 3_600)
    }

    private func capSeconds(_ forecast: Forecast, file: StaticString = #filePath, line: UInt = #line) -> TimeInterval? {
        guard case .capIn(let seconds) = forecast.outcome else {
            XCTFail("expected capIn, got \(forecast.outcome)", file: file, line: line)
            return nil
        }
        return seconds
    }

    func testSteadyBurnReachesTheCapBeforeTheReset() throws {
        // $5 every 30 minutes = $10/h; $50 of headroom at 13:00 is 5 hours.
        let forecast = Forecast.make(
            samples: [sample(0, 40), sample(30, 45), sample(60, 50)],
            limit: 100, now: at(hours: 1), nextReset: at(hours: 24))
        XCTAssertEqual(forecast.burnRatePerHour, 10)
        XCTAssertEqual(try XCTUnwrap(capSeconds(forecast)), 18_000)
        XCTAssertEqual(forecast.projectedAtReset, 280)  // 50 + 10 × 23 h
        XCTAssertEqual(forecast.summary, "cap in 5h")
    }

    func testTimeToCapCountsFromTheLatestSampleNotFromNow() throws {
        // Latest reading at 13:00; it is now 13:10, so 10 of the 5 hours are gone.
        let forecast = Forecast.make(
            samples: [sample(0, 40), sample(60, 50)],
            limit: 100, now: at(hours: 1).addingTimeInterval(600), nextReset: nil)
        XCTAssertEqual(try XCTUnwrap(capSeconds(forecast)), 17_400)
        XCTAssertNil(forecast.projectedAtReset)
        XCTAssertEqual(forecast.summary, "cap in 4h 50m")
    }

    func testSamplesMayArriveOutOfOrder() throws {
        let forecast = Forecast.make(
            samples: [sample(60, 50), sample(0, 40), sample(30, 45)],
            limit: 100, now: at(hours: 1), nextReset: at(hours: 24))
        XCTAssertEqual(forecast.burnRatePerHour, 10)
        XCTAssertEqual(try XCTUnwrap(capSeconds(forecast)), 18_000)
    }

    func testLeastSquaresSmoothsJitter() {
        // Readings 0, 3, 3, 5 at hours 0–3 (means 1.5 h and 2.75):
        // Σ(x−x̄)(y−ȳ) = 4.125 − 0.125 + 0.125 + 3.375 = 7.5; Σ(x−x̄)² = 5 → $1.5/h,
        // where the end points alone would say $5/3 h.
        let forecast = Forecast.make(
            samples: [sample(0, 0), sample(60, 3), sample(120, 3), sample(180, 5)],
            limit: 1_000, now: at(hours: 3), nextReset: at(hours: 5))
        XCTAssertEqual(forecast.burnRatePerHour, 1.5)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 8))  // 5 + 1.5 × 2 h
    }

    func testSlowBurnStaysWithinTheLimit() {
        // $2/h from $102 for 24 more hours ends near $150, under the $500 cap.
        let forecast = Forecast.make(
            samples: [sample(0, 100), sample(60, 102)],
            limit: 500, now: at(hours: 1), nextReset: at(hours: 25))
        XCTAssertEqual(forecast.burnRatePerHour, 2)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 150))
        XCTAssertEqual(forecast.projectedAtReset, 150)
        XCTAssertEqual(forecast.summary, "≈$150.00 at reset")
    }

    func testReachingTheCapExactlyAtTheResetIsWithinTheLimit() {
        // $60 now, $10/h, reset in 4 h: exactly $100 at the reset.
        let forecast = Forecast.make(
            samples: [sample(0, 60)], limit: 100, now: start,
            nextReset: at(hours: 4), fallbackRatePerHour: 10)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 100))
    }

    func testAlreadyOver() {
        let forecast = Forecast.make(samples: [sample(0, 120)], limit: 100, now: start, nextReset: at(hours: 2))
        XCTAssertEqual(forecast.outcome, .alreadyOver)
        XCTAssertNil(forecast.burnRatePerHour)
        XCTAssertEqual(forecast.summary, "over limit")
    }

    func testExactlyAtTheCapIsNotOverButTheCapIsNow() {
        let forecast = Forecast.make(
            samples: [sample(0, 90), sample(60, 100)],
            limit: 100, now: at(hours: 1), nextReset: at(hours: 2))
        XCTAssertEqual(forecast.outcome, .capIn(0))
        XCTAssertEqual(forecast.summary, "cap in 0s")
    }

    func testADropMeansAResetAndOlderSamplesAreIgnored() {
        // 90 → 95, then reset to 5; after it 5, 8, 11 at 14:00, 15:00, 16:00 = $3/h.
        let samples = [sample(0, 90), sample(60, 95), sample(120, 5), sample(180, 8), sample(240, 11)]
        let forecast = Forecast.make(samples: samples, limit: 100, now: at(hours: 4), nextReset: at(hours: 10))
        XCTAssertEqual(forecast.burnRatePerHour, 3)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 29))  // 11 + 3 × 6 h
    }

    func testOnlyTheLastOfSeveralResetsCounts() {
        let samples = [sample(0, 50), sample(60, 10), sample(120, 30), sample(180, 2), sample(240, 4)]
        let forecast = Forecast.make(samples: samples, limit: 100, now: at(hours: 4), nextReset: at(hours: 6))
        XCTAssertEqual(forecast.burnRatePerHour, 2)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 8))
    }

    func testSingleSampleAfterAResetIsUnknownWithoutAFallback() {
        let forecast = Forecast.make(
            samples: [sample(0, 90), sample(60, 95), sample(120, 5)],
            limit: 100, now: at(hours: 2), nextReset: at(hours: 10))
        XCTAssertEqual(forecast.outcome, .unknown)
        XCTAssertNil(forecast.burnRatePerHour)
        XCTAssertNil(forecast.projectedAtReset)
        XCTAssertEqual(forecast.summary, "no forecast")
    }

    func testFallbackRateIsUsedWhenSamplesAreInsufficient() {
        // Latest $5 at 14:00, fallback $2/h, reset at 22:00: 5 + 2 × 8 = 21.
        let forecast = Forecast.make(
            samples: [sample(0, 90), sample(60, 95), sample(120, 5)],
            limit: 100, now: at(hours: 2), nextReset: at(hours: 10), fallbackRatePerHour: 2)
        XCTAssertEqual(forecast.burnRatePerHour, 2)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 21))
    }

    func testSingleSampleWithFallbackCanReachTheCap() throws {
        // $50 used, $25/h: $50 headroom lasts 2 hours, reset in 5.
        let forecast = Forecast.make(
            samples: [sample(0, 50)], limit: 100, now: start,
            nextReset: at(hours: 5), fallbackRatePerHour: 25)
        XCTAssertEqual(try XCTUnwrap(capSeconds(forecast)), 7_200)
        XCTAssertEqual(forecast.projectedAtReset, 175)
        XCTAssertEqual(forecast.summary, "cap in 2h")
    }

    func testSampledRateWinsOverTheFallback() {
        let forecast = Forecast.make(
            samples: [sample(0, 10), sample(60, 11)], limit: 100, now: at(hours: 1),
            nextReset: at(hours: 2), fallbackRatePerHour: 500)
        XCTAssertEqual(forecast.burnRatePerHour, 1)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 12))
    }

    func testNegativeOrNonFiniteFallbackIsClampedOrIgnored() {
        let negative = Forecast.make(
            samples: [sample(0, 40)], limit: 100, now: start,
            nextReset: at(hours: 1), fallbackRatePerHour: -5)
        XCTAssertEqual(negative.burnRatePerHour, 0)
        XCTAssertEqual(negative.outcome, .withinLimit(projectedAtReset: 40))
        let nan = Forecast.make(
            samples: [sample(0, 40)], limit: 100, now: start,
            nextReset: at(hours: 1), fallbackRatePerHour: .nan)
        XCTAssertNil(nan.burnRatePerHour)
        XCTAssertEqual(nan.outcome, .unknown)
    }

    func testSamplesWithinOneSecondAreNotEnough() {
        let close = [UsageSample(time: start, used: 10), UsageSample(time: start.addingTimeInterval(0.5), used: 20)]
        let forecast = Forecast.make(samples: close, limit: 100, now: start, nextReset: at(hours: 1))
        XCTAssertEqual(forecast.outcome, .unknown)
        XCTAssertNil(forecast.burnRatePerHour)
    }

    func testZeroBurnStaysAtTheCurrentUsage() {
        let forecast = Forecast.make(
            samples: [sample(0, 30), sample(60, 30), sample(120, 30)],
            limit: 100, now: at(hours: 2), nextReset: at(hours: 3))
        XCTAssertEqual(forecast.burnRatePerHour, 0)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 30))
        XCTAssertEqual(forecast.summary, "≈$30.00 at reset")
    }

    func testZeroBurnWithoutAResetIsUnknown() {
        let forecast = Forecast.make(
            samples: [sample(0, 30), sample(60, 30)],
            limit: 100, now: at(hours: 1), nextReset: nil)
        XCTAssertEqual(forecast.burnRatePerHour, 0)
        XCTAssertEqual(forecast.outcome, .unknown)
    }

    func testNoSamplesIsUnknownButKeepsTheFallbackRate() {
        let forecast = Forecast.make(samples: [], limit: 100, now: start, nextReset: at(hours: 1), fallbackRatePerHour: 4)
        XCTAssertEqual(forecast.outcome, .unknown)
        XCTAssertEqual(forecast.burnRatePerHour, 4)
        XCTAssertNil(forecast.projectedAtReset)
    }

    func testUnusableLimitIsUnknown() {
        for limit in [0, -10, Double.nan, Double.infinity] {
            let forecast = Forecast.make(
                samples: [sample(0, 30), sample(60, 40)], limit: limit,
                now: at(hours: 1), nextReset: at(hours: 2))
            XCTAssertEqual(forecast.outcome, .unknown, "limit \(limit)")
        }
    }

    func testNonFiniteReadingsAreIgnored() {
        let forecast = Forecast.make(
            samples: [sample(0, 10), sample(30, .nan), sample(60, 20)],
            limit: 100, now: at(hours: 1), nextReset: at(hours: 2))
        XCTAssertEqual(forecast.burnRatePerHour, 10)
        XCTAssertEqual(forecast.outcome, .withinLimit(projectedAtReset: 30))
    }

    func testStaleResetDoesNotProjectBackwards() {
        // The reset time is already behind the latest sample (cleanup overdue): projection is today's usage.
        let forecast = Forecast.make(
            samples: [sample(0, 10), sample(60, 20)],
            limit: 100, now: at(hours: 1), nextReset: at(hours: 0.5))
        XCTAssertEqual(forecast.projectedAtReset, 20)
    }

    func testSummaryWithACustomUnit() {
        let forecast = Forecast(burnRatePerHour: 3, projectedAtReset: 150, outcome: .withinLimit(projectedAtReset: 150))
        XCTAssertEqual(forecast.summary(formatValue: { "\(Int($0)) calls" }), "≈150 calls at reset")
    }

    func testSummaryRoundsDollarsAndDurations() {
        XCTAssertEqual(
            Forecast(
                burnRatePerHour: 1, projectedAtReset: 412.4,
                outcome: .withinLimit(projectedAtReset: 412.4)
            ).summary,
            "≈$412.40 at reset")
        XCTAssertEqual(
            Forecast(burnRatePerHour: 1, projectedAtReset: nil, outcome: .capIn(11_400)).summary,
            "cap in 3h 10m")
        XCTAssertEqual(
            Forecast(burnRatePerHour: 1, projectedAtReset: nil, outcome: .capIn(187_200)).summary,
            "cap in 2d 4h")
    }
}
