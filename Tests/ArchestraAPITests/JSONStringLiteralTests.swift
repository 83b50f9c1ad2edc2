import XCTest

@testable import ArchestraAPI

/// The one writer of JSON string literals (edit documents, rebuilt log records).
final class JSONStringLiteralTests: XCTestCase {
    func testEveryASCIICharacterAndBeyondReadsBackUnchanged() throws {
        let ascii = String(String.UnicodeScalarView((0...0x7F).compactMap(Unicode.Scalar.init)))
        let breaks = "next \u{85} c1 \u{9B} line \u{2028} paragraph \u{2029} mark \u{FEFF}"
        for text in [ascii, "quote \" backslash \\ slash /", "中文 🚀 é", breaks, ""] {
            let literal = JSONStringLiteral.quoted(text)
            XCTAssertEqual(try JSONValue.parse(Data(literal.utf8)), .string(text), literal)
        }
    }

    func testNoControlCharacterIsLeftRaw() {
        let literal = JSONStringLiteral.quoted("a\u{0}b\u{1B}[2J\u{7F}\u{9}\n\r")
        XCTAssertEqual(literal, #""a\u0000b\u001B[2J\u007F\t\n\r""#)
        XCTAssertFalse(literal.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        XCTAssertEqual(JSONStringLiteral.quoted("\u{85}\u{2028}\u{FEFF}"), #""\u0085\u2028\uFEFF""#)
    }

    func testAppendingWritesAfterWhatIsThere() {
        var out = "["
        JSONStringLiteral.append("x", to: &out)
        XCTAssertEqual(out, #"["x""#)
    }
}
