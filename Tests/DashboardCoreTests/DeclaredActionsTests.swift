import XCTest
@testable import ArchestraAPI
import ArchestraSimulator
@testable import DashboardCore

/// The actions that were special cases and are now declared by their resources: the catalog's install
/// (a form), the trash's restore and the version history. Each as the person sees it, and as the
/// server receives what the reducer asks for (carried out by the store's executor against the simulator).
final class DeclaredActionsTests: XCTestCase {
    struct Server {
        var simulator: ArchestraSimulator
        var client: ArchestraClient
        var executor: EditExecutor

        func changes() async -> [String] {
            await simulator.recordedRequests().filter { $0.method != "GET" }.map { "\($0.method) \($0.path)" }
        }

        func stop() async {
            await client.shutdown()
            await simulator.stop()
        }
    }

    func server() async throws -> Server {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        return Server(simulator: simulator, client: client, executor: EditExecutor(client: client, journal: nil))
    }

    /// What the store does with the edits among `effects`: each is sent, and its answer returned.
    func send(_ effects: [Effect], from state: AppState, to server: Server) async throws -> [EditResult] {
        var results: [EditResult] = []
        for case .edit(let command) in effects {
            if case .runAction(let ref, let request) = command {
                let action = try XCTUnwrap(ref.declaration)
                let noun = EditorRef(pane: ref.pane, tab: ref.tab).editor(in: state)?.noun ?? ""
                results.append(await server.executor.run(action, ref: ref, request: request, noun: noun))
            } else {
                let ref = DashboardStore.ref(of: command)
                let editor = try XCTUnwrap(ref.editor(in: state), "\(command)")
                results.append(await server.executor.perform(command, editor: editor, history: ref.pane.resource.tab(ref.tab).history))
            }
        }
        return results
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text { _ = state.reduce(.key(.character(character))) }
    }

    /// The agents pane holding `agents`, on the live list or in the trash.
    func agentsState(_ agents: [Agent], trash: Bool = false) -> AppState {
        var state = CoreFixture.state(pane: .agents)
        state.ui.updateList(.agents) { $0.showsTrash = trash }
        let page = Page(
            data: agents,
            pagination: Pagination(currentPage: 1, limit: 50, total: agents.count, totalPages: 1, hasNext: false, hasPrev: false),
            skipped: 0)
        state.load(AgentsResource.source, page)
        return state
    }

    func plainAgent(_ client: ArchestraClient) async throws -> Agent {
        let agents = try await client.allAgents()
        return try XCTUnwrap(agents.first { $0.agentType == .agent && $0.name.allSatisfy(\.isASCII) })
    }

    // MARK: - The catalog's install

    func testNOnTheCatalogOpensTheItemsFormAndItsSaveInstallsAndIsFollowed() async throws {
        let server = try await server()
        let catalog = try await server.client.catalogList().items
        let item = try XCTUnwrap(catalog.first { $0.name.lowercased().contains("postgres") })
        var state = CoreFixture.state(pane: .mcp)
        state.ui.registryTab = .catalog
        state.load(MCPRegistryResource.catalog, [item])

        XCTAssertEqual(state.reduce(.key(.character("n"))), [], "the form opens; nothing is sent yet")
        guard case .edit(let form)? = state.ui.overlay else { return XCTFail("the install form") }
        let ref = EditorRef(pane: .mcp, tab: 1, action: "install")
        XCTAssertEqual(form.ref, ref)
        XCTAssertEqual(form.title, "New MCP server")
        XCTAssertEqual(form.recordName, item.name, "filled from the catalog item")
        XCTAssertTrue(form.fields.contains { $0.name == "environmentValues.DATABASE_URL" }, "\(form.fields.map(\.name))")
        for _ in 0..<3 { _ = state.reduce(.key(.down)) }
        type("postgres://db.internal/warehouse", into: &state)
        let effects = state.reduce(.key(.control("s")))
        guard case .edit(.save(let saveRef, let request))? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(saveRef, ref)
        XCTAssertEqual(request.body["catalogId"], .string(item.id), "the template's id, under the field the action names")

        await server.simulator.clearRecordedRequests()
        let results = try await send(effects, from: state, to: server)
        let installs = await server.changes()
        XCTAssertEqual(installs, ["POST /api/mcp_server"])
        let sent = await server.simulator.recordedRequests().first { $0.method == "POST" }?.body ?? ""
        XCTAssertTrue(sent.contains("DATABASE_URL") && sent.contains("db.internal"), sent)
        guard case .saved(let record, _)? = results.first, let id = record.string("id") else { return XCTFail("\(results)") }

        let followed = state.reduce(.edited(results[0]))
        let install = ActionRef(pane: .mcp, tab: 1, action: "install")
        XCTAssertTrue(followed.contains(.edit(.follow(install, id: id))), "\(followed)")
        guard case .progress(let window)? = state.ui.overlay else { return XCTFail("the install is followed") }
        XCTAssertEqual(window.title, "Install \(item.name)")
        XCTAssertEqual(window.following, "following the installation state… (Esc closes, it keeps going)")
        await server.stop()
    }

    func testTheInstalledTabHasNoInstallAndReadOnlyRefusesIt() {
        var state = CoreFixture.state(pane: .mcp)
        state.load(MCPRegistryResource.catalog, [CatalogItem(id: "c-1", name: "github")])
        XCTAssertEqual(state.reduce(.key(.character("n"))), [])
        XCTAssertNil(state.ui.overlay, "n installs on the catalog only")
        state.ui.registryTab = .catalog
        state.readOnly = true
        XCTAssertEqual(state.reduce(.key(.character("n"))), [])
        XCTAssertNil(state.ui.overlay)
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
    }

    // MARK: - The trash's restore

    func testUInTheTrashRestoresTheSelectedAgentAndUndoStaysOnTheLiveList() async throws {
        let server = try await server()
        let agent = try await plainAgent(server.client)
        try await server.client.deleteAgent(id: agent.id)
        var state = agentsState([agent], trash: true)

        let effects = state.reduce(.key(.character("u")))
        let restore = ActionRef(pane: .agents, tab: 0, action: "restore")
        XCTAssertEqual(effects, [.edit(.runAction(restore, ActionRequest(id: agent.id, name: agent.name)))])
        XCTAssertNil(state.ui.overlay, "no window: the status line says it")
        XCTAssertEqual(state.ui.flash, "restoring agent \(agent.name)…")

        await server.simulator.clearRecordedRequests()
        let results = try await send(effects, from: state, to: server)
        let restores = await server.changes()
        XCTAssertEqual(restores, ["POST /api/agents/\(agent.id)/restore"])
        let restored = try await server.client.agent(id: agent.id)
        XCTAssertNil(restored.deletedAt)
        XCTAssertEqual(results, [.actionReplied(restore, .done(message: "restored \(agent.name)"))])
        let refresh = state.reduce(.edited(results[0]))
        XCTAssertEqual(state.ui.flash, "restored \(agent.name)")
        XCTAssertFalse(refresh.isEmpty, "the list is read again")

        // Restoring it a second time fails: the status line says why.
        _ = state.reduce(.edited(.actionFailed(restore, .http(status: 404, type: nil, message: "gone", endpoint: "x"))))
        XCTAssertTrue(state.ui.flash?.hasPrefix("could not restore: ") == true, state.ui.flash ?? "")

        // On the live list u is the engine's undo of the last delete, as before.
        var live = agentsState([agent])
        _ = live.reduce(.key(.character("u")))
        XCTAssertEqual(live.ui.flash, "nothing to undo")
        _ = live.reduce(
            .edited(.deleted(DeletedRecord(ref: EditorRef(pane: .agents, tab: 0), id: agent.id, name: agent.name, noun: "agent"))))
        XCTAssertEqual(
            live.reduce(.key(.character("u"))), [.edit(.restore(EditorRef(pane: .agents, tab: 0), id: agent.id, name: agent.name))])
        await server.stop()
    }

    func testReadOnlyRefusesTheTrashsRestore() {
        var state = agentsState([CoreFixture.agent(1)], trash: true)
        state.readOnly = true
        XCTAssertEqual(state.reduce(.key(.character("u"))), [])
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
    }

    // MARK: - The version history

    func testVOpensTheHistoryAndRRestoresTheChosenVersionUnderItsAuditVerb() async throws {
        let server = try await server()
        let agent = try await plainAgent(server.client)
        _ = try await server.client.updateAgent(id: agent.id, body: .object(["description": .string("newer")]))
        let folder = NSTemporaryDirectory() + "journal-\(UUID().uuidString)"
        let journaled = Server(
            simulator: server.simulator, client: server.client,
            executor: EditExecutor(client: server.client, journal: EditJournal(directory: folder, server: "s")))
        var state = agentsState([agent])

        let open = state.reduce(.key(.character("v")))
        let ref = EditorRef(pane: .agents, tab: 0)
        XCTAssertEqual(open, [.edit(.loadVersions(ref, id: agent.id))])
        let listed = try await send(open, from: state, to: journaled)
        _ = state.reduce(.edited(try XCTUnwrap(listed.first)))
        guard case .versions(let browser)? = state.ui.overlay else { return XCTFail("the history is open") }
        XCTAssertGreaterThanOrEqual(browser.versions.count, 2, "\(browser.versions.map(\.version))")
        let older = browser.versions[1].version

        _ = state.reduce(.key(.character("j")))
        XCTAssertEqual(state.reduce(.key(.character("r"))), [], "it asks first")
        let restore = state.reduce(.key(.character("y")))
        XCTAssertEqual(restore, [.edit(.restoreVersion(ref, id: agent.id, name: agent.name, version: older))])
        await server.simulator.clearRecordedRequests()
        let results = try await send(restore, from: state, to: journaled)
        let changes = await server.changes()
        XCTAssertEqual(changes, ["POST /api/agents/\(agent.id)/versions/\(older)/restore"])
        _ = state.reduce(.edited(try XCTUnwrap(results.first)))
        XCTAssertNil(state.ui.overlay)
        XCTAssertEqual(state.ui.flash, "restored version \(older) of \(agent.name)")
        let audit = try String(contentsOfFile: EditJournal(directory: folder, server: "s").auditPath, encoding: .utf8)
        XCTAssertTrue(audit.contains("\"action\":\"restore-version\""), audit)
        await server.stop()
    }

    func testAProxysHistoryAppliesOnlyWhereProxiesAreAgents() {
        var state = CoreFixture.state(pane: .proxies)
        state.generation = .v1_4
        state.load(ProxiesResource.source, LLMProxyListing(generation: .v1_4, proxies: [LLMProxyEntry(id: "p-1", name: "Main")]))
        XCTAssertEqual(state.applicableActions.map(\.id), [])
        XCTAssertFalse(KeyBindings.bindings(in: state).contains { $0.action == "versions" })
        XCTAssertNil(
            KeyBindings.bindings(in: state).first { $0.commands == [.actions] }?.hint,
            "a still edits the proxy, but the bar offers it only for declared actions")
        XCTAssertEqual(state.reduce(.key(.character("v"))), [])
        XCTAssertNil(state.ui.overlay)
        state.generation = .v1_2
        state.load(ProxiesResource.source, LLMProxyListing(generation: .v1_2, proxies: [LLMProxyEntry(id: "p-1", name: "Main")]))
        XCTAssertEqual(state.applicableActions.map(\.id), ["versions"])
        XCTAssertTrue(KeyBindings.bindings(in: state).contains { $0.action == "versions" && $0.keys == "v" })
    }

    // MARK: - Where actions are listed

    func testHelpTheMenuAndTheHintBarListAnActionOnlyWhereItApplies() {
        var live = agentsState([CoreFixture.agent(1)])
        let liveHelp = KeyBindings.bindings(in: live)
        XCTAssertEqual(liveHelp.compactMap(\.action), ["versions"])
        XCTAssertTrue(liveHelp.contains { $0.commands == [.undo] })
        let menuKey = liveHelp.first { $0.commands == [.actions] }
        XCTAssertEqual(menuKey?.hint, "actions")
        XCTAssertEqual(menuKey?.hintPriority, 1, "the first hint to go when the bar is narrow")
        _ = live.reduce(.key(.character("a")))
        guard case .actions(let liveMenu)? = live.ui.overlay else { return XCTFail("the menu") }
        XCTAssertEqual(liveMenu.entries.map(\.id), ["edit", "form", "delete", "versions", "detail"])

        var trash = agentsState([CoreFixture.agent(1)], trash: true)
        let trashHelp = KeyBindings.bindings(in: trash)
        XCTAssertEqual(trashHelp.compactMap(\.action), ["restore"])
        XCTAssertEqual(trashHelp.first { $0.action == "restore" }?.hint, "restore")
        XCTAssertFalse(trashHelp.contains { $0.commands == [.undo] }, "undo is the live list's")
        _ = trash.reduce(.key(.character("a")))
        guard case .actions(let trashMenu)? = trash.ui.overlay else { return XCTFail("the menu") }
        XCTAssertEqual(trashMenu.entries.map(\.id), ["restore", "detail"], "no editing in the trash")
        XCTAssertEqual(trash.reduce(.key(.character("v"))), [], "typing narrows the menu")
        _ = trash.reduce(.key(.escape))
        _ = trash.reduce(.key(.escape))
        XCTAssertEqual(trash.reduce(.key(.character("v"))), [])
        XCTAssertEqual(trash.ui.flash, "in the trash only u (restore the selected record) applies; :trash goes back")

        // An empty trash has no row to restore: nothing is offered.
        var empty = agentsState([], trash: true)
        XCTAssertFalse(KeyBindings.bindings(in: empty).contains { $0.action != nil || $0.commands == [.actions] })
        XCTAssertEqual(empty.reduce(.key(.character("u"))), [])

        var mcp = CoreFixture.state(pane: .mcp)
        mcp.load(MCPRegistryResource.servers, [MCPServer(id: "m-1", name: "slack", createdAt: "2026-01-01T00:00:00Z")])
        mcp.load(MCPRegistryResource.catalog, [CatalogItem(id: "c-1", name: "github")])
        XCTAssertEqual(KeyBindings.bindings(in: mcp).compactMap(\.action), ["reinstall"])
        mcp.ui.registryTab = .catalog
        XCTAssertEqual(KeyBindings.bindings(in: mcp).compactMap(\.action), ["install"])
        XCTAssertFalse(KeyBindings.bindings(in: mcp).contains { $0.commands == [.new] }, "n is the install's here")

        var readOnly = agentsState([CoreFixture.agent(1)])
        readOnly.readOnly = true
        _ = readOnly.reduce(.key(.character("a")))
        guard case .actions(let readOnlyMenu)? = readOnly.ui.overlay else { return XCTFail("the menu") }
        XCTAssertEqual(readOnlyMenu.entries.first?.help, "(off: read-only) edit the record in $EDITOR")
        XCTAssertEqual(
            readOnlyMenu.entries.first { $0.id == "versions" }?.help, "version history: differences (restoring is off: read-only)")
        XCTAssertEqual(KeyBindings.bindings(in: readOnly).first { $0.commands == [.actions] }?.hint, "actions", "the history can be read")
        mcp.readOnly = true
        mcp.ui.registryTab = .installed
        let off = KeyBindings.bindings(in: mcp).first { $0.commands == [.actions] }
        XCTAssertNotNil(off, "help still lists a")
        XCTAssertNil(off?.hint, "but the bar does not offer a menu of actions that are all off")
    }

    func testTheNewRowStillSaysWhereNInstalls() {
        let new = KeyBindings.bindings(for: .agents).first { $0.commands == [.new] }
        XCTAssertEqual(new?.description, "new record in a form; on the MCP catalog: install the selected server")
        XCTAssertNil(KeyBindings.bindings(for: .mcp).first { $0.commands == [.new] })
        let undo = KeyBindings.bindings(for: .knowledge).first { $0.commands == [.undo] }
        XCTAssertEqual(undo?.description, "undo the last delete", "no trash there to speak of")
    }
}
