import ArchestraAPI

/// `/api/mcp_server…` and `/api/internal_mcp_catalog…` (API notes §4).
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
            return .array(
                world.mcpServers.filter { server in
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
            world.mcpServers[index].document["updatedAt"] = JSON.timestamp(context.now)
            return .object(["success": .bool(true)])
        case ("POST", 3) where path[2] == "restore":
            // Only the trash is searched, so a live server answers 404 like an unknown one.
            guard let index = world.mcpServers.firstIndex(where: { $0.id == path[1] && $0.isDeleted }) else {
                throw APIError.notFound("MCP server not found")
            }
            world.mcpServers[index].document["deletedAt"] = .null
            world.mcpServers[index].document["updatedAt"] = JSON.timestamp(context.now)
            return .object(world.mcpServers[index].document)
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

    /// `POST /api/mcp_server`: installs a catalog item after checking the configuration it asks for.
    /// The server starts `pending` and moves on with the clock (``MCPServerRecord/advanceInstallation(now:)``).
    private static func install(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let body = try context.request.jsonObject()
        let name = try BodyRules.requiredText(body, "name")
        let catalogID = try BodyRules.requiredText(body, "catalogId")
        guard let item = world.catalog.first(where: { $0.text("id") == catalogID && !isDeleted($0) }) else {
            throw APIError.invalidField("catalogId", "no catalog item has the id '\(catalogID)'")
        }
        let scope = try BodyRules.optionalEnum(body, "scope", ["personal", "team", "org"]) ?? "personal"
        let teamID = body.text("teamId")
        if scope == "team", teamID.flatMap(world.directory.team(id:)) == nil {
            throw APIError.invalidField("teamId", "a team install needs the id of a known team")
        }
        try BodyRules.nullableStrings(body, ["secretId", "teamId"])
        let environment = try MCPInstallRules.environmentValues(body, item: item, requireAll: true) ?? [:]
        try MCPInstallRules.checkUserConfigValues(body, item: item, requireAll: true)
        let owner = world.directory.caller
        let serverType = item.text("serverType") ?? "local"
        let id = world.random.uuid()
        let team = scope == "team" ? teamID.flatMap(world.directory.team(id:)) : nil
        let storesSecret = MCPInstallRules.hasSecretValues(environment, item: item)
        let document: JSONObject = [
            "id": .string(id), "name": .string(name),
            "deploymentName": serverType == "local" ? .string("mcp-\(name)-\(id.prefix(8))") : .null,
            "catalogId": .string(catalogID), "serverType": .string(serverType),
            "secretId": storesSecret ? .string(StableID.uuid(for: "secret:" + id)) : body["secretId"] ?? .null,
            "environmentValues": .object(MCPInstallRules.nonSecretValues(environment, item: item)), "ownerId": .string(owner.id),
            "teamId": JSON.string(team?.id), "scope": .string(scope),
            "reinstallRequired": .bool(false), "reinstallReason": .null,
            "localInstallationStatus": .string("pending"), "localInstallationError": .null,
            "oauthRefreshError": .null, "oauthRefreshErrorMessage": .null, "oauthRefreshErrorDescription": .null,
            "oauthRefreshFailedAt": .null, "lastUsedAt": .null, "hibernationMode": .string("inherit"),
            "createdAt": JSON.timestamp(context.now), "updatedAt": JSON.timestamp(context.now), "deletedAt": .null,
            "ownerEmail": .string(owner.email), "catalogName": JSON.string(item.text("name")),
            "users": scope == "personal" ? JSON.strings([owner.id]) : .array([]), "userDetails": .array([]),
            "teamDetails": team.map {
                .object(["teamId": .string($0.id), "name": .string($0.name), "createdAt": JSON.timestamp(context.now)])
            } ?? .null,
            "assignedAgents": .array([]),
            "secretStorageType": .string(storesSecret ? "database" : "none"), "alertMutes": .array([]), "canUseCredential": .bool(true),
        ]
        var record = MCPServerRecord(document: document, tools: [], installation: nil)
        record.startInstallation(run(for: item, serverID: id, world: world, now: context.now))
        world.mcpServers.append(record)
        return .object(record.document)
    }

    /// `POST /api/mcp_server/{id}/reinstall`: optional new settings, then the install runs again.
    private static func reinstall(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try serverIndex(id, world)
        let body = context.request.body.isEmpty ? [:] : try context.request.jsonObject()
        let catalogID = world.mcpServers[index].document.text("catalogId")
        let item = world.catalog.first { $0.text("id") == catalogID } ?? [:]
        let mode = try BodyRules.optionalEnum(body, "hibernationMode", ["inherit", "enabled", "disabled"])
        let environment = try MCPInstallRules.environmentValues(body, item: item, requireAll: false)
        try MCPInstallRules.checkUserConfigValues(body, item: item, requireAll: false)
        try BodyRules.booleans(body, ["isByosVault"])
        var record = world.mcpServers[index]
        if let mode { record.document["hibernationMode"] = .string(mode) }
        if let environment {
            let kept = record.document["environmentValues"]?.objectValue ?? [:]
            record.document["environmentValues"] = .object(kept.merging(MCPInstallRules.nonSecretValues(environment, item: item)))
        }
        record.document["reinstallRequired"] = .bool(false)
        record.document["reinstallReason"] = .null
        record.startInstallation(run(for: item, serverID: id, world: world, now: context.now))
        world.mcpServers[index] = record
        return .object(record.document)
    }

    /// How an install of `item` will go: it fails for the seeded failing item; a success discovers the
    /// tools another install of the same item already has.
    private static func run(for item: JSONObject, serverID: String, world: SimulatedWorld, now: Double) -> InstallationRun {
        if item.text("name") == CatalogInstallSeed.failingItemName {
            return InstallationRun(startedAt: now, failure: CatalogInstallSeed.failingItemError)
        }
        let template = world.mcpServers.first { $0.document.text("catalogId") == item.text("id") && !$0.tools.isEmpty }?.tools ?? []
        let tools = template.map { tool -> JSONObject in
            var tool = tool
            tool["id"] = .string(StableID.uuid(for: "tool:\(serverID):\(tool.text("name") ?? "")"))
            tool["createdAt"] = JSON.timestamp(now + 2 * MCPServerRecord.phaseSeconds)
            tool["assignedAgents"] = .array([])
            tool["assignedAgentCount"] = JSON.int(0)
            return tool
        }
        return InstallationRun(startedAt: now, failure: nil, discoveredTools: tools)
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
