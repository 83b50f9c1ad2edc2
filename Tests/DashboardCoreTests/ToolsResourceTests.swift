import XCTest
@testable import ArchestraAPI
import ArchestraSimulator
@testable import DashboardCore

/// `:tools` as the reducer runs it against the simulator: the rows and their detail, a quick default and
/// its undo, editing a tool's policies as YAML, and an agent's tools assigned and unassigned.
final class ToolsResourceTests: XCTestCase {
    struct Server {
        var simulator: ArchestraSimulator
        var client: ArchestraClient
        var executor: EditExecutor
        var folder: URL

        func changes() async -> [String] {
            await simulator.recordedRequests().filter { $0.method != "GET" }.map { "\($0.method) \($0.path)" }
        }

        func bodies() async -> [String] {
            await simulator.recordedRequests().filter { $0.method != "GET" }.map { $0.body ?? "" }
        }

        func audit() throws -> [String] {
            let text = (try? String(contentsOf: folder.appendingPathComponent("audit.log"), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init)
        }

        func stop() async {
            await client.shutdown()
            await simulator.stop()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    func server(_ generation: APIGeneration = .v1_4) async throws -> Server {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        options.generation = generation
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let journal = EditJournal(directory: folder.path, server: "http://127.0.0.1:\(port)")
        return Server(simulator: simulator, client: client, executor: EditExecutor(client: client, journal: journal), folder: folder)
    }

    /// Carries out the edits among `effects` as the store would, and hands each answer back to the reducer.
    @discardableResult
    func run(_ effects: [Effect], on state: inout AppState, _ server: Server) async throws -> [EditResult] {
        var results: [EditResult] = []
        for case .edit(let command) in effects {
            let result: EditResult
            if case .runAction(let ref, let request) = command {
                let action = try XCTUnwrap(ref.declaration)
                let noun = EditorRef(pane: ref.pane, tab: ref.tab).editor(in: state)?.noun ?? ""
                result = await server.executor.run(action, ref: ref, request: request, noun: noun)
            } else {
                let ref = DashboardStore.ref(of: command)
                let editor = try XCTUnwrap(ref.editor(in: state), "\(command)")
                result = await server.executor.perform(command, editor: editor)
            }
            results.append(result)
            try await run(state.reduce(.edited(result)), on: &state, server)
        }
        return results
    }

    /// The tools pane loaded from the simulator, `name` selected.
    func toolsState(_ server: Server, selecting name: String) async throws -> AppState {
        var state = CoreFixture.state(pane: .tools, width: 160, height: 48)
        state.load(
            ToolsResource.source,
            try await ArchestraClient.collectRecords { try await server.client.tools(ToolQuery(limit: $1, offset: $0)) })
        state.load(ToolsResource.invocationPolicies, try await server.client.policies(.toolInvocation))
        state.load(ToolsResource.trustedDataPolicies, try await server.client.policies(.trustedData))
        let table = try XCTUnwrap(state.visibleTable)
        let index = try XCTUnwrap((0..<table.rowCount).first { table.row(at: $0)?.recordName == name }, "no \(name)")
        state.ui.updateList(.tools) { $0.selected = index }
        return state
    }

    func testRowsJoinBothPolicyTablesOnTheTool() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        let state = try await toolsState(server, selecting: "github__create_issue")
        let row = try XCTUnwrap(state.selectedRow)
        XCTAssertEqual(Array(row.cells[3...]), ["block if untrusted", "1", "-", "0"], "\(row.cells)")
        XCTAssertEqual(row.cellLevels[3], .danger, "block is red")
        let detail = row.detail.map { "\($0.key) \($0.value)" }
        XCTAssertTrue(detail.contains("repo (string, required) - owner/name of the repository"), "\(detail)")
        let rule = try XCTUnwrap(detail.firstIndex { $0.hasPrefix("1. repo startsWith \"internal/\"") }, "\(detail)")
        let fallback = try XCTUnwrap(detail.firstIndex { $0.hasPrefix("2. otherwise (default) block if untrusted") }, "\(detail)")
        XCTAssertLessThan(rule, fallback, "the rules come before the default they fall back to")
    }

    func testAQuickDefaultSendsOneRequestAndUPutsBackWhatWasThere() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        var state = try await toolsState(server, selecting: "github__create_issue")
        let before = try await server.client.policies(.toolInvocation).first { $0.toolId == state.selectedRow?.id && $0.isDefault }
        let action = try XCTUnwrap(state.applicableActions.first { $0.id == "call-block" })
        try await run(state.runRowAction(action), on: &state, server)
        let path = "/api/autonomy-policies/tool-invocation/\(try XCTUnwrap(before?.id))"
        var changes = await server.changes()
        XCTAssertEqual(changes, ["PUT \(path)"])
        XCTAssertEqual(state.ui.flash, "github__create_issue: invocation default block always — u puts it back")

        try await run(state.reduce(.key(.character("u"))), on: &state, server)
        changes = await server.changes()
        XCTAssertEqual(changes, ["PUT \(path)", "PUT \(path)"])
        let bodies = await server.bodies()
        XCTAssertEqual(bodies.last, #"{"action":"block_when_context_is_untrusted"}"#)
        XCTAssertEqual(state.ui.flash, "github__create_issue: invocation default back to block when context is untrusted")
        let after = try await server.client.policies(.toolInvocation).first { $0.id == before?.id }
        XCTAssertEqual(after?.action, .blockWhenContextIsUntrusted)
        XCTAssertEqual(try server.audit().map { $0.contains("\"set-default\"") || $0.contains("\"undo-set-default\"") }, [true, true])

        _ = state.reduce(.key(.character("u")))
        XCTAssertNil(state.ui.lastUndo, "one undo per action")
    }

    func testAQuickDefaultOnAToolWithoutOneCreatesItAndItsUndoDeletesIt() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        var state = try await toolsState(server, selecting: "github__create_issue")
        XCTAssertEqual(state.selectedRow?.cells[5], "-", "create_issue has no trusted-data policy")
        let action = try XCTUnwrap(state.applicableActions.first { $0.id == "data-dual" })
        try await run(state.runRowAction(action), on: &state, server)
        try await run(state.reduce(.key(.character("u"))), on: &state, server)
        let changes = await server.changes()
        XCTAssertEqual(changes.count, 2)
        XCTAssertEqual(changes.first, "POST /api/trusted-data-policies")
        XCTAssertTrue(changes.last?.hasPrefix("DELETE /api/trusted-data-policies/") == true, "\(changes)")
        let left = try await server.client.policies(.trustedData).filter { $0.toolId == state.selectedRow?.id }
        XCTAssertEqual(left, [])
    }

    func testEditingAChangedDefaultSendsExactlyOneWriteWithTheChangedField() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        var state = try await toolsState(server, selecting: "github__create_issue")
        try await run(state.reduce(.key(.character("e"))), on: &state, server)
        let request = try XCTUnwrap(state.pendingExternalEdit)
        let document = request.document
        XCTAssertTrue(
            document.contains(
                "toolInvocation:\n  - conditions: []\n    action: block_when_context_is_untrusted   # allow_when_context_is_untrusted | block_when_context_is_untrusted | block_always | require_approval\n    reason: "
            ), document)
        XCTAssertTrue(document.contains("  - conditions: [{key: repo, operator: startsWith, value: internal/}]"), document)
        XCTAssertTrue(document.contains("Operators: equal, notEqual, contains, notContains, startsWith, endsWith, regex"), document)
        XCTAssertTrue(document.contains("trustedData: []"), document)

        // Unchanged: nothing is sent.
        var copy = state
        try await run(copy.reduce(.edited(.externalEditorClosed(run: request.run, text: document, failure: nil))), on: &copy, server)
        XCTAssertEqual(copy.ui.flash, "no changes: nothing sent")

        let edited = document.replacingOccurrences(
            of: "action: block_when_context_is_untrusted   #", with: "action: require_approval   #")
        try await run(state.reduce(.edited(.externalEditorClosed(run: request.run, text: edited, failure: nil))), on: &state, server)
        let changes = await server.changes()
        XCTAssertEqual(changes.count, 1, "\(changes)")
        XCTAssertTrue(changes.first?.hasPrefix("PUT /api/autonomy-policies/tool-invocation/") == true, "\(changes)")
        let bodies = await server.bodies()
        XCTAssertEqual(bodies, [#"{"action":"require_approval"}"#])
        XCTAssertEqual(state.ui.flash, "saved tool github__create_issue: toolInvocation")
        XCTAssertEqual(try server.audit().count, 1)
    }

    func testAPolicyChangedBehindTheEditAsksBeforeSendingAnything() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        var state = try await toolsState(server, selecting: "github__create_issue")
        try await run(state.reduce(.key(.character("e"))), on: &state, server)
        let request = try XCTUnwrap(state.pendingExternalEdit)
        let held = try await server.client.policies(.toolInvocation)
        let rule = try XCTUnwrap(held.first { $0.toolId == state.selectedRow?.id && !$0.isDefault })
        _ = try await server.client.updatePolicy(.toolInvocation, id: rule.id, body: .object(["action": .string("block_always")]))
        await server.simulator.clearRecordedRequests()
        let edited = request.document.replacingOccurrences(
            of: "action: block_when_context_is_untrusted   #", with: "action: require_approval   #")
        try await run(state.reduce(.edited(.externalEditorClosed(run: request.run, text: edited, failure: nil))), on: &state, server)
        guard case .edit(let session)? = state.ui.overlay, case .conflict(_, let differences) = session.phase else {
            return XCTFail("someone else's change is shown first: \(String(describing: state.ui.overlay))")
        }
        XCTAssertEqual(differences.map(\.field), ["toolInvocation"])
        let changes = await server.changes()
        XCTAssertEqual(changes, [], "nothing is sent before choosing")
    }

    func testAFailureHalfwaySaysWhatWasAlreadySavedAndKeepsTheEdit() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        var state = try await toolsState(server, selecting: "github__create_issue")
        try await run(state.reduce(.key(.character("e"))), on: &state, server)
        let request = try XCTUnwrap(state.pendingExternalEdit)
        let edited = request.document
            .replacingOccurrences(of: "action: block_when_context_is_untrusted   #", with: "action: require_approval   #")
            .replacingOccurrences(of: "trustedData: []", with: "trustedData: [{conditions: [], action: mark_as_untrusted}]")
        let effects = state.reduce(.edited(.externalEditorClosed(run: request.run, text: edited, failure: nil)))
        guard case .edit(.save(let ref, var save))? = effects.first else { return XCTFail("saves: \(effects)") }
        // As after `o` (overwrite) on a conflict: no read first, so the fault meets the second family's list.
        save.overwrite = true
        await server.simulator.setFault(.status(500), forPathPrefix: "/api/trusted-data-policies")
        try await run([.edit(.save(ref, save))], on: &state, server)
        guard case .edit(let session)? = state.ui.overlay else { return XCTFail("the edit stays open") }
        XCTAssertTrue(session.message?.contains("(1 change was saved before it)") == true, session.message ?? "")
        XCTAssertNotNil(session.recoveryPath, "the edit is kept in a recovery file")
        let changes = await server.changes()
        XCTAssertEqual(changes.count, 1, "the invocation default went through, nothing else: \(changes)")
    }

    func testAnActionOrOperatorTheServerDoesNotTakeReopensTheDocumentAndSendsNothing() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        var state = try await toolsState(server, selecting: "github__create_issue")
        try await run(state.reduce(.key(.character("e"))), on: &state, server)
        let request = try XCTUnwrap(state.pendingExternalEdit)
        let edited = request.document
            .replacingOccurrences(of: "action: block_when_context_is_untrusted   #", with: "action: block_sometimes   #")
            .replacingOccurrences(of: "operator: startsWith", with: "operator: beginsWith")
        try await run(state.reduce(.edited(.externalEditorClosed(run: request.run, text: edited, failure: nil))), on: &state, server)
        let reopened = try XCTUnwrap(state.pendingExternalEdit)
        XCTAssertTrue(reopened.document.contains("'block_sometimes' is not a possible action"), reopened.document)
        XCTAssertTrue(reopened.document.contains("'beginsWith' is not a possible operator"), reopened.document)
        let changes = await server.changes()
        XCTAssertEqual(changes, [])
    }

    func testTheAssignFormOpenedBeforeTheToolsAnsweredOffersThemOnceTheyDo() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        let agents = try await server.client.agents(AgentQuery()).data
        let agent = try XCTUnwrap(agents.first)
        var state = CoreFixture.state(pane: .agentTools, width: 160, height: 48)
        state.ui.scopes[.agentTools] = PaneScope(field: "agentId", value: agent.id, label: "agent \(agent.name)")
        state.load(AgentToolsResource.source, .init(agentID: agent.id, tools: try await server.client.agentTools(agentID: agent.id)))
        _ = state.reduce(.key(.character("n")))
        guard case .edit(let early)? = state.ui.overlay, case .choice(let none) = try XCTUnwrap(early.fields.first).kind else {
            return XCTFail("n opens the form")
        }
        XCTAssertEqual(none, [], "every tool has not answered yet")
        state.load(
            ToolsResource.source,
            try await ArchestraClient.collectRecords { try await server.client.tools(ToolQuery(limit: $1, offset: $0)) })
        guard case .edit(let later)? = state.ui.overlay, case .choice(let options) = try XCTUnwrap(later.fields.first).kind else {
            return XCTFail("the form stays open")
        }
        XCTAssertFalse(options.isEmpty, "the answer fills the pick list of the open form")
        XCTAssertEqual(later.phase, .form)
    }

    func testAnAgentsToolsAreAssignedFromEveryToolAndUnassignedAfterAsking() async throws {
        let server = try await server()
        defer { Task { await server.stop() } }
        let agents = try await server.client.agents(AgentQuery()).data
        let agent = try XCTUnwrap(agents.first)
        var state = try await toolsState(server, selecting: "github__create_issue")
        state.ui.pane = .agentTools
        state.ui.scopes[.agentTools] = PaneScope(field: "agentId", value: agent.id, label: "agent \(agent.name)")
        state.load(AgentToolsResource.source, .init(agentID: agent.id, tools: try await server.client.agentTools(agentID: agent.id)))
        let assignedBefore = Set(state[AgentToolsResource.source].value?.tools.map(\.id) ?? [])

        _ = state.reduce(.key(.character("n")))
        guard case .edit(let session)? = state.ui.overlay else { return XCTFail("n opens the form") }
        guard case .choice(let options) = try XCTUnwrap(session.fields.first).kind else { return XCTFail("a pick list") }
        XCTAssertTrue(options.contains("github__create_issue") || options.contains { $0.hasPrefix("github__create_issue (") }, "\(options)")
        XCTAssertTrue(options.allSatisfy { option in !assignedBefore.contains { id in state.tools.first { $0.id == id }?.name == option } })
        // Enter opens the list, typing narrows it, Enter picks.
        _ = state.reduce(.key(.enter))
        for character in "create_iss" { _ = state.reduce(.key(.character(character))) }
        _ = state.reduce(.key(.enter))
        try await run(state.reduce(.key(.control("s"))), on: &state, server)
        let tool = try XCTUnwrap(state.tools.first { $0.name == "github__create_issue" })
        var changes = await server.changes()
        XCTAssertEqual(changes, ["POST /api/agents/\(agent.id)/tools/\(tool.id)"])

        state.load(AgentToolsResource.source, .init(agentID: agent.id, tools: try await server.client.agentTools(agentID: agent.id)))
        let table = try XCTUnwrap(state.visibleTable)
        let index = try XCTUnwrap((0..<table.rowCount).first { table.row(at: $0)?.id == tool.id })
        state.ui.updateList(.agentTools) { $0.selected = index }
        _ = state.reduce(.key(.character("d")))
        guard case .confirmDelete? = state.ui.overlay else { return XCTFail("d asks first") }
        try await run(state.reduce(.key(.character("y"))), on: &state, server)
        changes = await server.changes()
        XCTAssertEqual(changes.last, "DELETE /api/agents/\(agent.id)/tools/\(tool.id)")
        let audit = try server.audit()
        XCTAssertEqual(audit.count, 2)
        XCTAssertTrue(audit[0].contains("\"create\"") && audit[1].contains("\"delete\""), "\(audit)")
        let now = try await server.client.agentTools(agentID: agent.id).map(\.id)
        XCTAssertFalse(now.contains(tool.id))
    }

    func testReadOnlyRefusesQuickDefaultsTheirUndoAndEdits() throws {
        var state = CoreFixture.state(pane: .tools)
        state.readOnly = true
        state.load(ToolsResource.source, [Tool(id: "tool-1", name: "create_issue")])
        let action = try XCTUnwrap(state.applicableActions.first { $0.id == "call-block" })
        XCTAssertEqual(state.runRowAction(action), [])
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
        state.ui.lastUndo = PendingUndo(
            ref: ActionRef(pane: .tools, tab: 0, action: "undo-default"), request: ActionRequest(id: "tool-1", name: "create_issue"),
            summary: "create_issue: invocation default block always")
        state.ui.flash = nil
        XCTAssertEqual(state.reduce(.key(.character("u"))), [])
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
        state.ui.flash = nil
        XCTAssertEqual(state.reduce(.key(.character("e"))), [])
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
    }

    func testAgentsAndGatewaysOpenTheirToolsWithOWhichNoCommandTakes() {
        for pane in [Pane.agents, .gateways] {
            let link = pane.resource.links.first { $0.target == .agentTools }
            XCTAssertEqual(link?.trigger, .key(.character("o")), "\(pane)")
        }
        XCTAssertTrue(KeyBindings.bindings(for: .agents).contains { $0.keys == "o" && $0.hint == "tools" })
        XCTAssertTrue(KeyBindings.bindings(for: .tools).contains { $0.keys == "u" && $0.commands == [.undo] })
        XCTAssertTrue(
            KeyBindings.bindings(in: CoreFixture.state(pane: .tools)).contains { $0.keys == "u" }, "help lists u where quick actions are")
    }
}
