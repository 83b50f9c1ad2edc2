import XCTest
import TerminalUI

final class ScreenBufferTests: XCTestCase {
    func testPutWritesTextAndReturnsColumns() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        XCTAssertEqual(buffer.put("hello", x: 0, y: 0), 5)
        XCTAssertEqual(buffer.lines(), ["hello", ""])
        XCTAssertEqual(buffer[1, 0], Cell(text: "e", width: 1))
    }

    func testPutTruncatesAtRightEdgeWithEllipsis() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        XCTAssertEqual(buffer.put("hello world", x: 0, y: 0), 8)
        XCTAssertEqual(buffer.lines(), ["hello w…"])
    }

    func testPutRespectsMaxWidth() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        XCTAssertEqual(buffer.put("abcdef", x: 2, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(buffer.lines(), ["  ab…"])
    }

    func testClipOverflowCutsWithoutEllipsis() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        XCTAssertEqual(buffer.put("abcdef", x: 0, y: 0, maxWidth: 4, overflow: .clip), 4)
        XCTAssertEqual(buffer.put("a客服", x: 0, y: 1, maxWidth: 4, overflow: .clip), 4)
        XCTAssertEqual(buffer.lines(), ["abcd", "a客"])
    }

    func testPutUsesASCIIEllipsis() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("abcdef", x: 0, y: 0, glyphs: .ascii)
        XCTAssertEqual(buffer.lines(), ["abc~"])
    }

    func testWideCharacterThatDoesNotFitBecomesSpace() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        buffer.put("a客服", x: 0, y: 0)
        buffer.put("a客服x", x: 0, y: 1)
        XCTAssertEqual(buffer.lines(), ["a客服", "a客 …"])
        XCTAssertEqual(buffer[1, 0], Cell(text: "客", width: 2))
        XCTAssertEqual(buffer[2, 0], Cell(text: "", width: 0))
    }

    func testWideCharacterCutByLeftEdgeBecomesSpace() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        XCTAssertEqual(buffer.put("客服ab", x: -1, y: 0), 5)
        XCTAssertEqual(buffer.lines(), [" 服ab"])
    }

    func testPutOutsideTheBufferDrawsNothing() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        XCTAssertEqual(buffer.put("x", x: 0, y: 1), 0)
        XCTAssertEqual(buffer.put("x", x: 0, y: -1), 0)
        XCTAssertEqual(buffer.put("x", x: 3, y: 0), 0)
        XCTAssertEqual(buffer.put("x", x: -5, y: 0, maxWidth: 2), 0)
        XCTAssertEqual(buffer.put("x", x: 0, y: 0, maxWidth: 0), 0)
        XCTAssertEqual(buffer, ScreenBuffer(width: 3, height: 1))
    }

    func testPutSanitises() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("\u{1B}[2Jab\ncd", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["ab cd"])
    }

    func testZeroAndTinySizesNeverCrash() {
        var empty = ScreenBuffer(width: 0, height: 0)
        XCTAssertEqual(empty.put("hello", x: 0, y: 0), 0)
        empty.fill(Rect(x: -1, y: -1, width: 5, height: 5), with: "#")
        empty.setStyle(Rect(x: 0, y: 0, width: 1, height: 1), style: CellStyle(.danger))
        XCTAssertEqual(empty.lines(), [])
        XCTAssertEqual(empty.changedRuns(since: nil), [])
        XCTAssertEqual(empty[0, 0], .blank)

        var negative = ScreenBuffer(width: -3, height: -1)
        XCTAssertEqual(negative.width, 0)
        XCTAssertEqual(negative.height, 0)
        negative.put("x", x: 0, y: 0)

        var one = ScreenBuffer(width: 1, height: 1)
        one.put("hello", x: 0, y: 0)
        XCTAssertEqual(one.lines(), ["…"])
        one.put("客", x: 0, y: 0)
        XCTAssertEqual(one.lines(), ["…"])
        one.put("a", x: 0, y: 0)
        XCTAssertEqual(one.lines(), ["a"])
    }

    func testOverwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("客服", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        XCTAssertEqual(buffer.lines(), [" x服"])
        buffer.put("y", x: 2, y: 0)
        XCTAssertEqual(buffer.lines(), [" xy"])
        XCTAssertEqual(buffer[3, 0], .blank)
    }

    func testSubscriptOutOfRangeIsBlank() {
        let buffer = ScreenBuffer(width: 2, height: 2)
        XCTAssertEqual(buffer[-1, 0], .blank)
        XCTAssertEqual(buffer[2, 0], .blank)
        XCTAssertEqual(buffer[0, 9], .blank)
    }

    func testFillIsClippedAndRejectsWideCharacters() {
        var buffer = ScreenBuffer(width: 4, height: 3)
        buffer.fill(Rect(x: 2, y: 1, width: 10, height: 10), with: "#", style: CellStyle(.border))
        XCTAssertEqual(buffer.lines(), ["", "  ##", "  ##"])
        buffer.fill(Rect(x: 0, y: 0, width: 2, height: 1), with: "客")
        XCTAssertEqual(buffer[0, 0], .blank)
        XCTAssertEqual(buffer.styleMap([.border: "b"]), ["", "  bb", "  bb"])
    }

    func testSetStyleKeepsTextAndStylesWholeWideCharacters() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        buffer.put("ab客d", x: 0, y: 0)
        buffer.setStyle(Rect(x: 0, y: 0, width: 3, height: 1), style: CellStyle(.selection, .reverse))
        XCTAssertEqual(buffer.lines(), ["ab客d", ""])
        XCTAssertEqual(buffer.styleMap([.selection: "s"]), ["ssss", ""])
        XCTAssertEqual(buffer.attributeMap(.reverse), ["xxxx", ""])
    }

    func testChangedRunsWithoutOldBufferCoversEverything() {
        var buffer = ScreenBuffer(width: 3, height: 2)
        buffer.put("ab", x: 0, y: 1, style: CellStyle(.danger))
        XCTAssertEqual(
            buffer.changedRuns(since: nil),
            [
                CellRun(x: 0, y: 0, text: "   ", style: CellStyle()),
                CellRun(x: 0, y: 1, text: "ab", style: CellStyle(.danger)),
                CellRun(x: 2, y: 1, text: " ", style: CellStyle()),
            ])
        XCTAssertEqual(
            buffer.changedRuns(since: ScreenBuffer(width: 4, height: 2)).count, 3,
            "a different size redraws everything")
    }

    func testChangedRunsAreMinimal() {
        var old = ScreenBuffer(width: 10, height: 3)
        old.put("hello", x: 0, y: 0)
        var new = old
        XCTAssertEqual(new.changedRuns(since: old), [])
        new.put("help!", x: 0, y: 0)
        new.put("x", x: 9, y: 2, style: CellStyle(.ok))
        XCTAssertEqual(
            new.changedRuns(since: old),
            [
                CellRun(x: 3, y: 0, text: "p!", style: CellStyle()),
                CellRun(x: 9, y: 2, text: "x", style: CellStyle(.ok)),
            ])
    }

    func testChangedRunsSplitOnStyleAndKeepWideCharactersWhole() {
        let old = ScreenBuffer(width: 6, height: 1)
        var new = old
        new.put("ab", x: 0, y: 0, style: CellStyle(.ok))
        new.put("客", x: 2, y: 0, style: CellStyle(.danger))
        XCTAssertEqual(
            new.changedRuns(since: old),
            [
                CellRun(x: 0, y: 0, text: "ab", style: CellStyle(.ok)),
                CellRun(x: 2, y: 0, text: "客", style: CellStyle(.danger)),
            ])
        // Only the right half's style changes: the whole character is redrawn.
        var restyled = new
        restyled.setStyle(Rect(x: 3, y: 0, width: 1, height: 1), style: CellStyle(.info))
        XCTAssertEqual(
            restyled.changedRuns(since: new),
            [
                CellRun(x: 2, y: 0, text: "客", style: CellStyle(.info))
            ])
    }

    func testASCIIOnlyTerminalsGetOnePlaceholderPerColumn() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        let drawn = buffer.put("研究 a😀é|", x: 0, y: 0, glyphs: .ascii)
        XCTAssertEqual(buffer.lines()[0], "???? a???|")
        XCTAssertEqual(drawn, 10, "the same width as the original text")
        var unicode = ScreenBuffer(width: 20, height: 1)
        unicode.put("研究", x: 0, y: 0, glyphs: .unicode)
        XCTAssertEqual(unicode.lines()[0], "研究")
    }
}
