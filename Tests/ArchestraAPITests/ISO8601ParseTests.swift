import XCTest
@testable import ArchestraAPI

/// The server's timestamps read from their digits give the dates Foundation's ISO-8601 parser gives.
final class ISO8601ParseTests: XCTestCase {
    let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    let withoutFraction = Date.ISO8601FormatStyle()

    func foundation(_ text: String) -> Date? {
        (try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text))
    }

    func testTheServersShapesReadAsFoundationReadsThem() throws {
        let texts = [
            "2026-09-08T14:03:11.482Z", "2026-09-08T14:03:11Z", "2026-09-08T14:03:11+02:00", "2026-09-08T14:03:11.5-05:30",
            "2024-02-29T23:59:59.999Z", "2000-03-01T00:00:00Z", "1970-01-01T00:00:00Z", "2100-12-31T12:00:00Z",
        ]
        for text in texts {
            let fast = try XCTUnwrap(UTCTimestamp.parse(text), text)
            let expected = try XCTUnwrap(foundation(text), text)
            XCTAssertEqual(fast.timeIntervalSince1970, expected.timeIntervalSince1970, accuracy: 1e-6, text)
            XCTAssertEqual(ISO8601.date(from: text), fast)
        }
        // Without a zone: UTC, as before.
        XCTAssertEqual(ISO8601.date(from: "2026-09-08T14:03:11"), ISO8601.date(from: "2026-09-08T14:03:11Z"))
    }

    func testEverySecondOfManyDaysAcrossLeapYearsMatches() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let seconds = Int.random(in: 0..<4_102_444_800, using: &generator)  // 1970 to 2100
            let millis = Int.random(in: 0..<1000, using: &generator)
            let text = withFraction.format(Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1000))
            let fast = try XCTUnwrap(UTCTimestamp.parse(text), text)
            let expected = try XCTUnwrap(foundation(text), text)
            XCTAssertEqual(fast.timeIntervalSince1970, expected.timeIntervalSince1970, accuracy: 1e-6, text)
        }
    }

    func testWhatIsNotTheServersShapeIsLeftToFoundation() {
        for text in [
            "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-09-08T24:00:00Z", "2026-09-08 14:03:11Z",
            "2026-09-08t14:03:11z", "2026-09-08T14:03:11.Z", "2026-09-08T14:03", "1969-12-31T23:59:59Z", "garbage",
        ] {
            XCTAssertNil(UTCTimestamp.parse(text), text)
        }
        // Foundation still reads them as it did (it rolls 30 February over into March).
        XCTAssertEqual(ISO8601.date(from: "1969-12-31T23:59:59Z")?.timeIntervalSince1970, -1)
        XCTAssertEqual(ISO8601.date(from: "2026-02-30T00:00:00Z"), foundation("2026-02-30T00:00:00Z"))
        XCTAssertNil(ISO8601.date(from: "garbage"))
    }
}
