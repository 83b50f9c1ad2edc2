import XCTest
#if canImport(DashboardCore)
import DashboardCore
#else
import Usage
#endif

final class CompactDurationTests: XCTestCase {
    func testSecondsAndMinutes() {
        XCTAssertEqual(CompactDuration.string(0), "0s")
        XCTAssertEqual(CompactDuration.string(0.4), "0s")
        XCTAssertEqual(CompactDuration.string(45), "45s")
        XCTAssertEqual(CompactDuration.string(59.9), "59s")
        XCTAssertEqual(CompactDuration.string(60), "1m")
        XCTAssertEqual(CompactDuration.string(180), "3m")
        XCTAssertEqual(CompactDuration.string(3_599), "59m")
    }

    func testHoursAndDays() {
        XCTAssertEqual(CompactDuration.string(3_600), "1h")
        XCTAssertEqual(CompactDuration.string(11_400), "3h 10m")
        XCTAssertEqual(CompactDuration.string(86_399), "23h 59m")
        XCTAssertEqual(CompactDuration.string(86_400), "1d")
        XCTAssertEqual(CompactDuration.string(187_200), "2d 4h")
        XCTAssertEqual(CompactDuration.string(187_259), "2d 4h")
    }

    func testInvalidSpans() {
        XCTAssertEqual(CompactDuration.string(-5), "0s")
        XCTAssertEqual(CompactDuration.string(.nan), "—")
        XCTAssertEqual(CompactDuration.string(.infinity), "—")
        XCTAssertEqual(CompactDuration.string(1e300), "11574074074d 1h")
    }
}

final class DollarAmountTests: XCTestCase {
    func testCentsBelowOneHundred() {
        XCTAssertEqual(DollarAmount.string(0), "$0.00")
        XCTAssertEqual(DollarAmount.string(4.45), "$4.45")
        XCTAssertEqual(DollarAmount.string(99.5), "$99.50")
        XCTAssertEqual(DollarAmount.string(-12.5), "-$12.50")
    }

    func testWholeDollarsWithSeparatorsFromOneHundred() {
        XCTAssertEqual(DollarAmount.string(99.999), "$100")
        XCTAssertEqual(DollarAmount.string(412.4), "$412")
        XCTAssertEqual(DollarAmount.string(5_000), "$5,000")
        XCTAssertEqual(DollarAmount.string(1_234_567.8), "$1,234,568")
        XCTAssertEqual(DollarAmount.string(-2_500), "-$2,500")
    }

    func testNonFinite() {
        XCTAssertEqual(DollarAmount.string(.nan), "—")
        XCTAssertEqual(DollarAmount.string(-.infinity), "—")
    }
}
