import Foundation
import XCTest
@testable import DashboardCore

/// The writers behind `Ctrl-S` and `snapshot`: server text reaches a terminal inert, and data stays data.
final class TableExportTests: XCTestCase {
    let hostile = "Evil\u{1B}]0;owned\u{07}\u{1B}[31mBot\u{9B}2J\u{202E}"

    func testTextAlignsByTerminalColumns() {
        let table = TableExport(name: "t", columns: ["Name", "Tools"], rows: [["日本語", "3"], ["abc", "12"]])
        XCTAssertEqual(
            table.text,
            """
            Name    Tools
            日本語  3
            abc     12

            """)
    }

    func testTextAndCSVDropEscapeSequences() {
        let table = TableExport(name: "t", columns: ["Name"], rows: [[hostile]])
        XCTAssertEqual(table.text, "Name\nEvilBot\n")
        XCTAssertEqual(table.csv, "Name\r\nEvilBot\r\n")
    }

    func testJSONKeepsTheTextButEscapesEveryControl() throws {
        let json = TableExport(name: "t", columns: ["Name"], rows: [[hostile]]).json
        XCTAssertNil(json.unicodeScalars.first { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]]
        XCTAssertEqual(decoded, [["Name": hostile]])
    }
}
