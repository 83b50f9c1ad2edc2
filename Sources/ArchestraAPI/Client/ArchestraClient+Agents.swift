import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/agents`: one page of agents.
    public func agents(_ query: AgentQuery) async throws -> Page<Agent> {
        try await page("/api/agents", query: query.queryItems)
    }

    /// `GET /api/agents/all`: every visible agent, unpaginated.
    public func allAgents(_ query: AllAgentsQuery = .init()) async throws -> [Agent] {
        try await list("/api/agents/all", query: query.queryItems)
    }

    /// `GET /api/agents/{id}`.
    public func agent(id: String) async throws -> Agent {
        try await record(Self.path("api", "agents", id))
    }

    /// `DELETE /api/agents/{id}` (soft delete).
    public func deleteAgent(id: String) async throws {
        try await delete(Self.path("api", "agents", id))
    }

    /// `GET /api/mcp-gateways/default`: the caller's personal MCP gateway (created on first call).
    public func defaultMCPGateway() async throws -> Agent {
        try await record("/api/mcp-gateways/default")
    }

    /// `GET /api/agents?agentType=mcp_gateway`: one page of MCP gateways.
    public func mcpGateways(limit: Int = 100, offset: Int = 0) async throws -> Page<Agent> {
        try await agents(AgentQuery(limit: limit, offset: offset, agentType: .mcpGateway))
    }

    /// The LLM proxies, read the way `generation` requires.
    ///
    /// - 1.4: the organization singleton of `GET /api/llm-proxy`, as one default entry.
    /// - 1.2: every page of `GET /api/agents?agentType=llm_proxy`, with the agent of
    ///   `GET /api/llm-proxy/default` marked default (and added when missing from the list).
    public func llmProxies(generation: APIGeneration) async throws -> LLMProxyListing {
        switch generation {
        case .v1_4:
            let singleton: LLMProxySingleton = try await record("/api/llm-proxy")
            let entry = LLMProxyEntry(
                id: singleton.id, name: "Organization LLM proxy", isDefault: true,
                identityProviderId: singleton.identityProviderId
            )
            return LLMProxyListing(generation: .v1_4, proxies: [entry])
        case .v1_2:
            let agents = try await Self.collectPages(pageSize: 100) { offset, limit in
                try await self.agents(AgentQuery(limit: limit, offset: offset, agentType: .llmProxy))
            }
            let defaultProxy: Agent? = try await optionalRecord("/api/llm-proxy/default")
            var entries = agents.map { agent in
                LLMProxyEntry(
                    id: agent.id, name: agent.name, isDefault: agent.id == defaultProxy?.id,
                    identityProviderId: agent.identityProviderId, agent: agent
                )
            }
            if let defaultProxy, !entries.contains(where: { $0.id == defaultProxy.id }) {
                entries.insert(
                    LLMProxyEntry(
                        id: defaultProxy.id, name: defaultProxy.name, isDefault: true,
                        identityProviderId: defaultProxy.identityProviderId, agent: defaultProxy
                    ),
                    at: 0
                )
            }
            return LLMProxyListing(generation: .v1_2, proxies: entries)
        }
    }

    /// GETs one record, or `nil` on 404.
    func optionalRecord<Record: LenientDecodable>(_ path: String, as type: Record.Type = Record.self) async throws -> Record? {
        do {
            return try await record(path, as: Record.self)
        } catch let error as ArchestraError where error.isNotFound {
            return nil
        }
    }
}
