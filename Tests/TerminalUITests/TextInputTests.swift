import XCTest
import TerminalUI

final class TextInputTests: XCTestCase {
    func testEditingMovesTheCursor() {
        var input = TextInput(text: "helo")
        XCTAssertEqual(input.cursor, 4)
        input.moveLeft()
        input.insert("l")
        XCTAssertEqual(input.text, "hello")
        XCTAssertEqual(input.cursor, 4)
        input.moveToStart()
        input.deleteBackward()
        input.deleteForward()
        XCTAssertEqual(input.text, "ello")
        XCTAssertEqual(input.cursor, 0)
        input.moveLeft()
        XCTAssertEqual(input.cursor, 0)
        input.moveToEnd()
        input.moveRight()
        XCTAssertEqual(input.cursor, 4)
        input.deleteForward()
        XCTAssertEqual(input.text, "ello")
    }

    func testDeleteWordAndClear() {
        var input = TextInput(text: "gpt 4o mini  ")
        input.deleteWordBackward()
        XCTAssertEqual(input.text, "gpt 4o ")
        input.moveLeft()
        input.moveLeft()
        input.moveLeft()
        input.deleteWordBackward()
        XCTAssertEqual(input.text, "4o ")
        XCTAssertEqual(input.cursor, 0)
        input.clear()
        XCTAssertEqual(input, TextInput())
    }

    func testPastedControlsAreRemovedAndMaxLengthHolds() {
        var input = TextInput(maxLength: 6)
        input.insert("ab\u{1B}]0;x\u{07}c\nd")
        XCTAssertEqual(input.text, "abc d")
        input.insert("xyz")
        XCTAssertEqual(input.text, "abc dx")
        XCTAssertEqual(TextInput(text: "toolong", maxLength: 3).text, "too")
        XCTAssertEqual(TextInput(text: "x", maxLength: -1).text, "")
    }

    func testCombiningInsertKeepsCursorInRange() {
        var input = TextInput(text: "e")
        input.insert("\u{301}")
        XCTAssertEqual(input.text, "e\u{301}")
        XCTAssertEqual(input.cursor, 1)
        input.insert("客")
        XCTAssertEqual(input.cursor, 2)
    }

    func testVisiblePartScrollsToKeepTheCursorVisible() {
        let input = TextInput(text: "abcdefghij")
        XCTAssertEqual(input.visiblePart(of: input.text, width: 5).text, "ghij")
        XCTAssertEqual(input.visiblePart(of: input.text, width: 5).cursorColumn, 4)
        var start = input
        start.moveToStart()
        XCTAssertEqual(start.visiblePart(of: start.text, width: 5).text, "abcde")
        XCTAssertEqual(start.visiblePart(of: start.text, width: 5).cursorColumn, 0)
        let wide = TextInput(text: "客服助手")
        XCTAssertEqual(wide.visiblePart(of: wide.text, width: 5).text, "助手")
        XCTAssertEqual(wide.visiblePart(of: wide.text, width: 5).cursorColumn, 4)
        XCTAssertEqual(input.visiblePart(of: input.text, width: 0).text, "")
    }

    func testTextFieldDrawsCursorPlaceholderAndMask() {
        var buffer = ScreenBuffer(width: 8, height: 3)
        TextField(input: TextInput(text: "abc"), isFocused: true)
            .render(into: &buffer, rect: Rect(x: 0, y: 0, width: 8, height: 1), glyphs: .unicode)
        TextField(input: TextInput(), placeholder: "name")
            .render(into: &buffer, rect: Rect(x: 0, y: 1, width: 8, height: 1), glyphs: .unicode)
        TextField(input: TextInput(text: "sk-123"), isSecret: true)
            .render(into: &buffer, rect: Rect(x: 0, y: 2, width: 8, height: 1), glyphs: .ascii)
        XCTAssertEqual(buffer.lines(), ["abc", "name", "******"])
        XCTAssertEqual(buffer.attributeMap(.reverse), ["   x", "", ""])
        XCTAssertEqual(buffer.attributeMap(.underline), ["xxxxxxxx", "xxxxxxxx", "xxxxxxxx"])
        XCTAssertEqual(buffer.styleMap([.accent: "a", .muted: "m"]), ["aaaaaaaa", "mmmm", ""])
    }
}
