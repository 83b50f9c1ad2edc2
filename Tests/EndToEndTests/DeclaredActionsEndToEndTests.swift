import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Declared row actions in the real binary: the `a` menu runs a followed action, and the history
/// declared on agents restores a version; the simulator says what it received.
final class DeclaredActionsEndToEndTests: XCTestCase {
    func testTheMenuRunsAFollowedReinstallAndVRestoresAVersion() async throws {
        let fixture = try await SimulatorFixture()
        let servers = try await fixture.client.mcpServers()
        let server = try XCTUnwrap(
            servers.first { candidate in
                candidate.name.allSatisfy(\.isASCII) && candidate.name.count >= 4
                    && servers.filter { $0.name.lowercased().contains(candidate.name.lowercased()) }.count == 1
            })
        let agent = try await fixture.plainAgent()
        _ = try await fixture.client.updateAgent(id: agent.id, body: .object(["description": .string("A newer description")]))
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")

        // The MCP pane: a, "rein", Enter asks as R does; y runs it in its follow window.
        try session.send("6")
        try session.waitFor(text: "MCP Registry", timeout: 10)
        try session.send("/")
        try session.type(server.name)
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        let bar = try session.screen().split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(bar.contains("a actions"), bar)
        await fixture.simulator.clearRecordedRequests()
        try session.send("a")
        try session.waitFor(text: "Actions", timeout: 5)
        try session.type("rein")
        try session.waitFor(text: "> rein_", timeout: 5)
        try session.send("Enter")
        try session.waitFor(text: "Reinstall \(server.name)?", timeout: 5)
        try session.send("y")
        let window = try session.waitFor(text: "following the installation state", timeout: 10)
        XCTAssertTrue(window.contains("Reinstall \(server.name)"), window)
        let reinstall = await fixture.waitForChanges("the reinstall") { !$0.isEmpty }
        XCTAssertEqual(reinstall.map { "\($0.method) \($0.path)" }, ["POST /api/mcp_server/\(server.id)/reinstall"])
        try session.send("Escape")
        try session.waitFor("the window closed", timeout: 5) { !$0.contains("following the installation state") }

        // The agents pane: v opens the declared history; r, y restores the chosen version.
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        try session.send("/")
        try session.type(agent.name)
        try session.send("Enter")
        try session.waitFor("only \(agent.name)", timeout: 10) { $0.contains("Agents 1-1 of 1") }
        await fixture.simulator.clearRecordedRequests()
        try session.send("v")
        try session.waitFor(text: "Versions of \(agent.name)", timeout: 5)
        try session.waitFor("the versions, read", timeout: 10) { $0.contains("version ") && !$0.contains("loading") }
        try session.send("j")
        try session.send("r")
        try session.waitFor(text: "y restores", timeout: 5)
        try session.send("y")
        try session.waitFor(text: "restored version", timeout: 10)
        let restore = await fixture.waitForChanges("the restore") { !$0.isEmpty }
        XCTAssertEqual(restore.count, 1, "\(restore.map(\.path))")
        XCTAssertTrue(restore.first?.path.hasPrefix("/api/agents/\(agent.id)/versions/") == true, "\(restore.map(\.path))")
        XCTAssertTrue(restore.first?.path.hasSuffix("/restore") == true, "\(restore.map(\.path))")
        await fixture.shutdown()
    }
}
