import XCTest
@testable import ArchestraAPI
import ArchestraSimulator
@testable import DashboardCore

/// `:connectors`: its rows (failing first, schedules in words, the knowledge bases they feed), the
/// links from a knowledge base and to a connector's runs, an older server's 404, and the declared
/// actions carried out against the simulator.
final class ConnectorsResourceTests: XCTestCase {
    static let bases = [
        KnowledgeBase(id: "kb-1", name: "Handbook", connectors: [ConnectorRef(id: "c-2", name: "Wiki")]),
        KnowledgeBase(id: "kb-2", name: "Tickets"),
    ]
    static let connectors = [
        Connector(id: "c-1", name: "alpha", connectorType: "jira", enabled: true, lastSyncStatus: "success", schedule: "0 */6 * * *"),
        Connector(
            id: "c-2", name: "Wiki", connectorType: "confluence", enabled: false, lastSyncStatus: "failed",
            lastSyncError: "401 Unauthorized\nstack…", schedule: "30 2 * * *"),
        Connector(id: "c-3", name: "beta", enabled: true, schedule: "17 4 1,15 * *", knowledgeBaseIds: ["kb-2"]),
    ]

    func connectorsState(scope: PaneScope? = nil) -> AppState {
        var state = CoreFixture.state(pane: .connectors)
        state.ui.scopes[.connectors] = scope
        state.knowledgeBases.succeed(Self.bases, at: state.now)
        state[ConnectorsResource.source].succeed(
            .init(knowledgeBaseID: scope?.value, connectors: RecordList(items: Self.connectors)), at: state.now)
        return state
    }

    func testFailingConnectorsComeFirstWithTheirErrorsFirstLineAndSchedulesInWords() throws {
        let table = try XCTUnwrap(connectorsState().visibleTable)
        XCTAssertEqual(table.rowCount, 3)
        XCTAssertEqual(
            table.row(at: 0)?.cells, ["Wiki", "confluence", "Handbook", "daily at 02:30", "no", "-", "failed", "401 Unauthorized"])
        XCTAssertEqual(table.row(at: 0)?.level, .error)
        XCTAssertEqual(table.row(at: 1)?.cells.prefix(4), ["alpha", "jira", "-", "every 6 h"])
        XCTAssertEqual(
            table.row(at: 2)?.cells.prefix(7), ["beta", "-", "Tickets", "17 4 1,15 * *", "yes", "-", "never"],
            "the base named by the row itself; a cron with no words stays cron")
    }

    func testAServerWithoutConnectorsSaysSoAndTheOverviewCountsNothing() throws {
        var state = CoreFixture.state(pane: .connectors)
        state.knowledgeBases.succeed(Self.bases, at: state.now)
        let none = ConnectorsResource.Listing(knowledgeBaseID: nil, connectors: nil)
        state[ConnectorsResource.source].succeed(none, at: state.now)
        state[ConnectorsResource.all].succeed(none, at: state.now)
        XCTAssertEqual(state.visibleTable?.emptyMessage, "this server does not offer knowledge connectors (GET /api/connectors: 404)")
        XCTAssertEqual(OverviewResource.knowledge(state), KnowledgeFigures(bases: 2, failingConnectors: nil))
        XCTAssertEqual(state.connection, .connected, "an answer, not a failure: nothing reads degraded")
    }

    func testTheOverviewCountsFailingConnectors() {
        var state = CoreFixture.state(pane: .overview)
        XCTAssertNil(OverviewResource.knowledge(state))
        state.knowledgeBases.succeed(Self.bases, at: state.now)
        XCTAssertEqual(OverviewResource.knowledge(state), KnowledgeFigures(bases: 2, failingConnectors: nil))
        state[ConnectorsResource.all].succeed(
            .init(knowledgeBaseID: nil, connectors: RecordList(items: Self.connectors)), at: state.now)
        XCTAssertEqual(OverviewResource.knowledge(state), KnowledgeFigures(bases: 2, failingConnectors: 1))
        XCTAssertTrue(state.neededSources.contains(ConnectorsResource.all.id), "the overview asks for every connector")
    }

    func testEnterOnAKnowledgeBaseOpensItsConnectorsAskedForByItsID() throws {
        var state = CoreFixture.state(pane: .knowledge)
        state.knowledgeBases.succeed(Self.bases, at: state.now)
        _ = state.reduce(.key(.down))
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .connectors)
        XCTAssertNil(state.ui.detail, "Enter drills down; the detail is on the a menu")
        XCTAssertEqual(state.currentScope, PaneScope(field: "knowledgeBaseId", value: "kb-2", label: "knowledge base Tickets"))
        let key = try XCTUnwrap(ResourceRegistry.source(ConnectorsResource.source.id)).requestKey(state)
        XCTAssertEqual(key.parameters(as: String?.self), .some("kb-2"))
        XCTAssertEqual(state.visibleTable?.emptyMessage, "loading connectors…")
        state[ConnectorsResource.source].succeed(.init(knowledgeBaseID: "kb-1", connectors: RecordList(items: [])), at: state.now)
        XCTAssertEqual(state.visibleTable?.emptyMessage, "loading connectors…", "another base's answer never shows")
        state[ConnectorsResource.source].succeed(.init(knowledgeBaseID: "kb-2", connectors: RecordList(items: [])), at: state.now)
        XCTAssertEqual(state.visibleTable?.emptyMessage, "no connectors feed this knowledge base")
        _ = state.reduce(.key(.escape))
        XCTAssertEqual(state.ui.pane, .knowledge)
        XCTAssertEqual(state.ui.list(.knowledge).selected, 1)
    }

    func testTheKnowledgeBasesDetailStaysOnTheActionMenuWithoutEntersLabel() throws {
        var state = CoreFixture.state(pane: .knowledge)
        state.knowledgeBases.succeed(Self.bases, at: state.now)
        _ = state.reduce(.key(.character("a")))
        guard case .actions(let menu)? = state.ui.overlay else { return XCTFail("the a menu") }
        let detail = try XCTUnwrap(menu.entries.first { $0.id == "detail" })
        XCTAssertEqual(detail.key, "", "Enter opens the connectors here, not the detail")
        "detail".forEach { _ = state.reduce(.key(.character($0))) }
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .knowledge)
        XCTAssertEqual(state.ui.detail?.title, "Knowledge base Handbook")
    }

    func testEnterOnAConnectorOpensItsRuns() throws {
        var state = connectorsState()
        _ = state.reduce(.key(.enter))
        XCTAssertEqual(state.ui.pane, .connectorRuns)
        XCTAssertEqual(state.currentScope?.value, "c-2", "the failing connector, first on the list")
        state[ConnectorsResource.runs].succeed(
            .init(
                connectorID: "c-2",
                runs: [
                    ConnectorRun(
                        id: "r-1", status: .failed, startedAt: "2026-01-01T10:00:00Z", completedAt: "2026-01-01T10:02:05Z",
                        documentsProcessed: 1_500, documentsIngested: 3, error: "401 Unauthorized\nstack…")
                ]), at: state.now)
        let row = try XCTUnwrap(state.visibleTable?.row(at: 0))
        XCTAssertEqual(Array(row.cells.dropFirst(2)), ["2m 5s", "1 500", "3", "401 Unauthorized"])
        XCTAssertEqual(row.cells.first, "failed")
    }

    // MARK: - Actions against the simulator

    func simulator() async throws -> (ArchestraSimulator, ArchestraClient) {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        return (simulator, client)
    }

    func testSyncNowIsFollowedToItsEndAndASecondSyncIsSaidInWords() async throws {
        let (simulator, client) = try await simulator()
        let listed = try await client.connectors(ConnectorQuery(limit: 100)).data
        let connector = try XCTUnwrap(listed.first { $0.syncStatus == .success })
        let request = ActionRequest(id: connector.id, name: connector.name)
        let sync = try XCTUnwrap(ConnectorsResource.syncNow.request)
        let follow = try XCTUnwrap(ConnectorsResource.syncNow.follow)

        let started = try await sync(client, request)
        guard case .following(let id, let first) = started else { return XCTFail("\(started)") }
        XCTAssertEqual(id, connector.id)
        XCTAssertFalse(first.isSettled)
        var phases = [first.phase]
        for _ in 0..<6 {
            let state = try await follow.poll(client, id)
            if phases.last != state.phase { phases.append(state.phase) }
            if state.isSettled { break }
            if state.phase == "running" {
                let again = try await sync(client, request)
                XCTAssertEqual(again, .following(id: connector.id, ConnectorsResource.alreadyRunning), "the 409, in words")
                XCTAssertEqual(ConnectorsResource.alreadyRunning.error, "a sync is already running")
            }
            await simulator.skipConnectorSyncPhase()
        }
        XCTAssertEqual(phases, ["queued", "running", "success"])
        await client.shutdown()
        await simulator.stop()
    }

    func testCancelStopsTheSyncUnderWayAndSaysWhenNoneRuns() async throws {
        let (simulator, client) = try await simulator()
        let listed = try await client.connectors(ConnectorQuery(limit: 100)).data
        let connector = try XCTUnwrap(listed.first { $0.syncStatus == .success })
        let request = ActionRequest(id: connector.id, name: connector.name)
        let cancel = try XCTUnwrap(ConnectorsResource.cancel.request)
        let idle = try await cancel(client, request)
        XCTAssertEqual(idle, .done(message: "no sync of \(connector.name) is under way"))
        _ = try await client.syncConnector(id: connector.id)
        await simulator.clearRecordedRequests()
        let cancelled = try await cancel(client, request)
        XCTAssertEqual(cancelled, .done(message: "cancelled the sync of \(connector.name)"))
        let posts = await simulator.recordedRequests().filter { $0.method == "POST" }.map(\.path)
        XCTAssertEqual(posts.count, 1)
        XCTAssertTrue(posts.first?.hasPrefix("/api/connectors/\(connector.id)/runs/") == true && posts.first?.hasSuffix("/cancel") == true)
        let after = try await client.connector(id: connector.id)
        XCTAssertEqual(after.lastSyncStatus, "cancelled")
        await client.shutdown()
        await simulator.stop()
    }

    func testTheScheduleToggleTurnsSyncsOffAndOnAgain() async throws {
        let (simulator, client) = try await simulator()
        let listed = try await client.connectors(ConnectorQuery(limit: 100)).data
        let connector = try XCTUnwrap(listed.first { $0.enabled })
        let toggle = try XCTUnwrap(ConnectorsResource.toggle.request)
        let request = ActionRequest(id: connector.id, name: connector.name)
        let off = try await toggle(client, request)
        XCTAssertEqual(off, .done(message: "\(connector.name): scheduled syncs off"))
        let offRead = try await client.connector(id: connector.id)
        XCTAssertFalse(offRead.enabled)
        let on = try await toggle(client, request)
        XCTAssertEqual(on, .done(message: "\(connector.name): scheduled syncs on"))
        await client.shutdown()
        await simulator.stop()
    }

    func testTheKeysAreDeclaredAndOffUnderReadOnly() {
        var state = connectorsState()
        XCTAssertEqual(state.applicableActions.map(\.id), ["sync", "cancel-sync", "toggle-schedule"])
        state.generation = .v1_2
        XCTAssertEqual(state.applicableActions.map(\.id), ["sync", "toggle-schedule"], "1.2 servers cannot cancel a run")
        state.generation = .v1_4
        state.readOnly = true
        XCTAssertEqual(state.reduce(.key(.character("S"))), [])
        XCTAssertEqual(state.ui.flash, "read-only (--read-only): nothing can be changed")
    }
}
