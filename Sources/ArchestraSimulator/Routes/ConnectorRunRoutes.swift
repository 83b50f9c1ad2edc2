import ArchestraAPI

/// Connector actions and runs (API addendum §4, contract §6): sync, force-resync, runs, one run, cancel,
/// a partial update (`enabled`, `schedule`, …) and the knowledge bases a connector feeds. Lists and reads
/// of connectors go to ``KnowledgeRoutes`` after syncs are brought up to date with the clock.
enum ConnectorRunRoutes {
    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        world.advanceConnectorSyncs(now: context.now)
        let path = context.segments
        switch (context.method, path.count) {
        case ("PUT", 2):
            return try update(path[1], context, &world)
        case ("POST", 3) where path[2] == "sync" || path[2] == "force-resync":
            if path[2] == "force-resync", let index = try? world.connectorIndex(path[1]) {
                guard world.connectorRuns.active[path[1]] == nil else {
                    throw APIError.conflict("A sync is already in progress for this connector")
                }
                world.connectors[index]["checkpoint"] = .null
            }
            return try world.startConnectorSync(path[1], now: context.now)
        case ("GET", 3) where path[2] == "runs":
            return try runs(path[1], context, world)
        case ("GET", 4) where path[2] == "runs":
            _ = try world.connectorIndex(path[1])
            guard let run = world.connectorRuns.runs[path[1]]?.first(where: { $0.text("id") == path[3] }) else {
                throw APIError.notFound("Connector run not found")
            }
            return .object(run)
        case ("POST", 5) where path[2] == "runs" && path[4] == "cancel" && world.generation.canCancelConnectorRuns:
            try world.cancelConnectorRun(path[1], runID: path[3], now: context.now)
            return .object(["cancelled": .bool(true)])
        case ("GET", 3) where path[2] == "knowledge-bases":
            _ = try world.connectorIndex(path[1])
            let ids = world.connectorKnowledgeBases[path[1]] ?? []
            return .array(world.knowledgeBases.filter { ids.contains($0.id) && !$0.isDeleted }.map { .object($0.reducedDocument) })
        default:
            return try KnowledgeRoutes.handleConnectors(context, &world)
        }
    }

    /// Runs newest first, without `logs`; newer servers add `queued: {content, permission}`.
    private static func runs(_ id: String, _ context: RouteContext, _ world: SimulatedWorld) throws -> JSONValue {
        _ = try world.connectorIndex(id)
        let page = try PageRequest(context.query)
        let runs = (world.connectorRuns.runs[id] ?? []).map { run in JSONValue.object(run.filter { $0.key != "logs" }) }
        guard world.generation.connectorSyncsQueue, var envelope = page.envelope(of: runs).objectValue else {
            return page.envelope(of: runs)
        }
        let queued = world.connectorRuns.runs[id]?.first?.text("status") == "queued"
        envelope["queued"] = .object(["content": .bool(queued), "permission": .bool(false)])
        return .object(envelope)
    }

    /// `PUT /api/connectors/{id}`: a partial update of `name`, `description`, `schedule` and `enabled`.
    private static func update(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try world.connectorIndex(id)
        let body = try context.request.jsonObject()
        // Everything is checked before anything is written, so a 400 changes nothing.
        let name = body["name"] == nil ? nil : try BodyRules.requiredText(body, "name")
        try BodyRules.nullableStrings(body, ["description"])
        try BodyRules.booleans(body, ["enabled"])
        let schedule = body["schedule"] == nil ? nil : try BodyRules.requiredText(body, "schedule")
        if let schedule, schedule.split(separator: " ").count != 5 {
            throw APIError.invalidBody("schedule", "must be a cron expression with five fields")
        }
        var document = world.connectors[index]
        if let name { document["name"] = .string(name) }
        if let description = body["description"] { document["description"] = description }
        if let schedule { document["schedule"] = .string(schedule) }
        if let enabled = body["enabled"] { document["enabled"] = enabled }
        document["updatedAt"] = JSON.timestamp(context.now)
        world.connectors[index] = document
        return .object(document)
    }
}
