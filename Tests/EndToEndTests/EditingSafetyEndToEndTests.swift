import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 21, items 2–10: edits are not lost, failures say where the edit went, and changing keys ask first.
final class EditingSafetyEndToEndTests: XCTestCase {
    static let stateFolder = NSTemporaryDirectory() + "archestra-e2e-state/archestra-tui"

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
}
