import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 25's tools half, the real binary against the simulator: editing a tool's policies in `$EDITOR`,
/// a quick default and its undo, an agent's tools assigned and unassigned, and older servers.
final class ToolsEndToEndTests: XCTestCase {
    /// Opens `:tools` narrowed to one tool.
    func showOnly(_ tool: String, in session: TmuxSession) throws {
        try session.waitFor(text: "connected")
        try session.type(":tools")
        try session.send("Enter")
        try session.waitFor(text: "Tools 1-", timeout: 10)
        try session.send("/")
        try session.type(tool)
        try session.send("Enter")
        try session.waitFor("only \(tool)", timeout: 10) { $0.contains("Tools 1-1 of 1") && $0.contains("block if untrusted") }
    }

    func auditLines(mentioning id: String) -> [String] {
        let text = (try? String(contentsOfFile: TestFolders.state + "/archestra-tui/audit.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { $0.contains(id) }
    }

    func testEditingAChangedDefaultInTheEditorSendsExactlyOneWrite() async throws {
        let fixture = try await SimulatorFixture()
        let editor = try EditorScript(
            #"sed -i 's/action: block_when_context_is_untrusted   #/action: require_approval   #/' "$1""#)
        let session = try fixture.console(width: 160, height: 48, environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try showOnly("github__create_issue", in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("e")
        try session.waitFor(text: "saved tool github__create_issue: toolInvocation", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertEqual(changes.count, 1, "\(changes.map { "\($0.method) \($0.path) \($0.body ?? "")" })")
        let change = try XCTUnwrap(changes.first)
        XCTAssertEqual(change.method, "PUT")
        XCTAssertTrue(change.path.hasPrefix("/api/autonomy-policies/tool-invocation/"), change.path)
        XCTAssertEqual(bodyObject(change)?.keys.sorted(), ["action"])
        XCTAssertEqual(bodyObject(change)?["action"] as? String, "require_approval")
        let document = editor.document(1)
        XCTAssertTrue(document.contains("toolInvocation:") && document.contains("trustedData:"), document)
        XCTAssertTrue(
            document.contains("# allow_when_context_is_untrusted | block_when_context_is_untrusted | block_always | require_approval"),
            "the comments list the allowed actions:\n\(document)")
        try session.waitFor(text: "require approval", timeout: 10)
        let tool = try await fixture.client.tools().data.first { $0.name == "github__create_issue" }
        XCTAssertFalse(auditLines(mentioning: try XCTUnwrap(tool?.id)).isEmpty, "the save is in the audit log")
        await fixture.shutdown()
    }

    func testAQuickDefaultAndItsUndo() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try showOnly("github__create_issue", in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("a")
        try session.type("call-block")
        try session.send("Enter")
        try session.waitFor(text: "u puts it back", timeout: 10)
        try session.waitFor("the row says block always", timeout: 10) { $0.contains("block always") && !$0.contains("block if untrusted") }
        var changes = await fixture.changes()
        XCTAssertEqual(changes.map(\.method), ["PUT"])
        XCTAssertEqual(bodyObject(try XCTUnwrap(changes.first))?["action"] as? String, "block_always")

        try session.send("u")
        try session.waitFor(text: "default back to block when context is untrusted", timeout: 10)
        try session.waitFor("the row is as it was", timeout: 10) { $0.contains("block if untrusted") }
        changes = await fixture.changes()
        XCTAssertEqual(changes.map(\.method), ["PUT", "PUT"])
        XCTAssertEqual(changes.map(\.path), [changes[0].path, changes[0].path], "the same default, put back")
        XCTAssertEqual(bodyObject(changes[1])?["action"] as? String, "block_when_context_is_untrusted")
        let tool = try await fixture.client.tools().data.first { $0.name == "github__create_issue" }
        let audit = auditLines(mentioning: try XCTUnwrap(tool?.id))
        XCTAssertTrue(
            audit.contains { $0.contains("\"set-default\"") } && audit.contains { $0.contains("\"undo-set-default\"") }, "\(audit)")
        await fixture.shutdown()
    }

    func testAssigningAndUnassigningAToolFromAnAgent() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let assigned = Set(try await fixture.client.agentTools(agentID: agent.id).map(\.id))
        let all = try await fixture.client.tools(ToolQuery(limit: 100)).data
        let tool = try XCTUnwrap(
            all.first { tool in !assigned.contains(tool.id) && all.filter { $0.name == tool.name }.count == 1 && tool.name.count > 6 })
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        try session.send("/")
        try session.type(agent.name)
        try session.send("Enter")
        try session.waitFor("only \(agent.name)", timeout: 10) { $0.contains("Agents 1-1 of 1") }
        try session.send("o")
        try session.waitFor(text: "Agent Tools · agent \(agent.name)", timeout: 10)
        // The new-assignment form offers the tools the console has read. A second read of the list means
        // the first one's answer is in (one request per list at a time), so the form opens with it.
        _ = try await requests(fixture, "the tool list read twice", timeout: 20) { seen in
            seen.filter { $0.method == "GET" && $0.path.hasPrefix("/api/tools") }.count >= 2
        }
        await fixture.simulator.clearRecordedRequests()

        try session.send("n")
        try session.waitFor(text: "New tool assignment", timeout: 5)
        try session.send("Enter")
        try session.type(tool.name)
        try session.waitFor(text: tool.name, timeout: 10)
        try session.send("Enter")
        try session.send("C-s")
        try session.waitFor(text: "created tool assignment", timeout: 10)
        var changes = await fixture.changes()
        XCTAssertEqual(changes.map { "\($0.method) \($0.path)" }, ["POST /api/agents/\(agent.id)/tools/\(tool.id)"])

        try session.send("/")
        try session.type(tool.name)
        try session.send("Enter")
        try session.waitFor("the assigned tool is listed", timeout: 10) { $0.contains("1-1 of 1") && $0.contains(tool.name) }
        try session.send("d")
        try session.waitFor(text: tool.name + "?", timeout: 5)
        var before = await fixture.changes()
        XCTAssertEqual(before.count, 1, "nothing is sent before the answer")
        try session.send("y")
        try session.waitFor(text: "deleted tool assignment", timeout: 10)
        changes = await fixture.changes()
        XCTAssertEqual(changes.last.map { "\($0.method) \($0.path)" }, "DELETE /api/agents/\(agent.id)/tools/\(tool.id)")
        before = changes
        let audit = auditLines(mentioning: tool.id)
        XCTAssertTrue(audit.contains { $0.contains("\"create\"") } && audit.contains { $0.contains("\"delete\"") }, "\(audit)")
        let now = try await fixture.client.agentTools(agentID: agent.id).map(\.id)
        XCTAssertFalse(now.contains(tool.id))
        await fixture.shutdown()
    }

    /// 1.2 has no `with-assignments`: its 404 sends the console to `GET /api/tools`. A server without tools at
    /// all says so on the pane, and the rest of the console is as before.
    func testOlderServers() async throws {
        var options = SimulatorFixture.stableOptions()
        options.generation = .v1_2
        let fixture = try await SimulatorFixture(options: options)
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.type(":tools")
        try session.send("Enter")
        let listed = try session.waitFor("1.2's tools", timeout: 10) { $0.contains("Tools 1-") && $0.contains("github__create_issue") }
        XCTAssertFalse(listed.contains("not available"), listed)
        let asked = await fixture.simulator.recordedRequests().map(\.path)
        XCTAssertTrue(asked.contains("/api/tools/with-assignments") && asked.contains("/api/tools"), "\(asked)")
        XCTAssertTrue(listed.contains("Agents") && listed.contains("-"), "1.2 does not say the assignments:\n\(listed)")
        session.kill()

        // A server older than the tools endpoints.
        await fixture.simulator.setFault(.status(404), forPathPrefix: "/api/tools")
        let older = try fixture.console(width: 160, height: 48)
        defer { older.kill() }
        try older.waitFor(text: "connected")
        try older.type(":tools")
        try older.send("Enter")
        try older.waitFor(text: "tools: not available on this server version", timeout: 10)
        try older.send("2")
        let agents = try older.waitFor("agents unaffected", timeout: 10) { $0.contains("Agents 1-") }
        XCTAssertFalse(agents.contains("not available"), agents)
        await fixture.shutdown()
    }
}
