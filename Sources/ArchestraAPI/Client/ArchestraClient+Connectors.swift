import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/connectors/{id}`.
    public func connector(id: String) async throws -> Connector {
        try await record(Self.path("api", "connectors", id))
    }

    /// `GET /api/connectors/{id}/runs`: one page of runs, newest first, without logs.
    public func connectorRuns(connectorID: String, _ query: ConnectorRunQuery = .init()) async throws -> ConnectorRunPage {
        let path = Self.path("api", "connectors", connectorID, "runs")
        let value = try await json(.GET, path, query: query.queryItems)
        do {
            return try ConnectorRunPage(json: value)
        } catch {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)\(path)", detail: "\(error)")
        }
    }

    /// `GET /api/connectors/{id}/runs/{runId}`: one run with its `logs`.
    public func connectorRun(connectorID: String, runID: String) async throws -> ConnectorRun {
        try await record(Self.path("api", "connectors", connectorID, "runs", runID))
    }

    /// `POST /api/connectors/{id}/sync` (no body). 409 while a sync runs: see ``ArchestraError/connectorRefusal``.
    public func syncConnector(id: String) async throws -> ConnectorSyncStarted {
        try await startSync(Self.path("api", "connectors", id, "sync"))
    }

    /// `POST /api/connectors/{id}/force-resync`: a sync from scratch (the checkpoint is dropped); 409 as for a sync.
    public func forceResyncConnector(id: String) async throws -> ConnectorSyncStarted {
        try await startSync(Self.path("api", "connectors", id, "force-resync"))
    }

    /// `POST /api/connectors/{id}/runs/{runId}/cancel` → `{cancelled: true}`; 409 when the run already ended.
    public func cancelConnectorRun(connectorID: String, runID: String) async throws {
        _ = try await json(.POST, Self.path("api", "connectors", connectorID, "runs", runID, "cancel"))
    }

    /// Turns scheduled syncs on or off: `PUT /api/connectors/{id}` with `{"enabled": …}` (a partial update;
    /// the method is UNCONFIRMED upstream, the contract names the connector update but not its verb).
    public func setConnectorEnabled(id: String, enabled: Bool) async throws -> Connector {
        try await send(.PUT, Self.path("api", "connectors", id), body: JSONValue.object(["enabled": .bool(enabled)]))
    }

    /// `GET /api/connectors/{id}/knowledge-bases`: the knowledge bases a connector feeds (array or page).
    public func connectorKnowledgeBases(connectorID: String) async throws -> [KnowledgeBase] {
        let path = Self.path("api", "connectors", connectorID, "knowledge-bases")
        let value = try await json(.GET, path)
        do {
            return try Page<KnowledgeBase>(envelopeOrArray: value).data
        } catch {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)\(path)", detail: "\(error)")
        }
    }

    private func startSync(_ path: String) async throws -> ConnectorSyncStarted {
        let value = try await json(.POST, path)
        // Any 2xx means the sync was accepted, whatever the body holds.
        return (try? ConnectorSyncStarted(json: value)) ?? ConnectorSyncStarted(status: .queued)
    }
}

extension ArchestraError {
    /// A connector action refused in words a person reads: a 409 on sync means "a sync is already running",
    /// on cancel "the run has already ended"; `nil` for any other failure (show its own message).
    public func connectorRefusal(cancelling: Bool = false) -> String? {
        guard status == 409 else { return nil }
        return cancelling ? "the run has already ended" : "a sync is already running"
    }
}
