import Foundation
import XCTest
import ArchestraAPI

/// Issue 11: Ctrl-S writes the table on screen to CSV and JSON in the state directory and says where.
final class ExportEndToEndTests: XCTestCase {
    func testCtrlSWritesTheAgentsTableAndSaysWhere() async throws {
        let fixture = try await SimulatorFixture()
        let state = NSTemporaryDirectory() + "archestra-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let session = try fixture.console(environment: ["XDG_STATE_HOME": state])
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-")
        try session.send("C-s")
        let screen = try session.waitFor(text: "saved ")
        let folder = state + "/archestra-tui/exports"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(files.count, 2, "\(files)")
        guard let csvName = files.first(where: { $0.hasSuffix(".csv") }), files.contains(where: { $0.hasSuffix(".json") }) else {
            return XCTFail("\(files)")
        }
        XCTAssertTrue(csvName.hasPrefix("agents-"), csvName)
        XCTAssertTrue(screen.contains("saved "), screen)

        let csv = try String(contentsOfFile: folder + "/" + csvName, encoding: .utf8)
        let lines = csv.split(whereSeparator: \.isNewline)
        XCTAssertTrue(lines.first?.contains("Name") == true, csv)
        let page = try await fixture.client.agents(AgentQuery(limit: 100))
        // Every exported row is an agent the server holds, by name.
        let names = Set(page.data.map(\.name))
        XCTAssertGreaterThan(lines.count, 10)
        for line in lines.dropFirst() {
            XCTAssertTrue(names.contains { line.contains($0.replacingOccurrences(of: "\"", with: "\"\"")) }, String(line))
        }
        await fixture.shutdown()
    }
}
