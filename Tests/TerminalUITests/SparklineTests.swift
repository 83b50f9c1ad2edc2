import XCTest
import TerminalUI

final class SparklineTests: XCTestCase {
    func testLevelsScaleToTheMaximum() {
        let spark = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(spark.text(width: 8, glyphs: .unicode), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(spark.text(width: 8, glyphs: .ascii), "_.-=+*#@")
    }

    func testShowsTheLastValuesWhenNarrower() {
        XCTAssertEqual(Sparkline(values: [1, 2, 3, 4]).text(width: 2, glyphs: .unicode), "▆█")
    }

    func testAllZeroAndBadValuesShowTheLowestLevel() {
        XCTAssertEqual(Sparkline(values: [0, 0, 0]).text(width: 5, glyphs: .unicode), "▁▁▁")
        XCTAssertEqual(Sparkline(values: [.nan, .infinity, -3, 2]).text(width: 4, glyphs: .unicode), "▁▁▁█")
        XCTAssertEqual(Sparkline(values: []).text(width: 4, glyphs: .unicode), "")
        XCTAssertEqual(Sparkline(values: [1]).text(width: 0, glyphs: .unicode), "")
    }

    func testSmallPositiveValuesStayVisible() {
        XCTAssertEqual(Sparkline(values: [0, 0.01, 100]).text(width: 3, glyphs: .unicode), "▁▂█")
    }

    func testFixedMaximum() {
        XCTAssertEqual(Sparkline(values: [5, 10, 20], maxValue: 10).text(width: 3, glyphs: .unicode), "▅██")
    }

    func testRenderRightAlignsShortSeries() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        Sparkline(values: [2, 4]).render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["   ▅█"])
        XCTAssertEqual(buffer.styleMap([.chart1: "c"]), ["ccccc"])
    }
}
