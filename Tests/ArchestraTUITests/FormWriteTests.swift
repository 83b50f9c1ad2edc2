import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator
@testable import DashboardCore

/// The one write path, from the keys to the server: the form's fields build the body, the editor's
/// call sends it, and the simulator says what it received.
final class FormWriteTests: XCTestCase {
    func testAClearedFieldArrivesAsNullAndUntouchedOnesAreNotSent() async throws {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        let executor = EditExecutor(client: client, journal: nil)
        let created = try await client.createAgent(
            body: .object([
                "name": .string("Null or absent"), "scope": .string("org"), "agentType": .string("agent"),
                "description": .string("to be cleared"), "systemPrompt": .string("stays"), "llmModel": .string("gpt-4o"),
            ]))

        // The agents pane showing only that agent, as the poller would load it.
        var state = AppState(baseURL: "http://127.0.0.1:\(port)", refreshInterval: 2, now: Date())
        _ = state.reduce(.resize(width: 120, height: 40))
        state.ui.pane = .agents
        let page = try await client.agents(AgentQuery(limit: 20, name: created.name))
        XCTAssertEqual(page.data.map(\.id), [created.id])
        _ = state.reduce(.loaded(LoadResult(AgentsResource.source, in: state, .success(page), finishedAt: Date())))

        // E opens the form; ↓ to the description; Ctrl-U empties it; Ctrl-S saves.
        try await run(state.reduce(.key(.character("E"))), on: &state, executor)
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.control("u")))
        await simulator.clearRecordedRequests()
        try await run(state.reduce(.key(.control("s"))), on: &state, executor)

        let writes = await simulator.recordedRequests().filter { $0.method != "GET" }
        XCTAssertEqual(writes.map { "\($0.method) \($0.path)" }, ["PUT /api/agents/\(created.id)"])
        let sent = try XCTUnwrap(writes.first?.body.flatMap { try? JSONValue.parse(Data($0.utf8)) })
        XCTAssertEqual(sent, .object(["description": .null]), "the cleared field is null; name, prompt and model are left out")
        let stored = try await client.agent(id: created.id)
        XCTAssertNil(stored.description)
        XCTAssertEqual(stored.systemPrompt, "stays")
        XCTAssertEqual(stored.raw["llmModel"], .string("gpt-4o"))
        XCTAssertEqual(state.ui.flash, "saved agent Null or absent: description")
        await client.shutdown()
        await simulator.stop()
    }

    /// Carries out the edit effects as the store does and hands the answers back to the reducer.
    private func run(_ effects: [Effect], on state: inout AppState, _ executor: EditExecutor) async throws {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            guard case .edit(let command) = effect else { continue }
            let editor = try XCTUnwrap(DashboardStore.ref(of: command).editor(in: state))
            let result = await executor.perform(command, editor: editor)
            pending += state.reduce(.edited(result))
        }
    }
}
