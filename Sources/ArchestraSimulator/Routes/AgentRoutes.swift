import ArchestraAPI

/// `/api/agents…`, `/api/mcp-gateways/default` and the LLM-proxy endpoints of both generations.
enum AgentRoutes {
    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1): return try list(context, &world)
        case ("POST", 1): return try create(context, &world)
        case ("GET", 2) where path[1] == "all": return try all(context, &world)
        case ("GET", 3) where path[1] == "labels" && path[2] == "keys": return labelKeys(world)
        case ("GET", 3) where path[1] == "labels" && path[2] == "values": return try labelValues(context, world)
        case ("POST", 3) where path[2] == "restore": return try restore(path[1], context, &world)
        case ("GET", 2): return world.agentJSON(at: try world.liveAgentIndex(path[1]))
        case ("PUT", 2): return try update(path[1], context, &world)
        case ("DELETE", 2): return try delete(path[1], context, &world)
        default: return nil
        }
    }

    private static func list(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let page = try PageRequest(context.query)
        let filter = try AgentFilter(context.query, generation: world.generation)
        let field = try context.query.oneOf("sortBy", AgentSortField.allCases.map(\.rawValue)).flatMap(AgentSortField.init) ?? .createdAt
        let ascending = try context.query.oneOf("sortDirection", ["asc", "desc"]) == "asc"
        let directory = world.directory
        let order = world.agents.order(by: field, ascending: ascending) { directory.teamName(id: $0) ?? "" }
        var total = 0
        var pageIndices: [Int] = []
        let wanted = page.offset..<(page.offset + page.limit)
        for index in order where filter.matches(world.agents[index]) {
            if wanted.contains(total) {
                pageIndices.append(index)
            }
            total += 1
        }
        return page.envelope(data: pageIndices.map(world.agentJSON(at:)), total: total)
    }

    private static func all(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let filter = try AgentFilter(context.query, generation: world.generation, allowBuiltInScope: false)
        let includeTools = try context.query.bool("includeTools", default: true)
        let directory = world.directory
        let order = world.agents.order(by: .createdAt, ascending: false) { directory.teamName(id: $0) ?? "" }
        let agents = order.filter { filter.matches(world.agents[$0]) }.map { index -> JSONValue in
            let agent = world.agentJSON(at: index)
            guard !includeTools, var object = agent.objectValue else { return agent }
            object["tools"] = .array([])
            return .object(object)
        }
        return .array(agents)
    }

    private static func create(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let body = try context.request.jsonObject()
        let name = try BodyRules.requiredText(body, "name")
        guard let scope = try BodyRules.optionalEnum(body, "scope", ["personal", "team", "org"]) else {
            throw APIError.validation("scope is required and must be one of personal, team, org")
        }
        let agentType = try BodyRules.optionalEnum(body, "agentType", ["profile", "mcp_gateway", "llm_proxy", "agent"]) ?? "mcp_gateway"
        if agentType == "llm_proxy", world.generation == .v1_4 {
            throw APIError.validation("LLM proxies cannot be created through /api/agents; use /api/llm-proxy")
        }
        try AgentInput.validateOptionalFields(body)
        let teamIDs = scope == "team" ? try AgentInput.teamIDs(body, world.directory) ?? [] : []
        if scope == "team", teamIDs.isEmpty {
            throw APIError.validation("At least one team is required for team-scoped agents")
        }
        var row = AgentRow(
            id: world.random.uuid(), name: name, agentType: agentType, scope: scope, teamIDs: teamIDs,
            authorID: world.directory.caller.id, labels: [], createdAt: context.now, lastUsedAt: nil, modelIndex: 0
        )
        var document = world.renderer.render(row)
        for (key, value) in body where !AgentInput.serverManagedKeys.contains(key) {
            document[key] = value
        }
        document["name"] = .string(name)
        document["scope"] = .string(scope)
        document["agentType"] = .string(agentType)
        if let labels = try BodyRules.labels(body) {
            document["labels"] = .array(labels)
        }
        if let users = try AgentInput.users(body, world.directory) {
            document["users"] = .array(users)
        }
        row.document = document
        row.refreshColumns()
        let index = world.agents.upsert(row)
        return world.agentJSON(at: index)
    }

    private static func update(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try world.liveAgentIndex(id)
        let body = try context.request.jsonObject()
        if body["name"] != nil {
            _ = try BodyRules.requiredText(body, "name")
        }
        let newScope = try BodyRules.optionalEnum(body, "scope", ["personal", "team", "org"])
        if let type = try BodyRules.optionalEnum(body, "agentType", ["profile", "mcp_gateway", "llm_proxy", "agent"]),
           type == "llm_proxy", world.agents[index].agentType != "llm_proxy", world.generation == .v1_4 {
            throw APIError.validation("Agents cannot be turned into LLM proxies")
        }
        try AgentInput.validateOptionalFields(body)
        let sentTeams = try AgentInput.teamIDs(body, world.directory)
        let scope = newScope ?? world.agents[index].scope
        let teamIDs = scope == "team" ? sentTeams ?? world.agents[index].teamIDs : []
        if scope == "team", teamIDs.isEmpty {
            throw APIError.validation("At least one team is required for team-scoped agents")
        }
        let labels = try BodyRules.labels(body)
        let users = try AgentInput.users(body, world.directory)
        var document = world.agents[index].document ?? world.renderer.render(world.agents[index])
        for (key, value) in body where !AgentInput.serverManagedKeys.contains(key) {
            document[key] = value
        }
        document["teams"] = .array(teamIDs.map { .object(["id": .string($0), "name": .string(world.directory.teamName(id: $0) ?? "")]) })
        if let labels { document["labels"] = .array(labels) }
        if let users { document["users"] = .array(users) }
        document["updatedAt"] = JSON.timestamp(context.now)
        // Inserted documents may carry anything here; never trap on a huge or fractional number.
        let version = document.numeric("latestVersion").flatMap { Int(exactly: $0.rounded()) } ?? 0
        document["latestVersion"] = JSON.int(version < Int.max ? version + 1 : version)
        world.agents.update(at: index) { row in
            row.document = document
            row.refreshColumns()
        }
        return world.agentJSON(at: index)
    }

    /// `GET /api/agents/labels/keys`: every label key in use, sorted.
    private static func labelKeys(_ world: SimulatedWorld) -> JSONValue {
        var keys = Set<String>()
        for row in world.agents.rows where !row.isDeleted {
            for label in row.labels { keys.insert(label.key) }
        }
        return JSON.strings(keys.sorted())
    }

    /// `GET /api/agents/labels/values?key=`: the values in use for one key (400 without `key`).
    private static func labelValues(_ context: RouteContext, _ world: SimulatedWorld) throws -> JSONValue {
        guard let key = context.query.string("key") else { throw APIError.validation("key is required") }
        var values = Set<String>()
        for row in world.agents.rows where !row.isDeleted {
            for label in row.labels where label.key == key { values.insert(label.value) }
        }
        return JSON.strings(values.sorted())
    }

    /// `POST /api/agents/{id}/restore`: brings a soft-deleted agent back (404 unless it is in the trash).
    private static func restore(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        guard let index = world.agents.index(of: id), world.agents[index].isDeleted else {
            throw APIError.notFound("Agent not found")
        }
        world.agents.update(at: index) { row in
            row.deletedAt = nil
            if row.document != nil {
                row.document?["deletedAt"] = .null
                row.document?["updatedAt"] = JSON.timestamp(context.now)
            }
        }
        return world.agentJSON(at: index)
    }

    private static func delete(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try world.liveAgentIndex(id)
        if world.agents[index].builtIn {
            throw APIError.forbidden("Built-in agents cannot be deleted")
        }
        if world.agents[index].isPersonalGateway {
            throw APIError.forbidden("Personal MCP gateways cannot be deleted")
        }
        world.agents.update(at: index) { $0.markDeleted(at: context.now) }
        return .object(["success": .bool(true)])
    }
}
