import XCTest

@testable import ArchestraSimulator

final class StatisticsWindowTests: XCTestCase {
    /// 2026-09-08T14:03:11.482Z
    private let now = 1_788_876_191.482

    func testTimestampFormattingAndParsingRoundTrip() throws {
        XCTAssertEqual(Timestamp.iso(now), "2026-09-08T14:03:11.482Z")
        XCTAssertEqual(Timestamp.iso(0), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.iso(951_782_400), "2000-02-29T00:00:00.000Z")
        XCTAssertEqual(try XCTUnwrap(Timestamp.parse("2026-09-08T14:03:11.482Z")), now, accuracy: 0.0005)
        XCTAssertEqual(Timestamp.parse("2026-09-08"), 1_788_825_600)
        XCTAssertEqual(Timestamp.parse("2026-09-08T16:03:11+02:00"), 1_788_876_191)
        XCTAssertEqual(Timestamp.parse("2026-09-08T14:03"), 1_788_876_180)
        for invalid in ["", "2026-13-01", "2026-02-30", "2026-09-08T25:00", "yesterday", "2026-09-08Tfoo", "2026-09-08T14:03:11Zjunk"] {
            XCTAssertNil(Timestamp.parse(invalid), invalid)
        }
    }

    func testBucketCountsAndWidthsPerPreset() throws {
        let expectations: [(String, Int, Double)] = [
            ("5m", 6, 60), ("15m", 16, 60), ("30m", 7, 300), ("1h", 13, 300), ("24h", 25, 3_600),
            ("7d", 29, 21_600), ("30d", 31, 86_400), ("90d", 31, 259_200), ("12m", 53, 604_800),
        ]
        for (timeframe, count, width) in expectations {
            let window = try StatisticsWindow.parse(timeframe, now: now, earliestData: nil)
            XCTAssertEqual(window.bucketStarts.count, count, timeframe)
            XCTAssertEqual(window.narrowestBucket, width, timeframe)
            XCTAssertEqual(window.bucketStarts.last.map { now - $0 < width }, true, timeframe)
        }
        let week = try StatisticsWindow.parse("12m", now: now, earliestData: nil)
        XCTAssertTrue(week.bucketStarts.allSatisfy { Timestamp.iso($0).hasSuffix("T00:00:00.000Z") })
        // Weekly buckets start on Mondays: 2026-09-07 was a Monday.
        XCTAssertEqual(week.bucketStarts.last.map(Timestamp.iso), "2026-09-07T00:00:00.000Z")
    }

    func testAllUsesCalendarMonths() throws {
        let window = try StatisticsWindow.parse("all", now: now, earliestData: now - 400 * 86_400)
        let labels = window.bucketStarts.map(Timestamp.iso)
        XCTAssertEqual(labels.first, "2025-08-01T00:00:00.000Z")
        XCTAssertEqual(labels.last, "2026-09-01T00:00:00.000Z")
        XCTAssertEqual(labels.count, 14)
    }

    func testCustomBucketWidthFollowsRangeLength() throws {
        let twoHours = try StatisticsWindow.parse("custom:2026-09-08T10:00:00Z_2026-09-08T12:00:00Z", now: now, earliestData: nil)
        XCTAssertEqual(twoHours.narrowestBucket, 300)
        XCTAssertEqual(twoHours.bucketStarts.count, 24)
        let twoDays = try StatisticsWindow.parse("custom:2026-09-06T12:00:00Z_2026-09-08T12:00:00Z", now: now, earliestData: nil)
        XCTAssertEqual(twoDays.narrowestBucket, 3_600)
        let month = try StatisticsWindow.parse("custom:2026-08-09_2026-09-08", now: now, earliestData: nil)
        XCTAssertEqual(month.narrowestBucket, 86_400)
        let quarter = try StatisticsWindow.parse("custom:2026-06-01_2026-09-08", now: now, earliestData: nil)
        XCTAssertEqual(quarter.narrowestBucket, 604_800)
        XCTAssertThrowsError(try StatisticsWindow.parse("custom:0001-01-01_9999-12-31", now: now, earliestData: nil))
        XCTAssertThrowsError(try StatisticsWindow.parse("custom:2026-09-08_2026-09-08", now: now, earliestData: nil))
    }

    func testBucketIndexFindsTheRightBucket() throws {
        let window = try StatisticsWindow.parse("24h", now: now, earliestData: nil)
        XCTAssertNil(window.bucketIndex(for: window.start - 1))
        XCTAssertEqual(window.bucketIndex(for: window.start), 0)
        XCTAssertEqual(window.bucketIndex(for: now - 1), 24)
        XCTAssertNil(window.bucketIndex(for: now + 1))
    }

    func testHistoryStaysBoundedWhenPruned() {
        var history = UsageHistory()
        let key = UsageKey(agent: 0, team: 0, user: 0, model: 0, channel: 0)
        for minute in 0..<(60 * 24 * 40) {
            history.record(UsageSample(requests: 1), key: key, at: now - Double(minute) * 60)
        }
        history.prune(now: now)
        XCTAssertLessThanOrEqual(history.tiers[0].buckets.count, 181)
        XCTAssertLessThanOrEqual(history.tiers[1].buckets.count, 31 * 24 + 1)
        XCTAssertLessThanOrEqual(history.tiers[2].buckets.count, 41)
    }
}
