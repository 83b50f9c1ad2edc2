import XCTest
#if canImport(DashboardCore)
    import DashboardCore
#else
    import Usage
#endif

final class ResetRuleTests: XCTestCase {
    func testParsesEveryContractValue() {
        XCTAssertEqual(ResetRule(apiValue: "1h"), .rolling(3_600))
        XCTAssertEqual(ResetRule(apiValue: "12h"), .rolling(43_200))
        XCTAssertEqual(ResetRule(apiValue: "24h"), .rolling(86_400))
        XCTAssertEqual(ResetRule(apiValue: "1w"), .rolling(604_800))
        XCTAssertEqual(ResetRule(apiValue: "1m"), .rollingMonth)
        XCTAssertEqual(ResetRule(apiValue: "calendar_day"), .calendarDay)
        XCTAssertEqual(ResetRule(apiValue: "calendar_week_sunday"), .calendarWeekSunday)
        XCTAssertEqual(ResetRule(apiValue: "calendar_week_monday"), .calendarWeekMonday)
        XCTAssertEqual(ResetRule(apiValue: "calendar_month"), .calendarMonth)
    }

    func testToleratesSurroundingSpaceAndCase() {
        XCTAssertEqual(ResetRule(apiValue: " 1W "), .rolling(604_800))
        XCTAssertEqual(ResetRule(apiValue: "Calendar_Month"), .calendarMonth)
    }

    func testMissingAndUnknownValuesAreKept() {
        XCTAssertEqual(ResetRule(apiValue: nil), .unknown(""))
        XCTAssertEqual(ResetRule(apiValue: ""), .unknown(""))
        XCTAssertEqual(ResetRule(apiValue: "fortnight"), .unknown("fortnight"))
        XCTAssertEqual(ResetRule(apiValue: "2h"), .unknown("2h"))
    }

    func testApiValueRoundTrips() {
        for value in [
            "1h", "12h", "24h", "1w", "1m", "calendar_day", "calendar_week_sunday",
            "calendar_week_monday", "calendar_month", "fortnight",
        ] {
            XCTAssertEqual(ResetRule(apiValue: value).apiValue, value)
        }
        XCTAssertNil(ResetRule.unknown("").apiValue)
        XCTAssertNil(ResetRule.rolling(5_400).apiValue)
    }

    func testLabels() {
        XCTAssertEqual(ResetRule(apiValue: "1h").label, "rolling 1h")
        XCTAssertEqual(ResetRule(apiValue: "12h").label, "rolling 12h")
        XCTAssertEqual(ResetRule(apiValue: "24h").label, "rolling 24h")
        XCTAssertEqual(ResetRule(apiValue: "1w").label, "rolling 1 week")
        XCTAssertEqual(ResetRule(apiValue: "1m").label, "rolling 1 month")
        XCTAssertEqual(ResetRule(apiValue: "calendar_day").label, "daily")
        XCTAssertEqual(ResetRule(apiValue: "calendar_week_sunday").label, "weekly (Sun)")
        XCTAssertEqual(ResetRule(apiValue: "calendar_week_monday").label, "weekly (Mon)")
        XCTAssertEqual(ResetRule(apiValue: "calendar_month").label, "monthly")
        XCTAssertEqual(ResetRule(apiValue: nil).label, "no reset")
        XCTAssertEqual(ResetRule(apiValue: "fortnight").label, "fortnight")
        XCTAssertEqual(ResetRule.rolling(5_400).label, "rolling 1h 30m")
        XCTAssertEqual(ResetRule.rolling(48 * 3_600).label, "rolling 48h")
        XCTAssertEqual(ResetRule.rolling(14 * 86_400).label, "rolling 14d")
    }
}
