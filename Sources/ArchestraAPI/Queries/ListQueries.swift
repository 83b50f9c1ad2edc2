import Foundation

/// Parameters of `GET /api/knowledge-bases` (paginated).
public struct KnowledgeBaseQuery: QueryParameters, Equatable {
    public var limit: Int
    public var offset: Int
    public var search: String?
    /// `.deleted` lists the trash; `nil` (the server's default) lists live knowledge bases.
    public var status: RecordStatus?

    public init(limit: Int = 20, offset: Int = 0, search: String? = nil, status: RecordStatus? = nil) {
        self.limit = limit
        self.offset = offset
        self.search = search
        self.status = status
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        builder.add("search", search)
        builder.add("status", status?.rawValue)
        return builder.items
    }
}

/// Parameters of `GET /api/connectors` (paginated).
public struct ConnectorQuery: QueryParameters, Equatable {
    public var limit: Int
    public var offset: Int
    public var knowledgeBaseId: String?

    public init(limit: Int = 20, offset: Int = 0, knowledgeBaseId: String? = nil) {
        self.limit = limit
        self.offset = offset
        self.knowledgeBaseId = knowledgeBaseId
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        builder.add("knowledgeBaseId", knowledgeBaseId)
        return builder.items
    }
}

/// Parameters of `GET /api/teams` (paginated).
public struct TeamQuery: QueryParameters, Equatable {
    public var limit: Int
    public var offset: Int
    public var name: String?

    public init(limit: Int = 20, offset: Int = 0, name: String? = nil) {
        self.limit = limit
        self.offset = offset
        self.name = name
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        builder.add("name", name)
        return builder.items
    }
}

/// Parameters of `GET /api/limits` (bare array).
public struct LimitQuery: QueryParameters, Equatable {
    public var entityType: LimitEntityType?
    public var entityId: String?
    public var limitType: LimitType?

    public init(entityType: LimitEntityType? = nil, entityId: String? = nil, limitType: LimitType? = nil) {
        self.entityType = entityType
        self.entityId = entityId
        self.limitType = limitType
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("entityType", entityType?.rawValue)
        builder.add("entityId", entityId)
        builder.add("limitType", limitType?.rawValue)
        return builder.items
    }
}

/// Extra parameters of `GET /api/statistics/llm-proxy` (the timeframe is passed separately).
public struct LLMProxyStatisticsQuery: QueryParameters, Equatable {
    /// e.g. `virtual_key`, `provider_key`.
    public var authMethod: String?
    public var credentialId: String?
    public var limit: Int?
    public var offset: Int?

    public init(authMethod: String? = nil, credentialId: String? = nil, limit: Int? = nil, offset: Int? = nil) {
        self.authMethod = authMethod
        self.credentialId = credentialId
        self.limit = limit
        self.offset = offset
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("authMethod", authMethod)
        builder.add("credentialId", credentialId)
        builder.add("limit", limit)
        builder.add("offset", offset)
        return builder.items
    }
}
