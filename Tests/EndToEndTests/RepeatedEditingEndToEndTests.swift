import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Issue 21, item 1: several edits in one run of the console, each through `$EDITOR` or the form.
final class RepeatedEditingEndToEndTests: XCTestCase {
    /// An editor that writes "Pass N" (N counts its runs) as the description.
    func passEditor() throws -> EditorScript {
        try EditorScript(#"sed -i "s/^description: .*/description: Pass $n/" "$1""#)
    }

    func showOnly(_ name: String, pane: String, title: String, in session: TmuxSession) throws {
        try session.send(pane)
        try session.waitFor(text: "\(title) 1-", timeout: 10)
        try session.send("/")
        try session.type(name)
        try session.send("Enter")
        try session.waitFor("only \(name)", timeout: 10) { $0.contains("\(title) 1-1 of 1") }
    }

    /// Waits until the server has received `count` updates and returns the last one's description.
    func lastDescription(after count: Int, in fixture: SimulatorFixture, file: StaticString = #filePath, line: UInt = #line) async
        -> String?
    {
        let changes = await fixture.waitForChanges("\(count) updates", file: file, line: line) { $0.count >= count }
        XCTAssertEqual(changes.count, count, "one request per edit: \(changes.map(\.path))", file: file, line: line)
        return changes.last.flatMap(bodyObject)?["description"] as? String
    }

    func testThreeEditsInTheEditorInOneRun() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let editor = try passEditor()
        let session = try fixture.console(width: 160, height: 48, environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try showOnly(agent.name, pane: "2", title: "Agents", in: session)
        await fixture.simulator.clearRecordedRequests()
        for pass in 1...3 {
            try session.send("e")
            let description = await lastDescription(after: pass, in: fixture)
            XCTAssertEqual(description, "Pass \(pass)")
            XCTAssertEqual(editor.runs, pass, "the editor ran once per edit")
            try session.waitFor("edit \(pass) is over", timeout: 10) {
                $0.contains("saved agent \(agent.name): description") && !$0.contains("editing in")
            }
        }
        let stored = try await fixture.client.agent(id: agent.id)
        XCTAssertEqual(stored.description, "Pass 3")
        await fixture.shutdown()
    }

    func testEditsSwitchBetweenTheEditorTheFormAndCtrlE() async throws {
        let fixture = try await SimulatorFixture()
        let agent = try await fixture.plainAgent()
        let bases = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100)).data
        let base = try XCTUnwrap(bases.first { $0.name.allSatisfy(\.isASCII) })
        let editor = try passEditor()
        let session = try fixture.console(width: 160, height: 48, environment: ["EDITOR": editor.path])
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try showOnly(agent.name, pane: "2", title: "Agents", in: session)
        await fixture.simulator.clearRecordedRequests()

        // e: the editor.
        try session.send("e")
        let description1 = await lastDescription(after: 1, in: fixture)
        XCTAssertEqual(description1, "Pass 1")
        try session.waitFor(text: "saved agent", timeout: 10)

        // E, then Ctrl-E: the form hands over to the editor.
        try session.send("E")
        try session.waitFor(text: "Edit agent \(agent.name)", timeout: 10)
        try session.send("C-e")
        let description2 = await lastDescription(after: 2, in: fixture)
        XCTAssertEqual(description2, "Pass 2")
        XCTAssertEqual(editor.runs, 2)

        // E and Ctrl-S: the form alone, no editor.
        try session.waitFor("the second edit is over", timeout: 10) { !$0.contains("Edit agent") }
        try session.send("E")
        try session.waitFor(text: "Edit agent \(agent.name)", timeout: 10)
        // The form takes keys once the record has loaded into it (under load the title comes first).
        try session.waitFor("the record in the form", timeout: 10) { $0.contains("Edit agent") && $0.contains("Pass 2") }
        try session.send("Down", "C-u")
        try session.type("Typed in the form")
        try session.send("C-s")
        let description3 = await lastDescription(after: 3, in: fixture)
        XCTAssertEqual(description3, "Typed in the form")
        XCTAssertEqual(editor.runs, 2)

        // e again, then on another pane.
        try session.waitFor("the third edit is over", timeout: 10) { !$0.contains("Edit agent") }
        try session.send("e")
        let description4 = await lastDescription(after: 4, in: fixture)
        XCTAssertEqual(description4, "Pass 3")
        try session.waitFor(text: "saved agent", timeout: 10)
        try showOnly(base.name, pane: "5", title: "Knowledge Bases", in: session)
        try session.send("e")
        let changes = await fixture.waitForChanges("the knowledge base's update") { $0.count >= 5 }
        XCTAssertEqual(changes.last?.path, "/api/knowledge-bases/\(base.id)")
        XCTAssertEqual(changes.last.flatMap(bodyObject)?["description"] as? String, "Pass 4")
        try session.waitFor(text: "saved knowledge base", timeout: 10)
        XCTAssertEqual(editor.runs, 4)
        await fixture.shutdown()
    }
}
