import XCTest
import TerminalUI

final class SanitizerTests: XCTestCase {
    func testPlainASCIIIsUnchanged() {
        XCTAssertEqual(Sanitizer.clean("agent-1 (prod)"), "agent-1 (prod)")
        XCTAssertEqual(Sanitizer.clean(""), "")
    }

    func testRemovesColourSequences() {
        XCTAssertEqual(Sanitizer.clean("\u{1B}[31;1mred\u{1B}[0m text"), "red text")
    }

    func testRemovesClearScreenAndCursorMoves() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}[2Jb\u{1B}[10;20Hc"), "abc")
    }

    func testRemovesOSCTitleWithBellOrST() {
        XCTAssertEqual(Sanitizer.clean("x\u{1B}]0;pwned\u{07}y"), "xy")
        XCTAssertEqual(Sanitizer.clean("x\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\y"), "xlinky")
    }

    func testUnterminatedOSCSwallowsTheRest() {
        XCTAssertEqual(Sanitizer.clean("ok\u{1B}]0;never ends"), "ok")
    }

    func testRemovesDCSAndAPCStrings() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b"), "ab")
        XCTAssertEqual(Sanitizer.clean("a\u{1B}_payload\u{9C}b"), "ab")
    }

    func testRemovesTwoAndThreeCharacterEscapes() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}cb\u{1B}(Bc\u{1B}"), "abc")
    }

    func testRemovesC1Controls() {
        XCTAssertEqual(Sanitizer.clean("a\u{9B}31mb"), "ab", "8-bit CSI")
        XCTAssertEqual(Sanitizer.clean("a\u{9D}0;t\u{07}b"), "ab", "8-bit OSC")
        XCTAssertEqual(Sanitizer.clean("a\u{85}b\u{7F}c"), "abc")
    }

    func testRemovesBidiOverrides() {
        XCTAssertEqual(Sanitizer.clean("file\u{202E}gpj.exe"), "filegpj.exe")
        XCTAssertEqual(Sanitizer.clean("\u{2066}a\u{2069}"), "a")
    }

    func testNewlineAndTabBecomeSpaces() {
        XCTAssertEqual(Sanitizer.clean("line1\nline2\tend"), "line1 line2 end")
        XCTAssertEqual(Sanitizer.clean("a\r\nb"), "a b", "CRLF becomes one space")
        XCTAssertEqual(Sanitizer.clean("bell\u{07}null\u{0}"), "bellnull")
    }

    func testKeepsPrintableTextOfAnyScript() {
        let text = "客服助手 🚀 👨‍👩‍👧‍👦 🇩🇪 e\u{301} Привет مرحبا 한국어"
        XCTAssertEqual(Sanitizer.clean(text), text)
    }
}
