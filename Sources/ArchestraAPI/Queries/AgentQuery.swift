import Foundation

/// Parameters of `GET /api/agents` (paginated).
public struct AgentQuery: QueryParameters, Equatable {
    /// 1...100.
    public var limit: Int
    /// Items to skip (not pages).
    public var offset: Int
    /// Name filter (substring).
    public var name: String?
    /// A single type; `llm_proxy` is not accepted by 1.4 servers.
    public var agentType: AgentType?
    /// Several types, sent comma-separated; wins over `agentType` on the server.
    public var agentTypes: [AgentType]?
    public var scope: AgentScope?
    /// Only agents of these teams, sent comma-separated; servers honour it with `scope=team` only.
    public var teamIds: [String]?
    /// Label filter, e.g. `env:prod|staging;team:core`.
    public var labels: String?
    /// e.g. `name`, `createdAt`, `lastUsedAt`.
    public var sortBy: String?
    /// `asc` or `desc`.
    public var sortDirection: String?
    /// `.deleted` lists the trash; `nil` (the server's default) lists live agents.
    public var status: RecordStatus?

    public init(
        limit: Int = 20, offset: Int = 0, name: String? = nil, agentType: AgentType? = nil,
        agentTypes: [AgentType]? = nil, scope: AgentScope? = nil, teamIds: [String]? = nil, labels: String? = nil,
        sortBy: String? = nil, sortDirection: String? = nil, status: RecordStatus? = nil
    ) {
        self.limit = limit
        self.offset = offset
        self.name = name
        self.agentType = agentType
        self.agentTypes = agentTypes
        self.scope = scope
        self.teamIds = teamIds
        self.labels = labels
        self.sortBy = sortBy
        self.sortDirection = sortDirection
        self.status = status
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        builder.add("name", name)
        builder.add("agentType", agentType?.rawValue)
        builder.add("agentTypes", csv: agentTypes?.map(\.rawValue))
        builder.add("scope", scope?.rawValue)
        builder.add("teamIds", csv: teamIds)
        builder.add("labels", labels)
        builder.add("sortBy", sortBy)
        builder.add("sortDirection", sortDirection)
        builder.add("status", status?.rawValue)
        return builder.items
    }
}

/// Parameters of `GET /api/agents/all` (bare array).
public struct AllAgentsQuery: QueryParameters, Equatable {
    public var agentType: AgentType?
    public var agentTypes: [AgentType]?
    public var scope: AgentScope?
    public var excludeBuiltIn: Bool?
    /// The server's default is `true`; `false` returns `tools: []` (cheaper).
    public var includeTools: Bool?
    /// `.deleted` lists the trash; `nil` (the server's default) lists live agents.
    public var status: RecordStatus?

    public init(
        agentType: AgentType? = nil, agentTypes: [AgentType]? = nil, scope: AgentScope? = nil,
        excludeBuiltIn: Bool? = nil, includeTools: Bool? = nil, status: RecordStatus? = nil
    ) {
        self.agentType = agentType
        self.agentTypes = agentTypes
        self.scope = scope
        self.excludeBuiltIn = excludeBuiltIn
        self.includeTools = includeTools
        self.status = status
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("agentType", agentType?.rawValue)
        builder.add("agentTypes", csv: agentTypes?.map(\.rawValue))
        builder.add("scope", scope?.rawValue)
        builder.add("excludeBuiltIn", excludeBuiltIn)
        builder.add("includeTools", includeTools)
        builder.add("status", status?.rawValue)
        return builder.items
    }
}
