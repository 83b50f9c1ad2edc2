import XCTest
@testable import DashboardCore

/// The filter's byte-level fast path must answer exactly as `lowercased().contains` does.
final class CaseInsensitiveMatchTests: XCTestCase {
    func testAnswersAsLowercasedContainsDoes() {
        let cells = [
            "Support-Bot-12", "ops-bot-3", "", "MCP Gateway", "Архивариус", "Café Crème", "tab\there",
            "line\r\nbreak", "e\u{301}clair", "ÉCLAIR", "x",
        ]
        let needles = ["bot-12", "BOT", "", "gateway", "архив", "café", "crème", "\t", "\n", "é", "eclair", "xx", "x", "-"]
        for cell in cells {
            for filter in needles {
                let needle = filter.lowercased()
                XCTAssertEqual(
                    CaseInsensitiveMatch.contains(cell, lowercasedNeedle: needle),
                    cell.lowercased().contains(needle), "\(cell) / \(filter)")
            }
        }
    }
}
