import ArchestraAPI

/// `GET /api/tools` and `GET /api/tools/with-assignments` (API addendum §3.5).
enum ToolRoutes {
    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let rows = world.toolEntries.map { row($0, catalogRef: true) }
            // Gen A/B take no query and send every tool; the newest page them.
            return world.generation.toolsArePaginated ? try PageRequest(context.query).envelope(of: rows) : .array(rows)
        case ("GET", 2) where path[1] == "with-assignments" && world.generation.hasToolsWithAssignments:
            return try withAssignments(context, world)
        default:
            return nil
        }
    }

    private static func withAssignments(_ context: RouteContext, _ world: SimulatedWorld) throws -> JSONValue {
        let page = try PageRequest(context.query)
        let search = context.query.string("search")?.lowercased()
        let origin = context.query.string("origin")
        let excludeArchestra = try context.query.bool("excludeArchestraTools", default: false)
        let sortBy = try context.query.oneOf("sortBy", ["name", "origin", "createdAt", "assignmentCount"]) ?? "name"
        let ascending = try context.query.oneOf("sortDirection", ["asc", "desc"]) != "desc"
        let assignments = world.toolAssignments
        var entries = world.toolEntries.filter { entry in
            if let search, !(entry.name + " " + (entry.document.text("description") ?? "")).lowercased().contains(search) { return false }
            if let origin, entry.catalogID != origin { return false }
            return !(excludeArchestra && entry.catalogName == "archestra")
        }
        // Sorted by key, ties in seed order, so pages never overlap.
        let keyed = entries.enumerated().map { offset, entry -> (key: String, offset: Int, entry: ToolEntry) in
            let key: String
            switch sortBy {
            case "origin": key = entry.catalogName ?? ""
            case "createdAt": key = entry.document.text("createdAt") ?? ""
            case "assignmentCount": key = String(format: "%08d", assignments[entry.id]?.count ?? 0)
            default: key = entry.name
            }
            return (key, offset, entry)
        }
        entries = keyed.sorted { ascending ? ($0.key, $0.offset) < ($1.key, $1.offset) : ($0.key, -$0.offset) > ($1.key, -$1.offset) }
            .map(\.entry)
        let rows = entries.map { entry -> JSONValue in
            var object = row(entry, catalogRef: false).objectValue ?? [:]
            let agents = assignments[entry.id] ?? []
            object["assignmentCount"] = JSON.int(agents.count)
            object["assignments"] = .array(
                agents.map { agent in
                    .object([
                        "agentToolId": .string(StableID.uuid(for: "agent-tool:\(agent.text("id") ?? ""):\(entry.id)")),
                        "agent": .object(["id": agent["id"] ?? .null, "name": agent["name"] ?? .null]),
                        "mcpServerId": .string(entry.serverID), "credentialOwnerEmail": .null, "executionOwnerEmail": .null,
                        "credentialResolutionMode": .string("static"),
                    ])
                })
            return .object(object)
        }
        return page.envelope(of: rows)
    }

    /// The tool row both endpoints share; `GET /api/tools` adds `agent` and `catalog`.
    static func row(_ entry: ToolEntry, catalogRef: Bool) -> JSONValue {
        var object: JSONObject = [
            "id": .string(entry.id), "name": .string(entry.name), "description": entry.document["description"] ?? .null,
            "parameters": entry.document["parameters"] ?? .object([:]), "annotations": .object([:]),
            "catalogId": JSON.string(entry.catalogID), "createdAt": entry.document["createdAt"] ?? .null,
            "updatedAt": entry.document["createdAt"] ?? .null, "policiesAutoConfiguredAt": .null,
            "policiesAutoConfiguredReasoning": .null, "policiesAutoConfiguredModel": .null,
        ]
        if catalogRef {
            object["agentId"] = .null
            object["delegateToAgentId"] = .null
            object["agent"] = .null
            object["catalog"] =
                entry.catalogID.map { .object(["id": .string($0), "name": JSON.string(entry.catalogName)]) } ?? .null
        }
        return .object(object)
    }
}
