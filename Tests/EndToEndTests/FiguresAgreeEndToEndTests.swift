import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// The overview's totals and the LLM-proxy pane count the same traffic, on both API generations.
final class FiguresAgreeEndToEndTests: XCTestCase {
    /// "Requests 29.3k  Tokens 75.6M  Cost $182.94" → ["29.3k", "75.6M", "$182.94"].
    func overviewTotals(_ screen: String) throws -> [String] {
        let line = try XCTUnwrap(screen.split(separator: "\n").first { $0.hasPrefix("Requests ") }, screen)
        let words = line.split(separator: " ").map(String.init)
        return ["Requests", "Tokens", "Cost"].compactMap { label in
            words.firstIndex(of: label).map { words[$0 + 1] }
        }
    }

    func testOverviewTotalsEqualTheLLMProxyTotalsOn14() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        let overview = try session.waitFor("overview totals", timeout: 15) { $0.contains("Requests ") && $0.contains("Cost $") }
        let totals = try overviewTotals(overview)
        XCTAssertEqual(totals.count, 3, overview)
        try session.send("4")
        let proxies = try session.waitFor("the proxy row with figures", timeout: 10) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("Organization LLM proxy") && $0.contains("$") }
        }
        let row = try XCTUnwrap(proxies.split(separator: "\n").first { $0.hasPrefix("Organization LLM proxy") })
        let cells = row.split(separator: " ").map(String.init)
        for figure in totals {
            XCTAssertTrue(cells.contains(figure), "the proxy row shows the overview's \(figure): \(row)\noverview: \(totals)")
        }
        await fixture.shutdown()
    }
}
