import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 9 end to end: the real binary edits through `$EDITOR` and forms; the simulator says what it received.
final class EditingEndToEndTests: XCTestCase {
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

    func testEditingADescriptionInTheEditorSendsOnlyThatField() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let editor = try EditorScript(#"sed -i 's/^description: .*/description: Edited in the editor/' "$1""#)
        let session = try fixture.console(width: 220, height: 40, environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try showOnly(agent, in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("e")
        try session.waitFor(text: "saved agent \(agent.name): description", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertEqual(changes.count, 1, "\(changes)")
        XCTAssertEqual(changes.first?.method, "PUT")
        XCTAssertEqual(changes.first?.path, "/api/agents/\(agent.id)")
        XCTAssertEqual(bodyObject(try XCTUnwrap(changes.first))?.keys.sorted(), ["description"])
        XCTAssertEqual(bodyObject(try XCTUnwrap(changes.first))?["description"] as? String, "Edited in the editor")
        XCTAssertTrue(editor.document(1).contains("name: \(agent.name)"), "the document names the API's fields")
        try session.waitFor(text: "Edited in the editor", timeout: 10)
        let audit = try String(contentsOfFile: TestFolders.state + "/archestra-tui/audit.log", encoding: .utf8)
        XCTAssertTrue(audit.contains("\"id\":\"\(agent.id)\""), "the change is in the audit log")
        XCTAssertFalse(audit.contains("Edited in the editor"), "the audit log names fields, never values")
        await fixture.shutdown()
    }

    func testADocumentThatDoesNotParseReopensTheEditorWithTheErrorOnTop() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let editor = try EditorScript(
            #"""
            if grep -q '^# ! ' "$1"; then
              sed -i -e 's/^scope: \[/scope: /' -e 's/^description: .*/description: Second try/' "$1"
            else
              sed -i 's/^scope: \(.*\)/scope: [\1/' "$1"
            fi
            """#)
        let session = try fixture.console(environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try showOnly(agent, in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("e")
        try session.waitFor(text: "saved agent", timeout: 15)
        XCTAssertEqual(editor.runs, 2, "the editor reopened once")
        XCTAssertTrue(editor.document(2).hasPrefix("# ! line"), "the error is on top:\n\(editor.document(2))")
        let changes = await fixture.changes()
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(bodyObject(try XCTUnwrap(changes.first))?.keys.sorted(), ["description"])
        await fixture.shutdown()
    }

    func testAnUnchangedDocumentSendsNothing() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let editor = try EditorScript("true")
        let session = try fixture.console(environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try showOnly(agent, in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("e")
        try session.waitFor(text: "no changes: nothing sent", timeout: 10)
        XCTAssertEqual(editor.runs, 1)
        let changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "\(changes)")
        await fixture.shutdown()
    }

    func testSomeoneElsesChangeIsShownAndNothingIsSentWithoutConsent() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        // The editor waits until the test has changed the record behind its back.
        let editor = try EditorScript(
            #"""
            touch "$DIR/opened"
            while [ ! -f "$DIR/go" ]; do sleep 0.1; done
            sed -i 's/^description: .*/description: Mine/' "$1"
            """#)
        let session = try fixture.console(width: 160, height: 48, environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try showOnly(agent, in: session)
        try session.send("e")
        let opened = editor.folder.appendingPathComponent("opened").path
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: opened) { try await Task.sleep(for: .milliseconds(100)) }
        _ = try await fixture.client.updateAgent(id: agent.id, body: .object(["description": .string("Theirs")]))
        await fixture.simulator.clearRecordedRequests()
        _ = FileManager.default.createFile(atPath: editor.folder.appendingPathComponent("go").path, contents: nil)
        let screen = try session.waitFor(text: "changed on the server", timeout: 10)
        XCTAssertTrue(screen.contains("theirs: Theirs") && screen.contains("yours:  Mine"), screen)
        try await Task.sleep(for: .milliseconds(500))
        var changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "nothing sent before choosing: \(changes)")
        try session.send("c")
        try session.waitFor(text: "your edit is kept", timeout: 5)
        changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "cancel sends nothing: \(changes)")
        let stored = try await fixture.client.agent(id: agent.id)
        XCTAssertEqual(stored.description, "Theirs")
        await fixture.shutdown()
    }

    func testFormsCreateAKnowledgeBaseAndAUsageLimitAndCheckFieldsFirst() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("5")
        try session.waitFor(text: "Knowledge Bases 1-", timeout: 10)
        try session.send("n")
        try session.waitFor(text: "New knowledge base", timeout: 5)
        await fixture.simulator.clearRecordedRequests()
        try session.send("C-s")
        try session.waitFor(text: "name is required", timeout: 5)
        var changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "nothing sent while a required field is empty")
        try session.type("Ops runbooks")
        try session.send("Tab")
        try session.type("How we run things")
        try session.send("C-s")
        try session.waitFor(text: "created knowledge base Ops runbooks", timeout: 10)
        changes = await fixture.changes()
        XCTAssertEqual(changes.map(\.path), ["/api/knowledge-bases"])
        XCTAssertEqual(bodyObject(changes[0])?["name"] as? String, "Ops runbooks")
        XCTAssertEqual(bodyObject(changes[0])?["description"] as? String, "How we run things")
        try session.waitFor(text: "Ops runbooks", timeout: 10)

        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-", timeout: 10)
        try session.send("n")
        try session.waitFor(text: "New usage limit", timeout: 5)
        await fixture.simulator.clearRecordedRequests()
        try session.send("Enter")  // whom it applies to
        try session.type("team Supp")
        try session.send("Enter")
        try await Task.sleep(for: .milliseconds(300))
        try session.send("Down", "Down")  // value
        try session.type("25")
        try session.send("C-s")
        try session.waitFor(text: "created usage limit", timeout: 10)
        changes = await fixture.changes()
        let body = try XCTUnwrap(changes.first.flatMap(bodyObject), "\(changes)")
        XCTAssertEqual(body["entityType"] as? String, "team")
        XCTAssertEqual(body["limitType"] as? String, "token_cost")
        XCTAssertEqual(body["limitValue"] as? Double, 25)
        XCTAssertEqual(body["cleanupInterval"] as? String, "1m")
        let teams = try await fixture.client.teams()
        XCTAssertEqual(body["entityId"] as? String, teams.data.first { $0.name == "Support" }?.id)
        try session.waitFor(text: "$25.00", timeout: 10)
        await fixture.shutdown()
    }

    func testAServerValidationErrorIsShownNextToItsField() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("6")
        try session.waitFor(text: "MCP Registry", timeout: 10)
        try session.send("]")
        try session.waitFor(text: "[catalog]", timeout: 10)
        try session.send("/")
        try session.type("postgres")
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        try session.send("n")
        try session.waitFor(text: "MAX_ROWS", timeout: 5)
        // name, scope, team, then the connection string (a secret) and the row count.
        try session.send("Down", "Down", "Down")
        try session.type("postgres://db.internal/warehouse")
        try session.send("Down")
        try session.type("lots")
        await fixture.simulator.clearRecordedRequests()
        try session.send("C-s")
        let screen = try session.waitFor(text: "must be a number", timeout: 10)
        let lines = screen.split(separator: "\n").map(String.init)
        let field = try XCTUnwrap(lines.firstIndex { $0.contains("MAX_ROWS:") })
        XCTAssertTrue(lines[field + 1].contains("must be a number"), "the server's message is under its field:\n\(screen)")
        XCTAssertFalse(screen.contains("postgres://db.internal"), "the secret is never drawn")
        let changes = await fixture.changes()
        XCTAssertEqual(changes.map(\.path), ["/api/mcp_server"])
        await fixture.shutdown()
    }

    func testAnInstallIsFollowedThroughItsStates() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("6")
        try session.waitFor(text: "MCP Registry", timeout: 10)
        try session.send("]")
        try session.send("/")
        try session.type("postgres")
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        try session.send("n")
        try session.waitFor(text: "MAX_ROWS", timeout: 5)
        try session.send("Down", "Down", "Down")
        try session.type("postgres://db.internal/warehouse")
        try session.send("C-s")
        let screen = try session.waitFor("the install settled", timeout: 20) { $0.contains("→ success") }
        XCTAssertTrue(screen.contains("pending"), screen)
        let installs = await fixture.changes().filter { $0.path == "/api/mcp_server" }
        XCTAssertEqual(installs.count, 1)
        let body = try XCTUnwrap(installs.first.flatMap(bodyObject))
        XCTAssertEqual((body["environmentValues"] as? [String: Any])?["DATABASE_URL"] as? String, "postgres://db.internal/warehouse")
        await fixture.shutdown()
    }

    func testDeletingAsksFirstAndUndoBringsItBack() async throws {
        let fixture = try await SimulatorFixture()
        let bases = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100)).data
        let target = try XCTUnwrap(bases.first { $0.name.allSatisfy(\.isASCII) })
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("5")
        try session.waitFor(text: target.name, timeout: 10)
        try session.send("/")
        try session.type(target.name)
        try session.send("Enter")
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        await fixture.simulator.clearRecordedRequests()
        try session.send("d")
        try session.waitFor(text: "Delete knowledge base \(target.name)?", timeout: 5)
        var changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "asking sends nothing")
        try session.send("y")
        try session.waitFor(text: "u brings it back", timeout: 10)
        try session.waitFor(text: "0 of 0", timeout: 10)
        try session.send("u")
        try session.waitFor(text: "restored \(target.name)", timeout: 10)
        try session.waitFor(text: "1-1 of 1", timeout: 10)
        changes = await fixture.changes()
        XCTAssertEqual(
            changes.map { "\($0.method) \($0.path)" },
            ["DELETE /api/knowledge-bases/\(target.id)", "POST /api/knowledge-bases/\(target.id)/restore"])
        await fixture.shutdown()
    }

    func testAVersionIsRestoredFromTheHistory() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        _ = try await fixture.client.updateAgent(id: agent.id, body: .object(["description": .string("A newer description")]))
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try showOnly(agent, in: session)
        await fixture.simulator.clearRecordedRequests()
        try session.send("v")
        try session.waitFor(text: "Versions of \(agent.name)", timeout: 5)
        try session.waitFor(text: "version ", timeout: 10)
        try session.send("j")
        try session.send("Enter")
        try session.waitFor(text: "against the current record", timeout: 5)
        try session.send("r")
        try session.waitFor(text: "y restores", timeout: 5)
        try session.send("y")
        try session.waitFor(text: "restored version", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertEqual(changes.count, 1)
        XCTAssertTrue(changes.first?.path.hasPrefix("/api/agents/\(agent.id)/versions/") == true, "\(changes.map(\.path))")
        XCTAssertTrue(changes.first?.path.hasSuffix("/restore") == true)
        await fixture.shutdown()
    }

    func testReadOnlySendsNothingAtAll() async throws {
        let fixture = try await SimulatorFixture()
        let editor = try EditorScript(#"sed -i 's/^description: .*/description: nope/' "$1""#)
        let session = try fixture.console(width: 160, height: 48, extraArguments: "--read-only", environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try session.waitFor(text: "connected")
        await fixture.simulator.clearRecordedRequests()
        for (pane, title) in [("2", "Agents 1-"), ("5", "Knowledge Bases 1-"), ("7", "Usage Limits 1-"), ("6", "MCP Registry")] {
            try session.send(pane)
            // Its rows are loaded (the title counts them), so each key has a row to act on.
            try session.waitFor(text: title, timeout: 10)
            for key in ["e", "E", "n", "d", "u", "v", "R", "y"] {
                try session.send(key)
                try await Task.sleep(for: .milliseconds(100))
                try session.send("Escape")
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        try session.send("2")
        let screen = try session.waitFor(text: "no edits", timeout: 5)
        XCTAssertTrue(screen.contains("read-only"), screen)
        let changes = await fixture.changes()
        XCTAssertTrue(changes.isEmpty, "\(changes.map { "\($0.method) \($0.path)" })")
        XCTAssertEqual(editor.runs, 0)
        await fixture.shutdown()
    }

    func testTheLLMProxySettingOfA14ServerIsPatched() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("4")
        try session.waitFor(text: "Organization LLM proxy", timeout: 10)
        await fixture.simulator.clearRecordedRequests()
        try session.send("E")
        try session.waitFor(text: "JWT identity provider", timeout: 5)
        try session.type("okta-acme")
        try session.send("C-s")
        try session.waitFor(text: "saved LLM proxy", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertEqual(changes.map { "\($0.method) \($0.path)" }, ["PATCH /api/llm-proxy"])
        XCTAssertEqual(bodyObject(changes[0])?["identityProviderId"] as? String, "okta-acme")
        try session.waitFor(text: "okta-acme", timeout: 10)
        await fixture.shutdown()
    }

    func testAnAgentIsRestoredFromTheTrash() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        try await fixture.client.deleteAgent(id: agent.id)
        let session = try fixture.console(width: 160, height: 48)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        try session.type(":trash")
        try session.send("Enter")
        try session.waitFor("the trash with the deleted agent", timeout: 10) { $0.contains("Agents (trash)") && $0.contains(agent.name) }
        await fixture.simulator.clearRecordedRequests()
        try session.send("u")
        try session.waitFor(text: "restored \(agent.name)", timeout: 10)
        let changes = await fixture.changes()
        XCTAssertEqual(changes.map { "\($0.method) \($0.path)" }, ["POST /api/agents/\(agent.id)/restore"])
        let restored = try await fixture.client.agent(id: agent.id)
        XCTAssertNil(restored.deletedAt)
        await fixture.shutdown()
    }
}
