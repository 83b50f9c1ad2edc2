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
        case (_, 3...) where path[2] == "versions": return try AgentVersionRoutes.handle(context, &world)
        case (_, 3...) where path[2] == "tools": return try AgentToolRoutes.handle(context, &world)
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
        let scope = try BodyRules.requiredEnum(body, "scope", AgentBodyRules.scopes)
        let agentType = try BodyRules.optionalEnum(body, "agentType", AgentBodyRules.agentTypes(world.generation)) ?? "mcp_gateway"
        try AgentBodyRules.validateOptionalFields(body)
        try AgentBodyRules.checkModelAndKey(modelId: body["modelId"], llmApiKeyId: body["llmApiKeyId"])
        let teamIDs = scope == "team" ? try AgentBodyRules.teamIDs(body, world.directory) ?? [] : []
        try AgentBodyRules.checkTeamScope(scope: scope, teamIDs: teamIDs)
        let labels = try BodyRules.labels(body)
        let users = try AgentBodyRules.users(body, world.directory)
        var row = AgentRow(
            id: world.random.uuid(), name: name, agentType: agentType, scope: scope, teamIDs: teamIDs,
            authorID: world.directory.caller.id, labels: [], createdAt: context.now, lastUsedAt: nil, modelIndex: 0
        )
        var document = world.renderer.render(row)
        for (key, value) in body where !AgentBodyRules.serverManagedKeys.contains(key) {
            document[key] = value
        }
        document["name"] = .string(name)
        document["scope"] = .string(scope)
        document["agentType"] = .string(agentType)
        if let labels { document["labels"] = .array(labels) }
        if let users { document["users"] = .array(users) }
        row.document = document
        row.refreshColumns()
        let index = world.agents.upsert(row)
        // The first version is the agent as created.
        world.agentVersions[row.id] = nil
        _ = world.history(ofAgentAt: index)
        return world.agentJSON(at: index)
    }

    /// `PUT /api/agents/{id}`: a partial update checked against the agent it produces; every change
    /// moves `updatedAt` and appends a version.
    private static func update(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try world.liveAgentIndex(id)
        let body = try context.request.jsonObject()
        if body["name"] != nil {
            _ = try BodyRules.requiredText(body, "name")
        }
        let newScope = try BodyRules.optionalEnum(body, "scope", AgentBodyRules.scopes)
        let current = world.agents[index]
        // The row backing the 1.4 proxy singleton keeps its type; nothing else may become a proxy there.
        let allowedTypes = AgentBodyRules.agentTypes(world.generation) + (current.agentType == "llm_proxy" ? ["llm_proxy"] : [])
        _ = try BodyRules.optionalEnum(body, "agentType", allowedTypes)
        try AgentBodyRules.validateOptionalFields(body)
        var document = current.document ?? world.renderer.render(current)
        try AgentBodyRules.checkModelAndKey(
            modelId: body["modelId"] ?? document["modelId"], llmApiKeyId: body["llmApiKeyId"] ?? document["llmApiKeyId"]
        )
        let sentTeams = try AgentBodyRules.teamIDs(body, world.directory)
        let scope = newScope ?? current.scope
        let teamIDs = scope == "team" ? sentTeams ?? current.teamIDs : []
        try AgentBodyRules.checkTeamScope(scope: scope, teamIDs: teamIDs)
        let labels = try BodyRules.labels(body)
        let users = try AgentBodyRules.users(body, world.directory)

        _ = world.history(ofAgentAt: index)  // the state before this change is on record
        for (key, value) in body where !AgentBodyRules.serverManagedKeys.contains(key) {
            document[key] = value
        }
        document["teams"] = .array(teamIDs.map { .object(["id": .string($0), "name": .string(world.directory.teamName(id: $0) ?? "")]) })
        if let labels { document["labels"] = .array(labels) }
        if let users { document["users"] = .array(users) }
        document["updatedAt"] = JSON.timestamp(context.now)
        world.agents.update(at: index) { row in
            row.document = document
            row.refreshColumns()
        }
        world.recordVersion(ofAgentAt: index, source: "update", by: world.directory.caller.id, now: context.now)
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
        guard let key = context.query.string("key") else { throw APIError.validation("querystring must have required property 'key'") }
        var values = Set<String>()
        for row in world.agents.rows where !row.isDeleted {
            for label in row.labels where label.key == key { values.insert(label.value) }
        }
        return JSON.strings(values.sorted())
    }

    /// `POST /api/agents/{id}/restore`: brings a soft-deleted agent back. An agent that is not in the
    /// trash answers 404 `Agent not found`, as the platform's trash look-up only sees deleted rows.
    private static func restore(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        guard let index = world.agents.index(of: id), world.agents[index].isDeleted else {
            throw APIError.notFound("Agent not found")
        }
        world.agents.update(at: index) { $0.markRestored(at: context.now) }
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
