import ArchestraAPI
import ArchestraSimulator
import Foundation
import XCTest

/// Connectors, their runs and actions over real loopback HTTP; syncs are moved on a phase at a time
/// (`skipConnectorSyncPhase`), so nothing waits on the wall clock.
final class ClientConnectorsTests: XCTestCase {
    private func start(_ generation: APIGeneration = .v1_4) async throws -> EditingFixture {
        try await startEditing { $0.generation = generation }
    }

    private func connector(named name: String, _ client: ArchestraClient) async throws -> Connector {
        let connectors = try await client.connectors(ConnectorQuery(limit: 100)).data
        return try XCTUnwrap(connectors.first { $0.name == name })
    }

    func testSeededConnectorsHaveRunsEndingInTheirLastStatus() async throws {
        let fixture = try await start()
        let connectors = try await fixture.client.connectors(ConnectorQuery(limit: 100)).data
        XCTAssertGreaterThanOrEqual(Set(connectors.compactMap(\.connectorType)).count, 5)
        let failing = try XCTUnwrap(connectors.first { $0.isFailing })
        XCTAssertEqual(failing.lastSyncErrorLine, "OAuth token expired")
        XCTAssertEqual(CronWording.describe(failing.schedule ?? ""), "every 6 h")
        let runs = try await fixture.client.connectorRuns(connectorID: failing.id, ConnectorRunQuery(limit: 3))
        XCTAssertEqual(runs.page.data.count, 3)
        XCTAssertEqual(runs.page.pagination.total, 5)
        XCTAssertEqual(runs.page.data.first?.status, .failed)
        XCTAssertEqual(runs.page.data.first?.error, "OAuth token expired")
        XCTAssertNil(runs.page.data.first?.logs, "lists leave logs out")
        XCTAssertEqual(runs.queuedContent, false)
        let one = try await fixture.client.connectorRun(connectorID: failing.id, runID: try XCTUnwrap(runs.page.data.first?.id))
        XCTAssertTrue(one.logs?.contains("OAuth token expired") ?? false)
        let request = await fixture.simulator.recordedRequests().first { $0.path.hasSuffix("/runs") }
        XCTAssertEqual(request?.query, ["limit": "3", "offset": "0"])
    }

    func testASyncMovesQueuedRunningSuccessAndASecondSyncMeanwhileIsA409() async throws {
        let fixture = try await start()
        let client = fixture.client
        let support = try await connector(named: "Support space", client)
        let started = try await client.syncConnector(id: support.id)
        XCTAssertEqual(started.status, .queued)
        let queued = try await client.connector(id: support.id)
        XCTAssertEqual(queued.syncStatus, .queued)
        let refused = await fixture.failure { try await client.syncConnector(id: support.id) }
        XCTAssertEqual(refused?.status, 409)
        XCTAssertEqual(refused?.connectorRefusal(), "a sync is already running")

        var seen: [ConnectorRunStatus] = [.queued]
        for _ in 0..<3 {
            await fixture.simulator.skipConnectorSyncPhase()
            let status = try await client.connectorRuns(connectorID: support.id).page.data.first?.status
            if let status, status != seen.last { seen.append(status) }
        }
        XCTAssertEqual(seen, [.queued, .running, .success])
        let settled = try await client.connector(id: support.id)
        XCTAssertEqual(settled.syncStatus, .success)
        let latest = try await client.connectorRuns(connectorID: support.id)
        let run = try XCTUnwrap(latest.page.data.first)
        XCTAssertEqual(run.id, started.taskId)
        XCTAssertGreaterThan(run.documentsProcessed, 0)
        XCTAssertNotNil(run.completedAt)
        let syncs = await fixture.simulator.recordedRequests().filter { $0.path == "/api/connectors/\(support.id)/sync" }
        XCTAssertEqual(syncs.map(\.method), ["POST", "POST"])
        XCTAssertEqual(syncs.first?.body, nil, "no body")
    }

    func testAFailingConnectorFailsAgainWithItsErrorAndAnOlderServerSaysEnqueued() async throws {
        let fixture = try await start(.v1_2)
        let client = fixture.client
        let drive = try await connector(named: "Research drive", client)
        let started = try await client.syncConnector(id: drive.id)
        XCTAssertEqual(started.status, .enqueued)
        let running = try await client.connector(id: drive.id)
        XCTAssertEqual(running.syncStatus, .running, "no queued phase on 1.2")
        await fixture.simulator.skipConnectorSyncPhase()
        let after = try await client.connector(id: drive.id)
        XCTAssertEqual(after.syncStatus, .failed)
        XCTAssertEqual(after.lastSyncError, "OAuth token expired")
        let runs = try await client.connectorRuns(connectorID: drive.id)
        XCTAssertNil(runs.queuedContent, "1.2 runs carry no queued block")
        XCTAssertNil(runs.page.data.first?.runType)
    }

    func testCancellingARunningSyncAndCancellingItAgain() async throws {
        let fixture = try await start()
        let client = fixture.client
        let docs = try await connector(named: "archestra-docs", client)
        XCTAssertEqual(docs.syncStatus, .running, "seeded mid-sync")
        let refused = await fixture.failure { try await client.syncConnector(id: docs.id) }
        XCTAssertEqual(refused?.connectorRefusal(), "a sync is already running")
        let runs = try await client.connectorRuns(connectorID: docs.id)
        let run = try XCTUnwrap(runs.page.data.first)
        XCTAssertEqual(run.status, .running)
        try await client.cancelConnectorRun(connectorID: docs.id, runID: run.id)
        let received = await fixture.simulator.recordedRequests().last
        XCTAssertEqual(received?.method, "POST")
        XCTAssertEqual(received?.path, "/api/connectors/\(docs.id)/runs/\(run.id)/cancel")
        let cancelled = try await client.connectorRun(connectorID: docs.id, runID: run.id)
        XCTAssertEqual(cancelled.status, .cancelled)
        let again = await fixture.failure { try await client.cancelConnectorRun(connectorID: docs.id, runID: run.id) }
        XCTAssertEqual(again?.status, 409)
        XCTAssertEqual(again?.connectorRefusal(cancelling: true), "the run has already ended")
        _ = try await client.syncConnector(id: docs.id)  // free to sync again
    }

    func testAnOlderServerHasNoCancelAndUnknownConnectorsAre404() async throws {
        let fixture = try await start(.v1_2)
        let client = fixture.client
        let docs = try await connector(named: "archestra-docs", client)
        let runs = try await client.connectorRuns(connectorID: docs.id)
        let run = try XCTUnwrap(runs.page.data.first)
        let cancel = await fixture.failure { try await client.cancelConnectorRun(connectorID: docs.id, runID: run.id) }
        XCTAssertEqual(cancel?.isNotFound, true)
        XCTAssertNil(cancel?.connectorRefusal())
        let sync = await fixture.failure { try await client.syncConnector(id: "no-such-connector") }
        XCTAssertEqual(sync?.status, 404)
        let unknownRuns = await fixture.failure { try await client.connectorRuns(connectorID: "no-such-connector") }
        XCTAssertEqual(unknownRuns?.status, 404)
    }

    func testDisablingAConnectorIsAPartialPutAndTheKnowledgeBaseFilterFindsIt() async throws {
        let fixture = try await start()
        let client = fixture.client
        let notion = try await connector(named: "Sales Notion", client)
        let updated = try await client.setConnectorEnabled(id: notion.id, enabled: false)
        XCTAssertFalse(updated.enabled)
        let body = await fixture.lastBody("PUT", "/api/connectors/\(notion.id)")
        XCTAssertEqual(body, .object(["enabled": .bool(false)]))
        let reread = try await connector(named: "Sales Notion", client)
        XCTAssertFalse(reread.enabled)
        let knowledgeBases = try await client.connectorKnowledgeBases(connectorID: notion.id)
        XCTAssertEqual(knowledgeBases.map(\.name), ["Sales Enablement"])
        let filtered = try await client.connectors(ConnectorQuery(knowledgeBaseId: try XCTUnwrap(knowledgeBases.first?.id)))
        XCTAssertEqual(filtered.data.map(\.name), ["Sales Notion"])
    }
}
