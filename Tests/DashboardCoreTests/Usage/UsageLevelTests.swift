import XCTest
#if canImport(DashboardCore)
    import DashboardCore
#else
    import Usage
#endif

final class UsageLevelTests: XCTestCase {
    func testFractionDividesUsedByLimit() {
        XCTAssertEqual(UsageMath.fraction(used: 50, limit: 200), 0.25)
        XCTAssertEqual(UsageMath.fraction(used: 150, limit: 100), 1.5)
        XCTAssertEqual(UsageMath.fraction(used: 0, limit: 100), 0)
    }

    func testFractionIsNilWithoutAUsableLimitOrUsage() {
        XCTAssertNil(UsageMath.fraction(used: nil, limit: 100))
        XCTAssertNil(UsageMath.fraction(used: 10, limit: 0))
        XCTAssertNil(UsageMath.fraction(used: 10, limit: -5))
        XCTAssertNil(UsageMath.fraction(used: 10, limit: .nan))
        XCTAssertNil(UsageMath.fraction(used: 10, limit: .infinity))
        XCTAssertNil(UsageMath.fraction(used: .nan, limit: 100))
        XCTAssertNil(UsageMath.fraction(used: .infinity, limit: 100))
    }

    func testNegativeUsageCountsAsZero() {
        XCTAssertEqual(UsageMath.fraction(used: -3, limit: 100), 0)
    }

    func testLevelBoundaries() {
        XCTAssertEqual(UsageMath.level(for: 0), .normal)
        XCTAssertEqual(UsageMath.level(for: 0.7499), .normal)
        XCTAssertEqual(UsageMath.level(for: 0.75), .warning)
        XCTAssertEqual(UsageMath.level(for: 0.8999), .warning)
        XCTAssertEqual(UsageMath.level(for: 0.9), .danger)
        XCTAssertEqual(UsageMath.level(for: 1.0), .danger)
        XCTAssertEqual(UsageMath.level(for: 1.0001), .over)
        XCTAssertEqual(UsageMath.level(for: .infinity), .over)
    }

    func testUnknownOrNegativeFractionIsNormal() {
        XCTAssertEqual(UsageMath.level(for: nil), .normal)
        XCTAssertEqual(UsageMath.level(for: .nan), .normal)
        XCTAssertEqual(UsageMath.level(for: -0.5), .normal)
    }

    func testLevelsOrderFromCalmToExceeded() {
        XCTAssertLessThan(UsageLevel.normal, .warning)
        XCTAssertLessThan(UsageLevel.warning, .danger)
        XCTAssertLessThan(UsageLevel.danger, .over)
    }

    func testLevelOfAZeroLimitIsNormalBecauseTheFractionIsUnknown() {
        XCTAssertEqual(UsageMath.level(for: UsageMath.fraction(used: 5, limit: 0)), .normal)
    }

    func testAverageRatePerHour() {
        let start = UsageFixture.date("2026-09-08T00:00:00Z")
        // $30 spent over 12 hours is $2.50 an hour.
        XCTAssertEqual(UsageMath.averageRatePerHour(used: 30, since: start, now: UsageFixture.date("2026-09-08T12:00:00Z")), 2.5)
        XCTAssertEqual(UsageMath.averageRatePerHour(used: -4, since: start, now: UsageFixture.date("2026-09-08T02:00:00Z")), 0)
        XCTAssertNil(UsageMath.averageRatePerHour(used: 30, since: start, now: start))
        XCTAssertNil(UsageMath.averageRatePerHour(used: 30, since: start, now: UsageFixture.date("2026-09-07T23:00:00Z")))
        XCTAssertNil(UsageMath.averageRatePerHour(used: .nan, since: start, now: UsageFixture.date("2026-09-08T12:00:00Z")))
    }
}
