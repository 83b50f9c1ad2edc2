import XCTest
@testable import TerminalUI

/// The shortcuts for what frames draw most agree with the general rules they skip.
final class DisplayWidthFastPathTests: XCTestCase {
    func testBoxBlockAndBrailleCharactersAreOneColumnAndNotWide() {
        for value in Array(UInt32(0x2500)...0x259F) + Array(UInt32(0x2800)...0x28FF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertFalse(WideCharacterTable.contains(value), "U+\(String(value, radix: 16)) is in the wide table")
            XCTAssertNotEqual(scalar.properties.generalCategory, .nonspacingMark)
            XCTAssertNotEqual(scalar.properties.generalCategory, .format)
            XCTAssertEqual(DisplayWidth.width(of: scalar), 1)
        }
        XCTAssertEqual(DisplayWidth.of("█▌░ ⣿⡀ ─┼"), 9)
    }

    func testEachScalarOfBarsAndChartsIsAGraphemeOfItsOwn() {
        // The screen buffer draws such text a scalar a cell, skipping grapheme breaking: every pair of
        // them must break, and the text must be what the sanitiser keeps.
        let scalars = (Array(UInt32(0x20)..<0x7F) + Array(UInt32(0x2500)...0x259F) + Array(UInt32(0x2800)...0x28FF)).compactMap(
            Unicode.Scalar.init)
        let text = String(String.UnicodeScalarView(scalars))
        XCTAssertTrue(DisplayWidth.isOneColumnPerScalar(text))
        XCTAssertEqual(text.count, scalars.count, "no two of them join into one grapheme")
        XCTAssertEqual(Sanitizer.clean(text), text)
        XCTAssertFalse(DisplayWidth.isOneColumnPerScalar("█\u{301}"), "a combining mark joins the block before it")
        XCTAssertFalse(DisplayWidth.isOneColumnPerScalar("█\u{1B}"))
        var fast = ScreenBuffer(width: 6, height: 1)
        fast.put("█▌⣿─a", x: 0, y: 0)
        XCTAssertEqual((0..<6).map { fast[$0, 0].text }, ["█", "▌", "⣿", "─", "a", " "])
        var cut = ScreenBuffer(width: 4, height: 1)
        cut.put("██████", x: 0, y: 0)
        XCTAssertEqual((0..<4).map { cut[$0, 0].text }, ["█", "█", "█", "…"], "too long: the ellipsis as before")
    }

    func testTextWithNothingToRemoveIsKeptAndControlsStillGo() {
        let bar = "███▌░░ ⣿⡀ é 名前"
        XCTAssertEqual(Sanitizer.clean(bar), bar)
        XCTAssertEqual(Sanitizer.clean("█\u{1B}[31m▌\u{202E}x\u{9B}2Jy"), "█▌xy")
        XCTAssertEqual(Sanitizer.clean("a\tb\u{7F}"), "a b")
    }
}
