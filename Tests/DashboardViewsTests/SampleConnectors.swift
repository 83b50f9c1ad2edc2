import Foundation
import ArchestraAPI
import DashboardCore

/// Connectors of the sample knowledge bases: one failing, one syncing, one switched off, and the
/// runs of the failing one.
enum SampleConnectors {
    static let connectors = [
        Connector(
            id: "cn-1", name: "Support space", connectorType: "confluence", enabled: true, lastSyncAt: SampleState.iso(2_700),
            lastSyncStatus: "success", schedule: "0 */6 * * *"),
        Connector(
            id: "cn-2", name: "Uploads", connectorType: "gdrive", enabled: true, lastSyncAt: SampleState.iso(3_600 * 3),
            lastSyncStatus: "failed", lastSyncError: "OAuth token expired\nrefresh the grant in Google Drive",
            schedule: "30 2 * * *"),
        Connector(
            id: "cn-3", name: "Ticket export", connectorType: "jira", enabled: true, lastSyncAt: SampleState.iso(60),
            lastSyncStatus: "running", schedule: "*/15 * * * *", knowledgeBaseIds: ["kb-2"]),
        Connector(
            id: "cn-4", name: "Old wiki", connectorType: "web_crawler", enabled: false, schedule: "0 3 * * 1"),
    ]

    static let runs = [
        ConnectorRun(
            id: "run-3", connectorId: "cn-2", status: .failed, startedAt: SampleState.iso(3_600 * 3 + 75),
            completedAt: SampleState.iso(3_600 * 3), documentsProcessed: 140, documentsIngested: 0,
            error: "OAuth token expired\nrefresh the grant in Google Drive"),
        ConnectorRun(
            id: "run-2", connectorId: "cn-2", status: .success, startedAt: SampleState.iso(86_400 + 300),
            completedAt: SampleState.iso(86_400), documentsProcessed: 1_204, documentsIngested: 37),
        ConnectorRun(
            id: "run-1", connectorId: "cn-2", status: .completedWithErrors, startedAt: SampleState.iso(2 * 86_400 + 4_000),
            completedAt: SampleState.iso(2 * 86_400), documentsProcessed: 1_180, documentsIngested: 1_150,
            error: "12 pages returned HTTP 403"),
    ]

    static func load(into state: inout AppState, at loaded: Date) {
        let listing = ConnectorsResource.Listing(knowledgeBaseID: nil, connectors: RecordList(items: connectors))
        state[ConnectorsResource.source].succeed(listing, at: loaded)
        state[ConnectorsResource.all].succeed(listing, at: loaded)
    }

    /// The runs of Uploads, opened with Enter on it.
    static func runsOfUploads() -> AppState {
        var state = SampleState.full(pane: .connectorRuns)
        state.ui.scopes[.connectorRuns] = PaneScope(field: "connectorId", value: "cn-2", label: "connector Uploads")
        // Opened with Enter on the connector, so Esc has a pane to return to.
        state.ui.backStack = [NavigationEntry(pane: .connectors, tab: 0, scope: nil)]
        state[ConnectorsResource.runs].succeed(ConnectorsResource.Runs(connectorID: "cn-2", runs: runs), at: SampleState.time(1))
        return state
    }

    /// The pane of a server without `/api/connectors`.
    static func notOffered() -> AppState {
        var state = SampleState.full(pane: .connectors)
        let listing = ConnectorsResource.Listing(knowledgeBaseID: nil, connectors: nil)
        state[ConnectorsResource.source].succeed(listing, at: SampleState.time(1))
        state[ConnectorsResource.all].succeed(listing, at: SampleState.time(1))
        return state
    }
}
