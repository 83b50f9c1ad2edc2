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

    func testTextWithNothingToRemoveIsKeptAndControlsStillGo() {
        let bar = "███▌░░ ⣿⡀ é 名前"
        XCTAssertEqual(Sanitizer.clean(bar), bar)
        XCTAssertEqual(Sanitizer.clean("█\u{1B}[31m▌\u{202E}x\u{9B}2Jy"), "█▌xy")
        XCTAssertEqual(Sanitizer.clean("a\tb\u{7F}"), "a b")
    }
}
