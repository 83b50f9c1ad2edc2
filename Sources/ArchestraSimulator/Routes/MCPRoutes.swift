import ArchestraAPI

/// `/api/mcp_server…` and `/api/internal_mcp_catalog…` (CONTRACT §4).
enum MCPRoutes {
    static func handleServers(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        world.advanceInstallations(now: context.now)
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let showDeleted = try context.query.oneOf("status", ["active", "deleted"]) == "deleted"
            let catalogID = context.query.string("catalogId")
            let scope = try context.query.oneOf("assignmentScope", ["personal", "team", "org"])
            let teamIDs = context.query.list("assignmentTeamIds").map(Set.init)
            return .array(world.mcpServers.filter { server in
                server.isDeleted == showDeleted
                    && (catalogID == nil || server.document.text("catalogId") == catalogID)
                    && (scope == nil || server.document.text("scope") == scope)
                    && (teamIDs == nil || teamIDs?.contains(server.document.text("teamId") ?? "") == true)
            }.map { .object($0.document) })
        case ("POST", 1):
            return try install(context, &world)
        case ("GET", 2):
            return .object(world.mcpServers[try serverIndex(path[1], world)].document)
        case ("DELETE", 2):
            let index = try serverIndex(path[1], world)
            world.mcpServers[index].document["deletedAt"] = JSON.timestamp(context.now)
            return .object(["success": .bool(true)])
        case ("GET", 3) where path[2] == "installation-status":
            let document = world.mcpServers[try serverIndex(path[1], world)].document
            return .object([
                "localInstallationStatus": document["localInstallationStatus"] ?? .string("idle"),
                "localInstallationError": document["localInstallationError"] ?? .null,
            ])
        case ("POST", 3) where path[2] == "reinstall":
            return try reinstall(path[1], context, &world)
        case ("GET", 3) where path[2] == "tools":
            return .array(world.mcpServers[try serverIndex(path[1], world)].tools.map(JSONValue.object))
        default:
            return nil
        }
    }

    static func handleCatalog(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let showDeleted = try context.query.oneOf("status", ["active", "deleted"]) == "deleted"
            return .array(world.catalog.filter { isDeleted($0) == showDeleted }.map(JSONValue.object))
        case ("GET", 2):
            return .object(try catalogItem(path[1], world))
        case ("GET", 3) where path[2] == "tools":
            let item = try catalogItem(path[1], world)
            let tools = world.mcpServers.filter { $0.document.text("catalogId") == item.text("id") }.flatMap(\.tools)
            var seen = Set<String>()
            return .array(tools.filter { seen.insert($0.text("name") ?? "").inserted }.map(JSONValue.object))
        default:
            return nil
        }
    }

    /// `POST /api/mcp_server`: installs a catalog item; it starts `pending` and walks to `success` like a reinstall.
    private static func install(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let body = try context.request.jsonObject()
        let name = try BodyRules.requiredText(body, "name")
        let catalogID = try BodyRules.requiredText(body, "catalogId")
        guard let item = world.catalog.first(where: { $0.text("id") == catalogID && !isDeleted($0) }) else {
            throw APIError.validation("Catalog item not found: \(catalogID)")
        }
        let scope = try BodyRules.optionalEnum(body, "scope", ["personal", "team", "org"]) ?? "personal"
        let teamID = body.text("teamId")
        if scope == "team", teamID.flatMap(world.directory.team(id:)) == nil {
            throw APIError.validation("teamId must name a known team for team installs")
        }
        let owner = world.directory.caller
        let serverType = item.text("serverType") ?? "local"
        let id = world.random.uuid()
        let document: JSONObject = [
            "id": .string(id), "name": .string(name),
            "deploymentName": serverType == "local" ? .string("mcp-\(name)-\(id.prefix(8))") : .null,
            "catalogId": .string(catalogID), "serverType": .string(serverType), "secretId": body["secretId"] ?? .null,
            "environmentValues": body["environmentValues"] ?? .object([:]), "ownerId": .string(owner.id),
            "teamId": JSON.string(scope == "team" ? teamID : nil), "scope": .string(scope),
            "reinstallRequired": .bool(false), "reinstallReason": .null,
            "localInstallationStatus": .string("pending"), "localInstallationError": .null,
            "oauthRefreshError": .null, "oauthRefreshErrorMessage": .null, "oauthRefreshErrorDescription": .null,
            "oauthRefreshFailedAt": .null, "lastUsedAt": .null, "hibernationMode": .string("inherit"),
            "createdAt": JSON.timestamp(context.now), "updatedAt": JSON.timestamp(context.now), "deletedAt": .null,
            "ownerEmail": .string(owner.email), "catalogName": JSON.string(item.text("name")),
            "users": .array([]), "userDetails": .array([]), "teamDetails": .null, "assignedAgents": .array([]),
            "secretStorageType": .string("none"), "alertMutes": .array([]), "canUseCredential": .bool(true),
        ]
        world.mcpServers.append(MCPServerRecord(document: document, tools: [], reinstallStartedAt: context.now))
        return .object(document)
    }

    private static func reinstall(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try serverIndex(id, world)
        let body = JSON.decode(context.request.body)?.objectValue ?? [:]
        if let mode = try BodyRules.optionalEnum(body, "hibernationMode", ["inherit", "enabled", "disabled"]) {
            world.mcpServers[index].document["hibernationMode"] = .string(mode)
        }
        if let values = body["environmentValues"], values.objectValue != nil {
            world.mcpServers[index].document["environmentValues"] = values
        }
        world.mcpServers[index].document["reinstallRequired"] = .bool(false)
        world.mcpServers[index].document["reinstallReason"] = .null
        world.mcpServers[index].document["localInstallationError"] = .null
        world.mcpServers[index].reinstallStartedAt = context.now
        world.mcpServers[index].document["localInstallationStatus"] = .string("pending")
        world.mcpServers[index].document["updatedAt"] = JSON.timestamp(context.now)
        return .object(world.mcpServers[index].document)
    }

    private static func serverIndex(_ id: String, _ world: SimulatedWorld) throws -> Int {
        guard let index = world.mcpServers.firstIndex(where: { $0.id == id && !$0.isDeleted }) else {
            throw APIError.notFound("MCP server not found")
        }
        return index
    }

    private static func catalogItem(_ id: String, _ world: SimulatedWorld) throws -> JSONObject {
        guard let item = world.catalog.first(where: { $0.text("id") == id && !isDeleted($0) }) else {
            throw APIError.notFound("Catalog item not found")
        }
        return item
    }

    private static func isDeleted(_ document: JSONObject) -> Bool {
        document["deletedAt"].map { !$0.isNull } ?? false
    }
}
