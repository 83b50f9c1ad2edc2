import ArchestraAPI

/// `/api/agents/{id}/versions…`: an agent's configuration history (API notes §3.5 names the endpoints;
/// the shape is ``SimulatedWorld/versionJSON(_:agentID:includeSnapshot:)``).
enum AgentVersionRoutes {
    /// Handles `GET …/versions`, `GET …/versions/{n}` and `POST …/versions/{n}/restore`; `nil` for other paths.
    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        guard path.count >= 3, path[2] == "versions" else { return nil }
        switch (context.method, path.count) {
        case ("GET", 3): return try list(path[1], context, &world)
        case ("GET", 4): return try one(path[1], versionText: path[3], &world)
        case ("POST", 5) where path[4] == "restore": return try restore(path[1], versionText: path[3], context, &world)
        default: return nil
        }
    }

    /// Newest first, paginated.
    private static func list(_ id: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try world.liveAgentIndex(id)
        let page = try PageRequest(context.query)
        let history = world.history(ofAgentAt: index).reversed()
        return page.envelope(of: history.map { world.versionJSON($0, agentID: id, includeSnapshot: false) })
    }

    private static func one(_ id: String, versionText: String, _ world: inout SimulatedWorld) throws -> JSONValue {
        let index = try world.liveAgentIndex(id)
        let record = try version(versionText, in: world.history(ofAgentAt: index))
        return world.versionJSON(record, agentID: id, includeSnapshot: true)
    }

    /// Applies the version's snapshot as a new version. With `baseVersion` the restore is a
    /// compare-and-set: a history that moved on since answers 409 `agent_version_conflict`.
    private static func restore(_ id: String, versionText: String, _ context: RouteContext, _ world: inout SimulatedWorld) throws
        -> JSONValue
    {
        let index = try world.liveAgentIndex(id)
        let history = world.history(ofAgentAt: index)
        let record = try version(versionText, in: history)
        let body = context.request.body.isEmpty ? [:] : try context.request.jsonObject()
        if let base = body["baseVersion"], !base.isNull {
            guard let number = base.doubleValue, let baseVersion = Int(exactly: number), baseVersion > 0 else {
                throw APIError.invalidBody("baseVersion", "must be a positive integer")
            }
            let latest = history.last?.version ?? 1
            if baseVersion != latest {
                throw APIError.conflict(
                    "The agent changed since version \(baseVersion) (it is at version \(latest)); reload before restoring",
                    internalCode: "agent_version_conflict"
                )
            }
        }
        var document = world.agents[index].document ?? world.renderer.render(world.agents[index])
        for (key, value) in record.snapshot {
            document[key] = value
        }
        document["updatedAt"] = JSON.timestamp(context.now)
        world.agents.update(at: index) { row in
            row.document = document
            row.refreshColumns()
        }
        world.recordVersion(
            ofAgentAt: index, source: "restore", restoredFrom: record.version, by: world.directory.caller.id, now: context.now)
        return world.agentJSON(at: index)
    }

    private static func version(_ text: String, in history: [AgentVersionRecord]) throws -> AgentVersionRecord {
        guard let number = Int(text), number > 0 else { throw APIError.validation("params/version must be a positive integer") }
        guard let record = history.first(where: { $0.version == number }) else { throw APIError.notFound("Agent version not found") }
        return record
    }
}
