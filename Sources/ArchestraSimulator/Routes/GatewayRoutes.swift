import ArchestraAPI

/// `GET /api/mcp-gateways/default` and the LLM-proxy endpoints, which differ per generation (API notes §5).
enum GatewayRoutes {
    static func handleGateway(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        guard context.method == "GET", context.segments == ["mcp-gateways", "default"] else { return nil }
        let caller = world.directory.caller
        if let index = world.agents.rows.indices.first(where: {
            let row = world.agents[$0]
            return row.isPersonalGateway && row.authorID == caller.id && !row.isDeleted
        }) {
            return world.agentJSON(at: index)
        }
        // Created on first call, as the platform's "ensure personal gateway" does.
        let firstName = caller.name.split(separator: " ").first.map(String.init) ?? caller.name
        var row = AgentRow(
            id: world.random.uuid(), name: "\(firstName)'s MCP Gateway", agentType: "mcp_gateway", scope: "personal",
            teamIDs: [], authorID: caller.id, labels: [], createdAt: context.now, lastUsedAt: nil, modelIndex: 0
        )
        row.isPersonalGateway = true
        row.document = world.renderer.render(row)
        row.refreshColumns()
        return world.agentJSON(at: world.agents.upsert(row))
    }

    static func handleLLMProxy(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        switch (world.generation, context.method, context.segments) {
        case (.v1_2, "GET", ["llm-proxy", "default"]):
            guard let index = world.defaultLLMProxyIndex else { throw APIError.notFound("LLM proxy not found") }
            return world.agentJSON(at: index)
        case (.v1_4, "GET", ["llm-proxy"]):
            return try singleton(world)
        case (.v1_4, "PATCH", ["llm-proxy"]):
            let body = try context.request.jsonObject()
            guard let value = body["identityProviderId"] else {
                throw APIError.missingBody("identityProviderId")
            }
            if value.isNull {
                world.llmProxyIdentityProviderID = nil
            } else {
                guard let id = value.stringValue else { throw APIError.invalidBody("identityProviderId", "must be a string or null") }
                guard world.directory.identityProviderIDs.contains(id) else { throw APIError.notFound("Identity provider not found") }
                world.llmProxyIdentityProviderID = id
            }
            return try singleton(world)
        default:
            return nil
        }
    }

    private static func singleton(_ world: SimulatedWorld) throws -> JSONValue {
        guard let index = world.defaultLLMProxyIndex else { throw APIError.notFound("LLM proxy not found") }
        return .object(["id": .string(world.agents[index].id), "identityProviderId": JSON.string(world.llmProxyIdentityProviderID)])
    }
}
