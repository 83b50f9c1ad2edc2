import XCTest
import TerminalUI

final class BrailleChartTests: XCTestCase {
    private func render(_ chart: BrailleChart, width: Int, height: Int, glyphs: GlyphSet = .unicode) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        chart.render(into: &buffer, rect: buffer.bounds, glyphs: glyphs)
        return buffer
    }

    func testDiagonalLineInBrailleDots() {
        let buffer = render(BrailleChart(series: [[0, 4]]), width: 6, height: 2)
        // 4x2 cells = 8x8 dots; the line runs from the bottom-left dot to the top-right dot.
        XCTAssertEqual(buffer.lines(), ["4┤  ⡠⠊", "0┤⡠⠊"])
        XCTAssertEqual(buffer.styleMap([.chart1: "1", .muted: "m", .border: "b"]), ["mb  11", "mb11"])
    }

    func testTwoSeriesUseTheirRolesAndTimeLabels() {
        let buffer = render(BrailleChart(series: [[0, 1, 0], [1, 0, 1]], xLabels: ["a", "b"]), width: 12, height: 3)
        XCTAssertEqual(buffer.lines(), ["1┤⠑⠢⣀⡠⠒⠑⠤⣀⠤⠊", "0┤⡠⠔⠉⠑⠤⡠⠒⠉⠒⢄", "  a        b"])
        XCTAssertEqual(buffer.styleMap([.chart1: "1", .chart2: "2"]), ["  2221111222", "  1122222211", ""])
    }

    func testAxisLabelsUseTheFormatterAndTimeLabelsSpreadEvenly() {
        let chart = BrailleChart(
            series: [[0, 2, 4, 6, 8, 10, 12]], yLabel: { NumberFormat.money($0) },
            xLabels: ["-24h", "-12h", "now"])
        let lines = render(chart, width: 30, height: 6).lines()
        XCTAssertEqual(lines.map { String($0.prefix(7)) }, ["$12.00┤", "      │", " $6.00┤", "      │", " $0.00┤", "       "])
        XCTAssertEqual(lines[5], "       -24h     -12h       now")
    }

    func testASCIIFallbackPlotsStars() {
        let lines = render(BrailleChart(series: [[0, 3]]), width: 6, height: 4, glyphs: .ascii).lines()
        XCTAssertEqual(lines, ["  3+ *", "1.5+ *", "   |*", "  0+*"])
    }

    func testEmptySeriesShowsAxisAndMessage() {
        let lines = render(BrailleChart(series: [], xLabels: ["-1h", "now"]), width: 30, height: 5).lines()
        XCTAssertEqual(lines, ["  1┤", "0.5┤         no data", "   │", "  0┤", "    -1h                    now"])
        XCTAssertEqual(render(BrailleChart(series: [[], [.nan]]), width: 12, height: 3).lines()[1], "0.5┤no data")
    }

    func testFlatSeriesDrawsAlongTheTop() {
        let lines = render(BrailleChart(series: [[5, 5, 5]]), width: 8, height: 3).lines()
        XCTAssertEqual(lines, ["  5┤⠉⠉⠉⠉", "2.5┤", "  0┤"])
        // A flat series at zero gets a unit range instead of dividing by zero.
        XCTAssertEqual(render(BrailleChart(series: [[0, 0]]), width: 8, height: 3).lines(), ["  1┤", "0.5┤", "  0┤⣀⣀⣀⣀"])
    }

    func testSinglePointSitsAtTheRightEdge() {
        XCTAssertEqual(render(BrailleChart(series: [[7]]), width: 8, height: 2).lines(), ["7┤     ⠈", "0┤"])
    }

    func testTinyAndOddSizesDoNotCrash() {
        let chart = BrailleChart(series: [[1, .infinity, -2, 3], [4]], xLabels: ["a", "bbbbbbbbbbbbbbbb", "c"])
        for (width, height) in [(0, 0), (1, 1), (2, 1), (3, 2), (5, 5), (100, 1)] {
            _ = render(chart, width: width, height: height)
            _ = render(chart, width: width, height: height, glyphs: .ascii)
        }
        XCTAssertEqual(render(chart, width: 12, height: 3).lines()[2], "   a       c", "overlapping labels are left out")
    }
}
