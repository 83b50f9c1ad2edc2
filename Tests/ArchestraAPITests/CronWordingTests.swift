import ArchestraAPI
import XCTest

/// Cron schedules in words where simple, the cron text otherwise.
final class CronWordingTests: XCTestCase {
    func testIntervalsReadAsEvery() {
        XCTAssertEqual(CronWording.describe("0 */6 * * *"), "every 6 h")
        XCTAssertEqual(CronWording.describe("*/15 * * * *"), "every 15 min")
        XCTAssertEqual(CronWording.describe("* * * * *"), "every minute")
        XCTAssertEqual(CronWording.describe("0 * * * *"), "hourly")
        XCTAssertEqual(CronWording.describe("0 */1 * * *"), "hourly")
        XCTAssertEqual(CronWording.describe("30 * * * *"), "hourly at :30")
        XCTAssertEqual(CronWording.describe("5 */2 * * *"), "every 2 h at :05")
    }

    func testFixedTimesReadWithTheDay() {
        XCTAssertEqual(CronWording.describe("0 2 * * *"), "daily at 02:00")
        XCTAssertEqual(CronWording.describe("  30   14 * * * "), "daily at 14:30")
        XCTAssertEqual(CronWording.describe("0 9 * * 1-5"), "weekdays at 09:00")
        XCTAssertEqual(CronWording.describe("0 9 * * 1"), "Mondays at 09:00")
        XCTAssertEqual(CronWording.describe("0 9 * * 7"), "Sundays at 09:00")
        XCTAssertEqual(CronWording.describe("15 3 1 * *"), "monthly on day 1 at 03:15")
        XCTAssertEqual(CronWording.describe("@daily"), "daily at 00:00")
        XCTAssertEqual(CronWording.describe("@hourly"), "hourly")
    }

    func testAnythingElseIsTheCronTextTidied() {
        XCTAssertEqual(CronWording.describe("0 2 * 1 *"), "0 2 * 1 *", "a month restriction")
        XCTAssertEqual(CronWording.describe("0  8,20 * * *"), "0 8,20 * * *", "lists stay cron")
        XCTAssertEqual(CronWording.describe("0 9 1 * 1"), "0 9 1 * 1", "day and weekday together")
        XCTAssertEqual(CronWording.describe("0 0 2 * * *"), "0 0 2 * * *", "six fields (seconds)")
        XCTAssertEqual(CronWording.describe("61 2 * * *"), "61 2 * * *", "out of range")
        XCTAssertEqual(CronWording.describe("*/0 * * * *"), "*/0 * * * *")
        XCTAssertEqual(CronWording.describe("@reboot"), "@reboot")
        XCTAssertEqual(CronWording.describe(""), "")
    }
}
