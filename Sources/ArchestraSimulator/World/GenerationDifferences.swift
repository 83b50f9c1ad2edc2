import ArchestraAPI

/// Where the simulated 1.2 platform differs from 1.4, each rule with the section of docs/api-notes.md it follows.
///
/// Kept in one place so the two worlds can be compared at a glance. Agent-type rules for LLM proxies
/// (§3.1, §5.1) live in ``AgentFilter`` and ``AgentRoutes``; the proxy endpoints in ``GatewayRoutes``.
extension APIGeneration {
    /// What `/health`, `/ready` and `/openapi.json` report (§1.3, §1.4): the 1.2 reference server says 1.2.56.
    var simulatedVersion: String {
        self == .v1_2 ? "1.2.56" : "1.4.0-beta.1"
    }

    /// `entityType` values limits accept (§8: Terraform-era servers knew only organization, team and agent).
    var limitEntityTypes: [String] {
        self == .v1_2 ? ["organization", "team", "agent"] : ["organization", "team", "agent", "user", "virtual_key", "environment"]
    }

    /// Whether limits carry their own `cleanupInterval` (§8: added in 1.4, replacing the organisation-wide setting).
    var limitsHavePerLimitCleanupInterval: Bool { self == .v1_4 }

    /// Whether `PATCH /api/limits/{id}` may move a limit to another entity (§8: the Terraform-era schema allowed it).
    var limitEntityIsUpdatable: Bool { self == .v1_2 }

    /// The organisation-wide `limitCleanupInterval` (§8: present before 1.4, gone in 1.4.0-beta.1).
    var organizationLimitCleanupInterval: String? {
        self == .v1_2 ? "1m" : nil
    }

    /// Whether `/api/optimization-rules` exists (§9.1: Terraform era only; 404 on 1.4.0-beta.1).
    var hasOptimizationRules: Bool { self == .v1_2 }

    /// Whether `GET /api/teams` answers with a `{data, pagination}` envelope (§9.2); older builds send a bare array.
    var teamsArePaginated: Bool { self == .v1_4 }
}
