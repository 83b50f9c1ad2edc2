import XCTest
@testable import ArchestraAPI

final class TrimmedWhitespaceTests: XCTestCase {
    func testTrimsSpacesTabsAndLineBreaksAtBothEndsOnly() {
        XCTAssertEqual("  calendar_day \t\n".trimmedWhitespace, "calendar_day")
        XCTAssertEqual("\u{00A0}bot 12\u{2003}".trimmedWhitespace, "bot 12", "no-break and em spaces count, the inner space stays")
        XCTAssertEqual(" \n\t ".trimmedWhitespace, "")
        XCTAssertEqual("".trimmedWhitespace, "")
        XCTAssertEqual("x".trimmedWhitespace, "x")
        XCTAssertEqual("é\u{301} ".trimmedWhitespace, "é\u{301}", "whole characters are kept")
    }

    func testNumbersSentAsPaddedStringsStillRead() {
        XCTAssertEqual(JSONValue.string(" 12.5\n").numberLike, 12.5)
        XCTAssertNil(JSONValue.string(" twelve ").numberLike)
    }
}
