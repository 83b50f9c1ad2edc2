import ArchestraAPI

/// Everything the simulated platform knows: records, usage history and the generators' state.
///
/// A plain value owned by the ``SimulatorState`` actor; routes read and mutate it synchronously.
struct SimulatedWorld: Sendable {
    let generation: APIGeneration
    var directory: Directory
    /// Team documents in `GET /api/teams` order.
    var teams: [JSONObject]
    var agents: AgentTable
    var mcpServers: [MCPServerRecord]
    var catalog: [JSONObject]
    var knowledgeBases: [KnowledgeBaseRecord]
    var connectors: [JSONObject]
    /// Knowledge-base ids each connector feeds (connector id → kb ids); not part of the connector document.
    var connectorKnowledgeBases: [String: [String]]
    var limits: [LimitRecord]
    /// Terraform-era model-routing rules; only 1.2 worlds have any (``APIGeneration/hasOptimizationRules``).
    var optimizationRules: [JSONObject]
    var usage: UsageHistory
    /// Agent rows the traffic generator picks from, weighted by repetition.
    var activeAgents: [Int]
    /// Identity provider the LLM-proxy singleton uses (1.4 `PATCH /api/llm-proxy`).
    var llmProxyIdentityProviderID: String?
    /// Source of ids and traffic samples.
    var random: SplitMix64
    /// Configuration history per agent id, kept only for agents whose history was asked for or changed
    /// (see ``history(ofAgentAt:)``), so 100 000 seeded agents cost nothing here.
    var agentVersions: [String: [AgentVersionRecord]] = [:]
    /// What `GET /metrics` publishes; moves with live traffic (``TrafficLedger``) and each generator step.
    var metrics = PlatformMetrics()
    /// Tool-invocation and trusted-data policies (``GuardrailSeed``).
    var guardrails = GuardrailStore()
    /// Connector runs and syncs in progress (``ConnectorRunSeed``).
    var connectorRuns = ConnectorRunStore()
    /// LLM interactions and MCP tool calls (``LogGenerator``); replaced by the seeder with the options' settings.
    var logs = LogBook(capacity: 1, rate: 0, paging: .cursor, seed: 0)

    var renderer: AgentRenderer { AgentRenderer(directory: directory) }

    /// The agent object as the API returns it.
    func agentJSON(at index: Int) -> JSONValue {
        let row = agents[index]
        return .object(row.document ?? renderer.render(row))
    }

    /// Index of a live (not soft-deleted) agent, or 404 `Agent not found`.
    func liveAgentIndex(_ id: String) throws -> Int {
        guard let index = agents.index(of: id), !agents[index].isDeleted else {
            throw APIError.notFound("Agent not found")
        }
        return index
    }

    /// The default LLM-proxy row (the 1.4 singleton is backed by it).
    var defaultLLMProxyIndex: Int? {
        let proxies = agents.rows.indices.filter { agents[$0].agentType == "llm_proxy" && !agents[$0].isDeleted }
        return proxies.first { agents[$0].isDefault } ?? proxies.first
    }

    /// Updates reinstall progress of every MCP server.
    mutating func advanceInstallations(now: Double) {
        for index in mcpServers.indices {
            mcpServers[index].advanceInstallation(now: now)
        }
    }
}
