import ArchestraAPI

/// Where 1.2 and 1.4 differ for tools, policies and connectors (API addendum §3, §4).
extension APIGeneration {
    /// Whether `GET /api/tools/with-assignments` exists; older servers offer only `GET /api/tools` (§3.5).
    var hasToolsWithAssignments: Bool { self == .v1_4 }

    /// Whether `GET /api/tools` answers with an offset page; Gen A/B send a bare array (§3.5).
    var toolsArePaginated: Bool { self == .v1_4 }

    /// Whether policies carry `sortOrder` (§3.2: newest only).
    var policiesHaveSortOrder: Bool { self == .v1_4 }

    /// Actions a policy of `family` accepts (§3.3: `assign_labels` is newest only).
    func policyActions(_ family: PolicyFamily) -> [String] {
        let actions = family.actions.map(\.rawValue)
        return family == .trustedData && self == .v1_4 ? actions + [PolicyAction.assignLabels.rawValue] : actions
    }

    /// Whether a sync waits as `queued` before it runs, and runs carry `runType` and the `queued` block (§4: newer builds).
    var connectorSyncsQueue: Bool { self == .v1_4 }

    /// The `status` of the sync endpoint's answer (§4: `enqueued`; newer builds `queued`, UNCONFIRMED).
    var syncAnswerStatus: String { self == .v1_4 ? "queued" : "enqueued" }

    /// Whether `POST /api/connectors/{id}/runs/{runId}/cancel` exists (contract §6 only; not in the 1.2 addendum).
    var canCancelConnectorRuns: Bool { self == .v1_4 }
}
