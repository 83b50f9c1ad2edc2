import ArchestraAPI

/// `GET /api/agents/{id}/tools`, `POST`/`DELETE /api/agents/{agentId}/tools/{toolId}` (API addendum §3.5).
///
/// Assignments live in the agent's document (`tools[]`), so `GET /api/agents/{id}` and the tool lists agree.
enum AgentToolRoutes {
    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        guard path.count >= 3, path[2] == "tools" else { return nil }
        switch (context.method, path.count) {
        case ("GET", 3):
            return try list(path[1], world)
        case ("POST", 4):
            try assign(agentID: path[1], toolID: path[3], context, &world)
            world.refreshAssignedAgents(ofTool: path[3])
            return .object(["success": .bool(true)])
        case ("DELETE", 4):
            try unassign(agentID: path[1], toolID: path[3], &world)
            world.refreshAssignedAgents(ofTool: path[3])
            return .object(["success": .bool(true)])
        default:
            return nil
        }
    }

    private static func list(_ agentID: String, _ world: SimulatedWorld) throws -> JSONValue {
        let index = try world.liveAgentIndex(agentID)
        let assigned = (world.agents[index].document?.objects("tools") ?? []).compactMap { $0.text("id") }
        let entries = world.toolEntries
        return .array(
            assigned.compactMap { id in
                guard let entry = entries.first(where: { $0.id == id }) else { return nil }
                var object = ToolRoutes.row(entry, catalogRef: false).objectValue ?? [:]
                object["mcpServerId"] = .string(entry.serverID)
                object["credentialResolutionMode"] = .string("static")
                return .object(object)
            })
    }

    private static func assign(agentID: String, toolID: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws {
        let index = try world.liveAgentIndex(agentID)
        let entry = try world.toolEntry(toolID)
        if !context.request.body.isEmpty {
            let body = try context.request.jsonObject()
            try BodyRules.nullableStrings(body, ["mcpServerId"])
            _ = try BodyRules.optionalEnum(body, "credentialResolutionMode", ["static", "dynamic", "enterprise_managed"])
        }
        let renderer = world.renderer
        let now = context.now
        world.agents.update(at: index) { row in
            var document = row.document ?? renderer.render(row)
            var tools = document.objects("tools")
            // A duplicate answers success too and changes nothing.
            guard !tools.contains(where: { $0.text("id") == toolID }) else { return }
            tools.append([
                "id": .string(toolID), "agentId": .null, "catalogId": JSON.string(entry.catalogID), "delegateToAgentId": .null,
                "name": .string(entry.name), "rawName": .null, "description": entry.document["description"] ?? .null,
            ])
            document["tools"] = .array(tools.map(JSONValue.object))
            document["updatedAt"] = JSON.timestamp(now)
            row.document = document
            row.refreshColumns()
        }
    }

    private static func unassign(agentID: String, toolID: String, _ world: inout SimulatedWorld) throws {
        let index = try world.liveAgentIndex(agentID)
        guard var document = world.agents[index].document,
            document.objects("tools").contains(where: { $0.text("id") == toolID })
        else { throw APIError.notFound("Tool is not assigned to this agent") }
        document["tools"] = .array(document.objects("tools").filter { $0.text("id") != toolID }.map(JSONValue.object))
        world.agents.update(at: index) { row in
            row.document = document
            row.refreshColumns()
        }
    }
}
