import XCTest
#if canImport(DashboardCore)
    import DashboardCore
#else
    import Usage
#endif

/// Reset times in UTC. 2026-09-08 is a Tuesday.
final class NextResetTests: XCTestCase {
    private let utc = UsageFixture.calendar("UTC")
    private let now = UsageFixture.date("2026-09-08T14:03:11Z")

    private func next(_ api: String?, lastCleanup: String?, now: Date? = nil, calendar: Calendar? = nil) -> Date? {
        UsageMath.nextReset(
            rule: ResetRule(apiValue: api), lastCleanup: lastCleanup.map(UsageFixture.date),
            now: now ?? self.now, calendar: calendar ?? utc)
    }

    private func start(_ api: String?, lastCleanup: String?, now: Date? = nil, calendar: Calendar? = nil) -> Date? {
        UsageMath.windowStart(
            rule: ResetRule(apiValue: api), lastCleanup: lastCleanup.map(UsageFixture.date),
            now: now ?? self.now, calendar: calendar ?? utc)
    }

    // MARK: rolling

    func testOneHourAfterARecentCleanup() {
        XCTAssertEqual(next("1h", lastCleanup: "2026-09-08T13:30:00Z"), UsageFixture.date("2026-09-08T14:30:00Z"))
        XCTAssertEqual(start("1h", lastCleanup: "2026-09-08T13:30:00Z"), UsageFixture.date("2026-09-08T13:30:00Z"))
    }

    func testTwelveHoursAdvancesPastAnElapsedWindow() {
        // 00:00 + 12h = 12:00 is already past at 14:03, so the next reset is midnight.
        XCTAssertEqual(next("12h", lastCleanup: "2026-09-08T00:00:00Z"), UsageFixture.date("2026-09-09T00:00:00Z"))
        XCTAssertEqual(start("12h", lastCleanup: "2026-09-08T00:00:00Z"), UsageFixture.date("2026-09-08T12:00:00Z"))
    }

    func testTwentyFourHours() {
        XCTAssertEqual(next("24h", lastCleanup: "2026-09-07T15:00:00Z"), UsageFixture.date("2026-09-08T15:00:00Z"))
    }

    func testOneWeekIsSevenDays() {
        XCTAssertEqual(next("1w", lastCleanup: "2026-09-03T09:00:00Z"), UsageFixture.date("2026-09-10T09:00:00Z"))
        XCTAssertEqual(start("1w", lastCleanup: "2026-09-03T09:00:00Z"), UsageFixture.date("2026-09-03T09:00:00Z"))
    }

    func testOneMonthIsACalendarMonth() {
        XCTAssertEqual(next("1m", lastCleanup: "2026-08-20T10:00:00Z"), UsageFixture.date("2026-09-20T10:00:00Z"))
        XCTAssertEqual(start("1m", lastCleanup: "2026-08-20T10:00:00Z"), UsageFixture.date("2026-08-20T10:00:00Z"))
    }

    func testCleanupFarInThePastAdvancesByWholeIntervals() {
        // Hourly windows anchored at :20 past; at 14:03 the current one is 13:20–14:20.
        XCTAssertEqual(next("1h", lastCleanup: "2026-01-01T00:20:00Z"), UsageFixture.date("2026-09-08T14:20:00Z"))
        XCTAssertEqual(start("1h", lastCleanup: "2026-01-01T00:20:00Z"), UsageFixture.date("2026-09-08T13:20:00Z"))
        XCTAssertEqual(next("1w", lastCleanup: "2025-09-04T09:00:00Z"), UsageFixture.date("2026-09-10T09:00:00Z"))
        XCTAssertEqual(next("1m", lastCleanup: "2025-11-15T08:00:00Z"), UsageFixture.date("2026-09-15T08:00:00Z"))
        XCTAssertEqual(start("1m", lastCleanup: "2025-11-15T08:00:00Z"), UsageFixture.date("2026-08-15T08:00:00Z"))
    }

    func testResetExactlyAtNowStartsTheNextWindow() {
        let atBoundary = UsageFixture.date("2026-09-08T14:00:00Z")
        XCTAssertEqual(next("1h", lastCleanup: "2026-09-08T13:00:00Z", now: atBoundary), UsageFixture.date("2026-09-08T15:00:00Z"))
        XCTAssertEqual(start("1h", lastCleanup: "2026-09-08T13:00:00Z", now: atBoundary), atBoundary)
        XCTAssertEqual(next("1m", lastCleanup: "2026-08-08T14:00:00Z", now: atBoundary), UsageFixture.date("2026-10-08T14:00:00Z"))
    }

    func testCleanupInTheFutureGivesItsFirstWindow() {
        // Server clock ahead of ours: trust the server's window rather than inventing one.
        XCTAssertEqual(next("1h", lastCleanup: "2026-09-08T15:00:00Z"), UsageFixture.date("2026-09-08T16:00:00Z"))
    }

    func testMonthAfterJanuary31IsTheEndOfFebruary() {
        XCTAssertEqual(
            next("1m", lastCleanup: "2026-01-31T12:00:00Z", now: UsageFixture.date("2026-02-10T00:00:00Z")),
            UsageFixture.date("2026-02-28T12:00:00Z"))
        XCTAssertEqual(
            next("1m", lastCleanup: "2024-01-31T12:00:00Z", now: UsageFixture.date("2024-02-10T00:00:00Z")),
            UsageFixture.date("2024-02-29T12:00:00Z"))
    }

    func testMonthsCountFromTheAnchorWithoutDriftingToThe28th() {
        let marchFirst = UsageFixture.date("2026-03-01T00:00:00Z")
        XCTAssertEqual(start("1m", lastCleanup: "2026-01-31T12:00:00Z", now: marchFirst), UsageFixture.date("2026-02-28T12:00:00Z"))
        XCTAssertEqual(next("1m", lastCleanup: "2026-01-31T12:00:00Z", now: marchFirst), UsageFixture.date("2026-03-31T12:00:00Z"))
    }

    func testRollingWithoutLastCleanupIsUnknown() {
        for api in ["1h", "12h", "24h", "1w", "1m"] {
            XCTAssertNil(next(api, lastCleanup: nil), api)
            XCTAssertNil(start(api, lastCleanup: nil), api)
        }
    }

    func testNonPositiveRollingSpanIsUnknown() {
        let cleanup = UsageFixture.date("2026-09-08T13:00:00Z")
        XCTAssertNil(UsageMath.nextReset(rule: .rolling(0), lastCleanup: cleanup, now: now, calendar: utc))
        XCTAssertNil(UsageMath.nextReset(rule: .rolling(-60), lastCleanup: cleanup, now: now, calendar: utc))
        XCTAssertNil(UsageMath.nextReset(rule: .rolling(.nan), lastCleanup: cleanup, now: now, calendar: utc))
    }

    // MARK: calendar

    func testCalendarDayResetsAtNextMidnight() {
        XCTAssertEqual(next("calendar_day", lastCleanup: nil), UsageFixture.date("2026-09-09T00:00:00Z"))
        XCTAssertEqual(start("calendar_day", lastCleanup: nil), UsageFixture.date("2026-09-08T00:00:00Z"))
    }

    func testCalendarRulesIgnoreLastCleanup() {
        XCTAssertEqual(next("calendar_day", lastCleanup: "2026-01-01T05:00:00Z"), UsageFixture.date("2026-09-09T00:00:00Z"))
    }

    func testCalendarWeekSunday() {
        XCTAssertEqual(next("calendar_week_sunday", lastCleanup: nil), UsageFixture.date("2026-09-13T00:00:00Z"))
        XCTAssertEqual(start("calendar_week_sunday", lastCleanup: nil), UsageFixture.date("2026-09-06T00:00:00Z"))
    }

    func testCalendarWeekMonday() {
        XCTAssertEqual(next("calendar_week_monday", lastCleanup: nil), UsageFixture.date("2026-09-14T00:00:00Z"))
        XCTAssertEqual(start("calendar_week_monday", lastCleanup: nil), UsageFixture.date("2026-09-07T00:00:00Z"))
    }

    func testWeekRulesDoNotDependOnTheCallersFirstWeekday() {
        let mondayFirst = UsageFixture.calendar("UTC", firstWeekday: 2)
        let sundayFirst = UsageFixture.calendar("UTC", firstWeekday: 1)
        XCTAssertEqual(next("calendar_week_sunday", lastCleanup: nil, calendar: mondayFirst), UsageFixture.date("2026-09-13T00:00:00Z"))
        XCTAssertEqual(next("calendar_week_monday", lastCleanup: nil, calendar: sundayFirst), UsageFixture.date("2026-09-14T00:00:00Z"))
    }

    func testCalendarMonth() {
        XCTAssertEqual(next("calendar_month", lastCleanup: nil), UsageFixture.date("2026-10-01T00:00:00Z"))
        XCTAssertEqual(start("calendar_month", lastCleanup: nil), UsageFixture.date("2026-09-01T00:00:00Z"))
    }

    func testYearEndRollsIntoJanuary() {
        let newYearsEve = UsageFixture.date("2026-12-31T23:59:59Z")
        XCTAssertEqual(next("calendar_month", lastCleanup: nil, now: newYearsEve), UsageFixture.date("2027-01-01T00:00:00Z"))
        XCTAssertEqual(next("calendar_day", lastCleanup: nil, now: newYearsEve), UsageFixture.date("2027-01-01T00:00:00Z"))
    }

    func testAtMidnightTheNextBoundaryIsTomorrow() {
        let midnight = UsageFixture.date("2026-09-08T00:00:00Z")
        XCTAssertEqual(next("calendar_day", lastCleanup: nil, now: midnight), UsageFixture.date("2026-09-09T00:00:00Z"))
        XCTAssertEqual(start("calendar_day", lastCleanup: nil, now: midnight), midnight)
        let sundayMidnight = UsageFixture.date("2026-09-13T00:00:00Z")
        XCTAssertEqual(next("calendar_week_sunday", lastCleanup: nil, now: sundayMidnight), UsageFixture.date("2026-09-20T00:00:00Z"))
    }

    func testUnknownRuleHasNoReset() {
        XCTAssertNil(next("fortnight", lastCleanup: "2026-09-08T13:00:00Z"))
        XCTAssertNil(next(nil, lastCleanup: "2026-09-08T13:00:00Z"))
        XCTAssertNil(start("fortnight", lastCleanup: "2026-09-08T13:00:00Z"))
    }
}

/// Reset times in Europe/Berlin, across both 2026 DST changes:
/// summer time ends Sunday 25 October (03:00 CEST -> 02:00 CET, at 01:00 UTC) and
/// begins Sunday 29 March (02:00 CET -> 03:00 CEST, at 01:00 UTC).
final class NextResetDaylightSavingTests: XCTestCase {
    private let berlin = UsageFixture.calendar("Europe/Berlin")

    private func window(_ api: String, lastCleanup: String? = nil, now: String) -> DateInterval? {
        UsageMath.currentWindow(
            rule: ResetRule(apiValue: api), lastCleanup: lastCleanup.map(UsageFixture.date),
            now: UsageFixture.date(now), calendar: berlin)
    }

    func testMidnightBeforeTheChangeIsInSummerTime() {
        // Saturday 14:00 CEST; local midnight is 22:00 UTC.
        XCTAssertEqual(window("calendar_day", now: "2026-10-24T12:00:00Z")?.end, UsageFixture.date("2026-10-24T22:00:00Z"))
    }

    func testTheDaySummerTimeEndsLasts25Hours() {
        let day = window("calendar_day", now: "2026-10-25T10:00:00Z")
        XCTAssertEqual(day?.start, UsageFixture.date("2026-10-24T22:00:00Z"))
        XCTAssertEqual(day?.end, UsageFixture.date("2026-10-25T23:00:00Z"))
        XCTAssertEqual(day?.duration, 90_000)
    }

    func testTheDaySummerTimeBeginsLasts23Hours() {
        let day = window("calendar_day", now: "2026-03-29T12:00:00Z")
        XCTAssertEqual(day?.start, UsageFixture.date("2026-03-28T23:00:00Z"))
        XCTAssertEqual(day?.end, UsageFixture.date("2026-03-29T22:00:00Z"))
        XCTAssertEqual(day?.duration, 82_800)
    }

    func testWeekMondayAcrossTheChange() {
        // Sunday 11:00 CET: the week began Monday 19 Oct 00:00 CEST and ends Monday 26 Oct 00:00 CET.
        let week = window("calendar_week_monday", now: "2026-10-25T10:00:00Z")
        XCTAssertEqual(week?.start, UsageFixture.date("2026-10-18T22:00:00Z"))
        XCTAssertEqual(week?.end, UsageFixture.date("2026-10-25T23:00:00Z"))
    }

    func testWeekSundayAcrossTheChange() {
        let week = window("calendar_week_sunday", now: "2026-10-25T10:00:00Z")
        XCTAssertEqual(week?.start, UsageFixture.date("2026-10-24T22:00:00Z"))
        XCTAssertEqual(week?.end, UsageFixture.date("2026-10-31T23:00:00Z"))
    }

    func testMonthAcrossTheChange() {
        let month = window("calendar_month", now: "2026-10-25T10:00:00Z")
        XCTAssertEqual(month?.start, UsageFixture.date("2026-09-30T22:00:00Z"))
        XCTAssertEqual(month?.end, UsageFixture.date("2026-10-31T23:00:00Z"))
    }

    func testRollingDayIsExactly24HoursNotMidnight() {
        let rolling = window("24h", lastCleanup: "2026-10-24T22:00:00Z", now: "2026-10-25T10:00:00Z")
        XCTAssertEqual(rolling?.end, UsageFixture.date("2026-10-25T22:00:00Z"))
    }

    func testRollingMonthKeepsTheLocalTimeOfDay() {
        // 15 Oct 12:00 CEST + 1 month = 15 Nov 12:00 CET, which is 11:00 UTC (an hour later in UTC).
        let rolling = window("1m", lastCleanup: "2026-10-15T10:00:00Z", now: "2026-10-20T00:00:00Z")
        XCTAssertEqual(rolling?.end, UsageFixture.date("2026-11-15T11:00:00Z"))
    }

    func testTheSameInstantsGiveADifferentMidnightInUTC() {
        let utcDay = UsageMath.nextReset(
            rule: .calendarDay, lastCleanup: nil,
            now: UsageFixture.date("2026-10-24T12:00:00Z"), calendar: UsageFixture.calendar("UTC"))
        XCTAssertEqual(utcDay, UsageFixture.date("2026-10-25T00:00:00Z"))
    }
}
