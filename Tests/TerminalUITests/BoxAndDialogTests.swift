import XCTest
import TerminalUI

final class BoxAndDialogTests: XCTestCase {
    func testBoxWithTitle() {
        var buffer = ScreenBuffer(width: 14, height: 3)
        let box = Box(title: "Agents")
        box.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["┌─ Agents ───┐", "│            │", "└────────────┘"])
        XCTAssertEqual(buffer.styleMap([.border: "b", .title: "t"]), ["bbttttttttbbbb", "b            b", "bbbbbbbbbbbbbb"])
        XCTAssertEqual(box.innerRect(of: buffer.bounds), Rect(x: 1, y: 1, width: 12, height: 1))
    }

    func testBoxTitleIsTruncatedInsideTheBorder() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        Box(title: "Knowledge bases").render(into: &buffer, rect: buffer.bounds, glyphs: .ascii)
        XCTAssertEqual(buffer.lines(), ["+- Know~-+", "+--------+"])
    }

    func testBoxTooSmallDrawsNothing() {
        var buffer = ScreenBuffer(width: 3, height: 3)
        Box(title: "x").render(into: &buffer, rect: Rect(x: 0, y: 0, width: 1, height: 3), glyphs: .unicode)
        Box(title: "x").render(into: &buffer, rect: Rect(x: 0, y: 0, width: 3, height: 1), glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["", "", ""])
        Box().render(into: &buffer, rect: Rect(x: 1, y: 1, width: 5, height: 5), glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["", " ┌─", " │"])
    }

    func testKeyHintBarStylesKeysAndDropsWhatDoesNotFit() {
        let bar = KeyHintBar(hints: [
            (key: "1", label: "Overview"), (key: "2", label: "Agents"),
            (key: "?", label: "Help"), (key: "q", label: "Quit"),
        ])
        var wide = ScreenBuffer(width: 40, height: 1)
        bar.render(into: &wide, rect: wide.bounds, glyphs: .unicode)
        XCTAssertEqual(wide.lines(), ["1 Overview  2 Agents  ? Help  q Quit"])
        XCTAssertEqual(wide.styleMap([.keyHint: "k"]), ["k           k         k       k"])

        var narrow = ScreenBuffer(width: 27, height: 1)
        bar.render(into: &narrow, rect: narrow.bounds, glyphs: .unicode)
        XCTAssertEqual(narrow.lines(), ["1 Overview  2 Agents"])
        XCTAssertEqual(bar.fitting(width: 28).count, 3)
        XCTAssertEqual(bar.fitting(width: 0).count, 0)
    }

    func testKeyHintBarDropsTheLowestPrioritiesWholeAndKeepsTheOrder() {
        let bar = KeyHintBar(hints: [
            KeyHint(key: "?", label: "help", priority: 10), KeyHint(key: "t / T", label: "timeframe", priority: 1),
            KeyHint(key: "r", label: "refresh", priority: 5), KeyHint(key: "q", label: "quit", priority: 9),
        ])
        var buffer = ScreenBuffer(width: 30, height: 1)
        bar.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["? help  r refresh  q quit"], "the timeframe hint goes first, whole")
        XCTAssertEqual(bar.fitting(width: 14).map(\.label), ["help", "quit"])
    }

    func testDialogIsCentredWithButtons() {
        var buffer = ScreenBuffer(width: 30, height: 8)
        let dialog = Dialog(
            title: "Delete agent?", lines: ["This removes support-bot.", "It cannot be undone."],
            buttons: ["Delete", "Cancel"], selectedButton: 1)
        dialog.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(
            buffer.lines(),
            [
                "",
                "┌─ Delete agent? ───────────┐",
                "│ This removes support-bot. │",
                "│ It cannot be undone.      │",
                "│                           │",
                "│  [ Delete ]  [ Cancel ]   │",
                "└───────────────────────────┘",
                "",
            ])
        XCTAssertEqual(buffer.styleMap([.selection: "s", .accent: "a"])[5], "   aaaaaaaaaa  ssssssssss")
        XCTAssertEqual(dialog.frame(in: buffer.bounds), Rect(x: 0, y: 1, width: 29, height: 6))
    }

    func testDialogOnATinyScreenIsClipped() {
        let dialog = Dialog(title: "Help", lines: Array(repeating: "a long line of help text", count: 20), buttons: ["OK"])
        for (width, height) in [(0, 0), (1, 1), (2, 2), (5, 3), (10, 4)] {
            var buffer = ScreenBuffer(width: width, height: height)
            dialog.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
            XCTAssertEqual(buffer.lines().count, height)
        }
        var buffer = ScreenBuffer(width: 10, height: 4)
        dialog.render(into: &buffer, rect: buffer.bounds, glyphs: .ascii)
        XCTAssertEqual(buffer.lines(), ["+- Help -+", "| a lon~ |", "| [ OK ] |", "+--------+"])
    }
}
