import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 21, items 2–10: edits are not lost, failures say where the edit went, and changing keys ask first.
final class EditingSafetyEndToEndTests: XCTestCase {
    static let stateFolder = TestFolders.state + "/archestra-tui"

    /// Opens the agents pane narrowed to one agent.
    func showOnly(_ agent: Agent, in session: TmuxSession) throws {
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        try session.send("/")
        try session.type(agent.name)
        try session.send("Enter")
        try session.waitFor("only \(agent.name)", timeout: 10) { $0.contains("Agents 1-1 of 1") }
    }

    /// The text under `heading` in the form, read back from the lines below it (a long path wraps).
    func textUnder(_ heading: String, in screen: String) -> String {
        // Inside the window: after its left border, up to its right one.
        let lines = screen.split(separator: "\n").map { line in
            String(line.split(separator: "│", maxSplits: 2, omittingEmptySubsequences: false).dropFirst().first ?? "")
                .trimmingCharacters(in: .whitespaces)
        }
        guard let start = lines.firstIndex(of: heading) else { return "" }
        var text = ""
        for piece in lines[(start + 1)...] {
            guard !piece.isEmpty, !piece.contains(" ") else { break }
            text += piece
        }
        return text
    }

    func testAFailedSaveShowsAndLogsWhereTheEditWasSaved() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let session = try fixture.console(width: 80, height: 24)
        defer { session.kill() }
        try showOnly(agent, in: session)
        try session.send("E")
        try session.waitFor(text: "Edit agent", timeout: 10)
        try session.send("Down")
        try session.type(" and a change")
        await fixture.simulator.setFault(.status(500), forPathPrefix: "/api/agents/\(agent.id)")
        try session.send("C-s")
        let screen = try session.waitFor(text: "your edit is saved in:", timeout: 10)
        XCTAssertTrue(screen.contains("not saved: "), screen)
        let path = textUnder("your edit is saved in:", in: screen)
        XCTAssertTrue(path.hasPrefix(Self.stateFolder + "/recovery/agent-"), "the whole path is on screen: \(path)\n\(screen)")
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0, "the file is there: \(path)")
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(saved.contains(" and a change"), saved)
        let log = try String(contentsOfFile: Self.stateFolder + "/archestra-tui.log", encoding: .utf8)
        XCTAssertTrue(log.contains(path), "the path is in the log")
        await fixture.shutdown()
    }

    func testCtrlCInAFormWithChangesAsksBeforeQuitting() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 80, height: 24)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("5")
        try session.waitFor(text: "Knowledge Bases 1-", timeout: 10)
        try session.send("n")
        try session.waitFor(text: "New knowledge base", timeout: 5)
        await fixture.simulator.clearRecordedRequests()
        try session.type("Half typed")
        try session.send("C-c")
        try session.waitFor(text: "Quit and discard your changes?", timeout: 5)
        try session.send("n")
        let screen = try session.waitFor("the form again", timeout: 5) { !$0.contains("Quit and discard") }
        XCTAssertTrue(screen.contains("Half typed") && !screen.contains("EXITED"), "still editing:\n\(screen)")
        try session.send("C-c")
        try session.waitFor(text: "Quit and discard your changes?", timeout: 5)
        try session.send("y")
        try session.waitFor(text: "EXITED:0", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "\(changes)")
        await fixture.shutdown()
    }

    func testReadOnlyShowsTheHistoryAndRestoresNothing() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        _ = try await fixture.client.updateAgent(id: agent.id, body: .object(["description": .string("A newer description")]))
        let session = try fixture.console(width: 160, height: 48, extraArguments: "--read-only")
        defer { session.kill() }
        try showOnly(agent, in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("v")
        try session.waitFor(text: "Versions of \(agent.name)", timeout: 5)
        try session.waitFor("the versions, read", timeout: 10) { $0.contains("version ") && !$0.contains("loading") }
        try session.send("j")
        try session.send("Enter")
        try session.waitFor(text: "against the current record", timeout: 5)
        try session.send("r")
        try session.waitFor(text: "versions can be viewed, not restored", timeout: 5)
        try session.send("y")
        try await Task.sleep(for: .milliseconds(500))
        let screen = try session.screen()
        XCTAssertFalse(screen.contains("restored version"), screen)
        let changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "\(changes.map { "\($0.method) \($0.path)" })")
        let reads = await fixture.simulator.recordedRequests().filter { $0.path.hasPrefix("/api/agents/\(agent.id)/versions") }
        XCTAssertFalse(reads.isEmpty, "the history was read")
        await fixture.shutdown()
    }

    func testTheTrashOffersOnlyRestore() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        try await fixture.client.deleteAgent(id: agent.id)
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        let live = try session.screen().split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(live.contains("e edit"), live)
        try session.type(":trash")
        try session.send("Enter")
        let screen = try session.waitFor("the trash with the deleted agent", timeout: 10) {
            $0.contains("Agents (trash)") && $0.contains(agent.name)
        }
        let hints = screen.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(hints.contains("u restore"), hints)
        for gone in ["e edit", "n new", "d delete"] { XCTAssertFalse(hints.contains(gone), "\(gone) in: \(hints)") }
        await fixture.simulator.clearRecordedRequests()
        try session.send("E")
        try session.waitFor(text: "in the trash only u", timeout: 5)
        XCTAssertFalse(try session.screen().contains("404"))
        let asked = await fixture.simulator.recordedRequests().filter { $0.path == "/api/agents/\(agent.id)" }
        XCTAssertTrue(asked.isEmpty, "the deleted record is not opened: \(asked.map(\.path))")
        await fixture.shutdown()
    }

    func testReinstallAsksFirstAndIsTitledReinstall() async throws {
        let fixture = try await SimulatorFixture()
        let servers = try await fixture.client.mcpServers()
        let server = try XCTUnwrap(
            servers.first { candidate in
                candidate.name.allSatisfy(\.isASCII) && candidate.name.count >= 4
                    && servers.filter { $0.name.lowercased().contains(candidate.name.lowercased()) }.count == 1
            })
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("6")
        try session.waitFor(text: "MCP Registry", timeout: 10)
        try session.send("/")
        try session.type(server.name)
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        await fixture.simulator.clearRecordedRequests()
        try session.send("R")
        try session.waitFor(text: "Reinstall \(server.name)?", timeout: 5)
        try session.send("n")
        try session.waitFor(text: "not reinstalled", timeout: 5)
        // Asked and answered no: whatever R would have sent was sent before the answer was drawn.
        let declined = await fixture.changes()
        XCTAssertTrue(declined.isEmpty, "asking sends nothing: \(declined.map(\.path))")
        try session.send("R")
        try session.waitFor(text: "Reinstall \(server.name)?", timeout: 5)
        try session.send("y")
        let box = try session.waitFor(text: "following the installation state", timeout: 10)
        XCTAssertTrue(box.contains("Reinstall \(server.name)"), box)
        XCTAssertFalse(box.contains("Install \(server.name)") && !box.contains("Reinstall \(server.name)"), box)
        // The window opens before the request is answered: wait for it rather than read at once.
        let changes = await fixture.waitForChanges("the reinstall") { !$0.isEmpty }
        XCTAssertEqual(changes.map { "\($0.method) \($0.path)" }, ["POST /api/mcp_server/\(server.id)/reinstall"])
        await fixture.shutdown()
    }

    func testTheActionMenuNarrowsAndRunsReinstallAsRDoes() async throws {
        let fixture = try await SimulatorFixture()
        let servers = try await fixture.client.mcpServers()
        let server = try XCTUnwrap(
            servers.first { candidate in
                candidate.name.allSatisfy(\.isASCII) && candidate.name.count >= 4
                    && servers.filter { $0.name.lowercased().contains(candidate.name.lowercased()) }.count == 1
            })
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("6")
        try session.waitFor(text: "MCP Registry", timeout: 10)
        try session.send("/")
        try session.type(server.name)
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        await fixture.simulator.clearRecordedRequests()
        try session.send("a")
        try session.waitFor(text: "Actions", timeout: 5)
        try session.type("rein")
        let menu = try session.waitFor(text: "> rein_", timeout: 5)
        XCTAssertTrue(menu.contains("reinstall the selected MCP server"), menu)
        try session.send("Enter")
        try session.waitFor(text: "Reinstall \(server.name)?", timeout: 5)
        let asked = await fixture.changes()
        XCTAssertTrue(asked.isEmpty, "the menu asks first, as R does: \(asked.map(\.path))")
        try session.send("y")
        try session.waitFor(text: "following the installation state", timeout: 10)
        let changes = await fixture.waitForChanges("the reinstall") { !$0.isEmpty }
        XCTAssertEqual(changes.map { "\($0.method) \($0.path)" }, ["POST /api/mcp_server/\(server.id)/reinstall"])
        await fixture.shutdown()
    }
}
