import ArchestraAPI

/// `/api/interactions…` and `/api/mcp-tool-calls…` (API notes §11), over the generated ``LogBook``.
///
/// Interactions page by offset in every generation; sessions and tool calls page as ``LogBook/paging``
/// says (offset in the 1.2 world, cursor in the 1.4 one). `/api/interactions/summaries` exists in the 1.4
/// world only.
enum LogRoutes {
    static func handleInteractions(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        guard context.method == "GET" else { return nil }
        let segments = context.segments
        switch segments.count {
        case 1:
            return try interactionList(context, world, summary: false)
        case 2 where segments[1] == "summaries":
            return world.generation.hasInteractionSummaries ? try interactionList(context, world, summary: true) : nil
        case 2 where segments[1] == "sessions":
            return try sessions(context, world)
        case 2 where segments[1] == "external-agent-ids":
            return externalAgents(world)
        case 2 where segments[1] == "user-ids":
            return users(world)
        case 2:
            guard let record = world.logs.interaction(id: segments[1]) else { throw APIError.notFound("Interaction not found") }
            return LogRenderer(world: world).interaction(record)
        default:
            return nil
        }
    }

    static func handleToolCalls(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        guard context.method == "GET" else { return nil }
        let segments = context.segments
        switch segments.count {
        case 1:
            return try toolCalls(context, world)
        case 2:
            guard let call = world.logs.toolCall(id: segments[1]) else { throw APIError.notFound("MCP tool call not found") }
            return LogRenderer(world: world).toolCall(call)
        default:
            return nil
        }
    }

    private static func interactionList(_ context: RouteContext, _ world: SimulatedWorld, summary: Bool) throws -> JSONValue {
        let query = context.query
        let page = try PageRequest(query)
        _ = try query.oneOf("sortBy", ["createdAt", "profileId", "externalAgentId", "model", "userId"])
        let ascending = try query.oneOf("sortDirection", ["asc", "desc"]) == "asc"
        var records = try interactions(matching: query, in: world)
        if ascending { records.reverse() }
        let renderer = LogRenderer(world: world)
        let window = page.window(total: records.count)
        return page.envelope(data: records[window].map { renderer.interaction($0, summary: summary) }, total: records.count)
    }

    private static func sessions(_ context: RouteContext, _ world: SimulatedWorld) throws -> JSONValue {
        let query = context.query
        var order: [Int] = []
        var groups: [Int: [LoggedInteraction]] = [:]
        for record in try interactions(matching: query, in: world) {
            if groups[record.sessionSerial] == nil { order.append(record.sessionSerial) }
            groups[record.sessionSerial, default: []].append(record)
        }
        let sessions = order.compactMap { groups[$0] }
        let renderer = LogRenderer(world: world)
        switch world.logs.paging {
        case .offset:
            let page = try PageRequest(query)
            let window = page.window(total: sessions.count)
            return page.envelope(data: sessions[window].map { renderer.session($0) }, total: sessions.count)
        case .cursor:
            return try CursorPage(query).envelope(of: sessions, key: { $0.first?.serial ?? 0 }, render: { renderer.session($0) })
        }
    }

    private static func toolCalls(_ context: RouteContext, _ world: SimulatedWorld) throws -> JSONValue {
        let query = context.query
        let window = try TimeWindow(query)
        let agentID = query.string("agentId")
        let renderer = LogRenderer(world: world)
        var calls = world.logs.toolCalls.newestFirst.filter { call in
            window.contains(call.time) && (agentID == nil || world.agents[call.agent].id == agentID)
        }
        switch world.logs.paging {
        case .offset:
            let page = try PageRequest(query)
            _ = try query.oneOf("sortBy", ["createdAt", "agentId", "mcpServerName", "method"])
            if try query.oneOf("sortDirection", ["asc", "desc"]) == "asc" { calls.reverse() }
            if let search = query.string("search")?.lowercased() {
                calls = calls.filter { call in
                    let arguments = String(decoding: JSON.encode(LogBodies.arguments(seed: call.argumentSeed)), as: UTF8.self)
                    return [call.use.server, call.use.qualifiedName, arguments].contains { $0.lowercased().contains(search) }
                }
            }
            let slice = page.window(total: calls.count)
            return page.envelope(data: calls[slice].map(renderer.toolCall), total: calls.count)
        case .cursor:
            if let server = query.string("mcpServerName") { calls = calls.filter { $0.use.server == server } }
            return try CursorPage(query).envelope(of: calls, key: \.serial, render: renderer.toolCall)
        }
    }

    /// The external agent ids in the log, with the agent's name as the display name, in order of first sight.
    private static func externalAgents(_ world: SimulatedWorld) -> JSONValue {
        var seen: [String: String] = [:]
        var order: [String] = []
        for record in world.logs.interactions.newestFirst where seen[record.externalAgentID] == nil {
            seen[record.externalAgentID] = world.agents[record.agent].name
            order.append(record.externalAgentID)
        }
        return .array(order.sorted().map { .object(["id": .string($0), "displayName": JSON.string(seen[$0])]) })
    }

    /// The people in the log, by name.
    private static func users(_ world: SimulatedWorld) -> JSONValue {
        let people = world.directory.people
        let indices = Set(world.logs.interactions.newestFirst.map(\.user)).filter { people.indices.contains($0) }
        let rows = indices.map { people[$0] }.sorted { $0.name < $1.name }
        return .array(rows.map { .object(["id": .string($0.id), "name": .string($0.name)]) })
    }

    /// Interactions newest first, narrowed by `profileId`, `externalAgentId`, `userId`, `sessionId` and the time window.
    private static func interactions(matching query: QueryReader, in world: SimulatedWorld) throws -> [LoggedInteraction] {
        let window = try TimeWindow(query)
        let profileID = query.string("profileId")
        let external = query.string("externalAgentId")
        let userID = query.string("userId")
        let sessionID = query.string("sessionId")
        let people = world.directory.people
        return world.logs.interactions.newestFirst.filter { record in
            window.contains(record.time)
                && (profileID == nil || world.agents[record.agent].id == profileID)
                && (external == nil || record.externalAgentID == external)
                && (sessionID == nil || record.sessionID == sessionID)
                && (userID == nil || (people.indices.contains(record.user) && people[record.user].id == userID))
        }
    }
}

/// The inclusive `startDate`/`endDate` window; each must be a full ISO datetime (a bare date is a 400).
struct TimeWindow {
    var start: Double?
    var end: Double?

    init(_ query: QueryReader) throws {
        start = try Self.datetime(query, "startDate")
        end = try Self.datetime(query, "endDate")
    }

    func contains(_ time: Double) -> Bool {
        (start.map { time >= $0 } ?? true) && (end.map { time <= $0 } ?? true)
    }

    private static func datetime(_ query: QueryReader, _ name: String) throws -> Double? {
        guard let text = query.string(name) else { return nil }
        guard text.contains("T"), let seconds = Timestamp.parse(text) else {
            throw APIError.validation("querystring/\(name) must match format \"date-time\"")
        }
        return seconds
    }
}
