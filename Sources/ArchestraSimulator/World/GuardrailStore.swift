import ArchestraAPI

/// Both guardrail tables of API addendum §3 (tool invocation, trusted data), as stored JSON documents.
struct GuardrailStore: Sendable {
    var invocation: [JSONObject] = []
    var trustedData: [JSONObject] = []
    /// Ids of new policies; separate from the world's generator so edits leave the traffic unchanged.
    var random = SplitMix64(seed: 0x6775_6172_6472_6169)  // "guardrai"

    subscript(family: PolicyFamily) -> [JSONObject] {
        get { family == .toolInvocation ? invocation : trustedData }
        set {
            if family == .toolInvocation { invocation = newValue } else { trustedData = newValue }
        }
    }
}

/// A tool as `/api/tools…` lists it: the tool document of its MCP server plus where it comes from.
struct ToolEntry {
    var document: JSONObject
    var catalogID: String?
    var catalogName: String?
    var serverID: String

    var id: String { document.text("id") ?? "" }
    var name: String { document.text("name") ?? "" }
}

extension SimulatedWorld {
    /// Every tool of a live MCP server, in server then tool order.
    var toolEntries: [ToolEntry] {
        mcpServers.filter { !$0.isDeleted }.flatMap { server in
            server.tools.map { tool in
                ToolEntry(
                    document: tool, catalogID: server.document.text("catalogId"), catalogName: server.document.text("catalogName"),
                    serverID: server.id)
            }
        }
    }

    /// The tool with `id`, or 404 `Tool not found`.
    func toolEntry(_ id: String) throws -> ToolEntry {
        guard let entry = toolEntries.first(where: { $0.id == id }) else { throw APIError.notFound("Tool not found") }
        return entry
    }

    /// Tool id → the live agents it is assigned to (`{id, name, agentType}`), in agent order. Agents keep their
    /// tools in their documents (`tools[]`), so assignments made through either route show in both.
    var toolAssignments: [String: [JSONObject]] {
        var byTool: [String: [JSONObject]] = [:]
        for row in agents.rows where !row.isDeleted {
            guard let document = row.document else { continue }
            for tool in document.objects("tools") {
                guard let toolID = tool.text("id") else { continue }
                byTool[toolID, default: []].append([
                    "id": .string(row.id), "name": .string(row.name), "agentType": .string(row.agentType),
                ])
            }
        }
        return byTool
    }
}

extension GuardrailStore {
    /// The action of `toolID`'s default policy of `family` (`conditions: []`), `nil` without one; for
    /// traffic that should honour the policies (a tool blocked always is refused).
    func defaultAction(_ family: PolicyFamily, toolID: String) -> PolicyAction? {
        self[family].first { $0.text("toolId") == toolID && ($0["conditions"]?.arrayValue?.isEmpty ?? true) }
            .flatMap { $0.text("action") }.map(PolicyAction.init(rawValue:))
    }
}

extension SimulatedWorld {
    /// Copies the agents a tool is assigned to into its MCP server's tool record, so
    /// `GET /api/mcp_server/{id}/tools` agrees with the agents' `tools` after an assignment changes.
    mutating func refreshAssignedAgents(ofTool toolID: String) {
        let agents = (toolAssignments[toolID] ?? []).map { JSONValue.object(["id": $0["id"] ?? .null, "name": $0["name"] ?? .null]) }
        for server in mcpServers.indices {
            guard let tool = mcpServers[server].tools.firstIndex(where: { $0.text("id") == toolID }) else { continue }
            mcpServers[server].tools[tool]["assignedAgents"] = .array(agents)
            mcpServers[server].tools[tool]["assignedAgentCount"] = JSON.int(agents.count)
        }
    }
}
