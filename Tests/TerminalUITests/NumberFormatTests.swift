import XCTest
import TerminalUI

final class NumberFormatTests: XCTestCase {
    func testCompact() {
        XCTAssertEqual(NumberFormat.compact(0), "0")
        XCTAssertEqual(NumberFormat.compact(999), "999")
        XCTAssertEqual(NumberFormat.compact(1234), "1.2k")
        XCTAssertEqual(NumberFormat.compact(37_065_458), "37.1M")
        XCTAssertEqual(NumberFormat.compact(2.5e9), "2.5G")
        XCTAssertEqual(NumberFormat.compact(123_456), "123k")
        XCTAssertEqual(NumberFormat.compact(999_960), "1.0M", "rounding moves to the next unit")
        XCTAssertEqual(NumberFormat.compact(999.6), "1.0k")
        XCTAssertEqual(NumberFormat.compact(12.5), "12.5")
        XCTAssertEqual(NumberFormat.compact(-1500), "-1.5k")
        XCTAssertEqual(NumberFormat.compact(Double.nan), "n/a")
        XCTAssertEqual(NumberFormat.compact(1e30), "1000000000000000P")
    }

    func testMoney() {
        XCTAssertEqual(NumberFormat.money(92.75), "$92.75")
        XCTAssertEqual(NumberFormat.money(1234), "$1.2k")
        XCTAssertEqual(NumberFormat.money(0), "$0.00")
        XCTAssertEqual(NumberFormat.money(-0.001), "$0.00")
        XCTAssertEqual(NumberFormat.money(-5), "-$5.00")
        XCTAssertEqual(NumberFormat.money(999.999), "$1.0k")
        XCTAssertEqual(NumberFormat.money(.infinity), "n/a")
    }

    func testPercent() {
        XCTAssertEqual(NumberFormat.percent(0.93), "93%")
        XCTAssertEqual(NumberFormat.percent(1.04), "104%")
        XCTAssertEqual(NumberFormat.percent(0), "0%")
        XCTAssertEqual(NumberFormat.percent(-0.001), "0%")
        XCTAssertEqual(NumberFormat.percent(nil), "n/a")
        XCTAssertEqual(NumberFormat.percent(.nan), "n/a")
    }

    /// Issue 21, item 14: a limit under its cap never reads as full.
    func testPercentNeverReadsOneHundredBeforeTheCap() {
        XCTAssertEqual(NumberFormat.percent(0.9972), "99%")
        XCTAssertEqual(NumberFormat.percent(0.995), "99%")
        XCTAssertEqual(NumberFormat.percent(0.9949), "99%")
        XCTAssertEqual(NumberFormat.percent(1), "100%")
        XCTAssertEqual(NumberFormat.percent(1.004), "100%", "over the cap it may round to 100")
        XCTAssertEqual(NumberFormat.percentDigits(0.99996, decimals: 1), "99.9")
        XCTAssertEqual(NumberFormat.percentDigits(0.9972, decimals: 1), "99.7")
        XCTAssertEqual(NumberFormat.percentDigits(1, decimals: 1), "100.0")
        XCTAssertEqual(NumberFormat.percentDigits(0.93456, decimals: 1), "93.5")
        XCTAssertEqual(NumberFormat.exactPercent(0.9972), "99.72")
        XCTAssertEqual(NumberFormat.exactPercent(0.99996), "99.996")
        XCTAssertEqual(NumberFormat.exactPercent(0.5), "50")
    }

    func testDuration() {
        XCTAssertEqual(NumberFormat.duration(45), "45s")
        XCTAssertEqual(NumberFormat.duration(200), "3m 20s")
        XCTAssertEqual(NumberFormat.duration(3 * 3600 + 600), "3h 10m")
        XCTAssertEqual(NumberFormat.duration(2 * 86_400 + 4 * 3600 + 59), "2d 4h")
        XCTAssertEqual(NumberFormat.duration(-10), "0s")
        XCTAssertEqual(NumberFormat.duration(.nan), "n/a")
        // A zero second unit is left out, and values round down.
        XCTAssertEqual(NumberFormat.duration(60), "1m")
        XCTAssertEqual(NumberFormat.duration(3600), "1h")
        XCTAssertEqual(NumberFormat.duration(86_400), "1d")
        XCTAssertEqual(NumberFormat.duration(3599.9), "59m 59s")
        XCTAssertEqual(NumberFormat.duration(1e30), "11574074074d 1h", "huge values do not trap")
    }

    func testAge() {
        XCTAssertEqual(NumberFormat.age(5), "5s ago")
        XCTAssertEqual(NumberFormat.age(200), "3m ago")
        XCTAssertEqual(NumberFormat.age(7300), "2h ago")
        XCTAssertEqual(NumberFormat.age(4 * 86_400), "4d ago")
        XCTAssertEqual(NumberFormat.age(-30), "0s ago")
        let now = Date(timeIntervalSince1970: 1_000_000)
        XCTAssertEqual(NumberFormat.age(since: now.addingTimeInterval(-90), now: now), "1m ago")
    }

    func testFixedDecimalsMatchPrintfDigitForDigit() {
        // Exact ties round half to even (0.25 -> "0.2"), near-ties by the exact binary value (1.005 is
        // a little below, so "1.00"), as C's printf does.
        let cases: [(Double, Int, String)] = [
            (0.25, 1, "0.2"), (0.35, 1, "0.3"), (2.25, 1, "2.2"), (2.75, 1, "2.8"),
            (0.125, 2, "0.12"), (0.375, 2, "0.38"), (1.005, 2, "1.00"), (92.745, 2, "92.75"),
            (0, 2, "0.00"), (99.95, 1, "100.0"), (7, 0, "7"), (0.5, 0, "0"), (1.5, 0, "2"),
        ]
        for (value, decimals, expected) in cases {
            XCTAssertEqual(NumberFormat.fixed(value, decimals: decimals), expected, "\(value) with \(decimals) decimals")
            XCTAssertEqual(expected, String(format: "%.\(decimals)f", value), "the expectation itself is printf's")
        }
        // And across a sweep of the values money and compact format: every cent and tenth, and
        // pseudo-random values, the same text as printf.
        var generator = SystemRandomNumberGenerator()
        var values = (0..<100_000).map { Double($0) / 100 } + (0..<10_000).map { Double($0) / 1000 + 0.0005 }
        values += (0..<20_000).map { _ in Double.random(in: 0..<1000, using: &generator) }
        for value in values {
            for decimals in 1...2 where NumberFormat.fixed(value, decimals: decimals) != String(format: "%.\(decimals)f", value) {
                XCTFail(
                    "\(value) with \(decimals) decimals: \(NumberFormat.fixed(value, decimals: decimals)) against printf's \(String(format: "%.\(decimals)f", value))"
                )
                return
            }
        }
    }
}
