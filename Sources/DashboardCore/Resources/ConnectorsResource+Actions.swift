import Foundation
import ArchestraAPI

/// What can be done to a connector: sync it now and follow the sync until it settles, cancel the
/// sync under way, turn its scheduled syncs on or off.
extension ConnectorsResource {
    static let actions = [syncNow, cancel, toggle]

    /// A sync is followed through the connector's `lastSyncStatus`: queued → running → success or failed.
    static let syncFollow = ActionFollow(
        wording: FollowWording(
            title: "Sync %@", following: "following the sync… (Esc closes, it keeps going)",
            keepsGoing: "%@ keeps syncing; its status shows on the connectors pane"),
        poll: { client, id in followState(try await client.connector(id: id)) })

    static func followState(_ connector: Connector) -> FollowState {
        // No status yet: the sync waits for a worker.
        let status = connector.syncStatus ?? .queued
        return FollowState(
            phase: status.rawValue, error: status.isFailure ? connector.lastSyncErrorLine ?? "the sync failed" : nil,
            isSettled: status.isSettled)
    }

    /// What the window says when the server refuses a sync because one runs (409).
    static let alreadyRunning = FollowState(phase: "not started", error: "a sync is already running", isSettled: true)

    /// `S`: `POST /api/connectors/{id}/sync`, then its status every second until it settles.
    static let syncNow = RowAction(
        "sync", help: "sync the selected connector now and follow it until it settles", key: .character("S"),
        hint: (label: "sync", priority: 3), follow: syncFollow,
        request: { client, request in
            do {
                let started = try await client.syncConnector(id: request.id)
                let status = started.status.rawValue.isEmpty ? ConnectorRunStatus.queued : started.status
                return .following(id: request.id, FollowState(phase: status.rawValue, isSettled: false))
            } catch let error as ArchestraError where error.connectorRefusal() != nil {
                return .following(id: request.id, alreadyRunning)
            }
        })

    /// `X`: cancels the selected connector's sync under way (`POST …/runs/{runId}/cancel`), asked first.
    /// 1.2 servers have no cancel (API addendum §4 lists none).
    static let cancel = RowAction(
        "cancel-sync", help: "cancel the sync under way of the selected connector", key: .character("X"),
        applies: { $0.generation != .v1_2 },
        asks: .confirm(
            ActionConfirmWording(
                question: "Cancel the sync of %@ under way? What it ingested so far stays.",
                answers: "y cancels the sync, any other key lets it run", yes: "cancel the sync",
                declined: "the sync of %@ goes on")),
        auditVerb: "cancel-sync",
        request: { client, request in
            let page = try await client.connectorRuns(connectorID: request.id, ConnectorRunQuery(limit: 10))
            guard let run = page.page.data.first(where: \.status.isInProgress) else {
                return .done(message: "no sync of \(request.name) is under way")
            }
            do {
                try await client.cancelConnectorRun(connectorID: request.id, runID: run.id)
            } catch let error as ArchestraError where error.connectorRefusal(cancelling: true) != nil {
                return .done(message: "\(request.name): \(error.connectorRefusal(cancelling: true) ?? "")")
            }
            return .done(message: "cancelled the sync of \(request.name)")
        })

    /// `O`: scheduled syncs on or off (`PUT /api/connectors/{id}` with `enabled`).
    static let toggle = RowAction(
        "toggle-schedule", help: "turn the selected connector's scheduled syncs on or off", key: .character("O"),
        running: "switching the schedule of %@…", auditVerb: "enable-or-disable",
        request: { client, request in
            let connector = try await client.connector(id: request.id)
            let updated = try await client.setConnectorEnabled(id: request.id, enabled: !connector.enabled)
            return .done(message: "\(request.name): scheduled syncs \(updated.enabled ? "on" : "off")")
        })
}
