import XCTest
@testable import TerminalUI

final class DisplayWidthTests: XCTestCase {
    func testASCIIWidthIsCharacterCount() {
        XCTAssertEqual(DisplayWidth.of("hello world"), 11)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testControlCharactersHaveNoWidth() {
        XCTAssertEqual(DisplayWidth.of("a\u{1B}b\u{7F}"), 2)
        XCTAssertEqual(DisplayWidth.of(Character("\u{9B}")), 0)
    }

    func testCJKIsTwoColumnsPerCharacter() {
        XCTAssertEqual(DisplayWidth.of("客服助手"), 8)
        XCTAssertEqual(DisplayWidth.of("ab客"), 4)
        XCTAssertEqual(DisplayWidth.of("カタカナ"), 8)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth Latin")
    }

    func testHangulSyllablesAndDecomposedJamo() {
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        // Leading consonant + vowel + final consonant form one two-column grapheme.
        XCTAssertEqual(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}"), 2)
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("🚀"), 2)
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧‍👦"), 2, "ZWJ family")
        XCTAssertEqual(DisplayWidth.of("🇩🇪"), 2, "flag")
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "text symbol with VS16")
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "skin tone modifier")
        XCTAssertEqual(DisplayWidth.of("ok ✅"), 5)
    }

    func testCombiningMarksAddNothing() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("Cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero width space")
    }

    func testNarrowSymbolsStayNarrow() {
        XCTAssertEqual(DisplayWidth.of("─│┌…▁█░é→"), 9)
        XCTAssertEqual(DisplayWidth.of("Привет"), 6)
        XCTAssertEqual(DisplayWidth.of("مرحبا"), 5)
    }

    func testEveryEmojiPresentationScalarIsWide() {
        // Cross-check the hand-written table against the standard library's emoji data.
        for value in UInt32(0x2000)...UInt32(0x1FAFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isEmojiPresentation,
                scalar.properties.generalCategory != .nonspacingMark
            else { continue }
            XCTAssertEqual(DisplayWidth.width(of: scalar), 2, String(format: "U+%04X", value))
        }
    }

    func testWideTableIsSortedAndDisjoint() {
        let ranges = WideCharacterTable.ranges
        for (previous, next) in zip(ranges, ranges.dropFirst()) {
            XCTAssertLessThan(previous.upperBound, next.lowerBound, "\(previous) / \(next)")
        }
    }

    func testTruncateAddsEllipsis() {
        XCTAssertEqual(DisplayWidth.truncate("hello world", to: 8), "hello w…")
        XCTAssertEqual(DisplayWidth.truncate("hello", to: 5), "hello")
        XCTAssertEqual(DisplayWidth.truncate("hello", to: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("hello", to: 0), "")
        XCTAssertEqual(DisplayWidth.truncate("hello", to: -3), "")
        XCTAssertEqual(DisplayWidth.truncate("hello world", to: 4, ellipsis: "~"), "hel~")
    }

    func testTruncateNeverSplitsWideCharacters() {
        XCTAssertEqual(DisplayWidth.truncate("客服助手", to: 5), "客服…")
        XCTAssertEqual(DisplayWidth.truncate("客服助手", to: 4), "客…")
        XCTAssertEqual(DisplayWidth.truncate("客服助手", to: 2), "…")
        XCTAssertEqual(DisplayWidth.truncate("🚀🚀🚀", to: 4), "🚀…")
        XCTAssertEqual(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2), "e\u{301}…")
    }

    func testPadAlignsToExactWidth() {
        XCTAssertEqual(DisplayWidth.pad("ab", to: 5, alignment: .left), "ab   ")
        XCTAssertEqual(DisplayWidth.pad("ab", to: 5, alignment: .right), "   ab")
        XCTAssertEqual(DisplayWidth.pad("ab", to: 5, alignment: .center), " ab  ")
        XCTAssertEqual(DisplayWidth.pad("客服", to: 5, alignment: .right), " 客服")
        XCTAssertEqual(DisplayWidth.pad("客服助手", to: 4, alignment: .left), "客… ")
        XCTAssertEqual(DisplayWidth.pad("abc", to: 0, alignment: .left), "")
    }
}
