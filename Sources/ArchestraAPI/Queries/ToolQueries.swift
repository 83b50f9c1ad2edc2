import Foundation

/// Parameters of `GET /api/tools/with-assignments` (paginated; API addendum §3.5).
public struct ToolQuery: QueryParameters, Equatable {
    public var limit: Int
    public var offset: Int
    public var search: String?
    /// `name`, `origin`, `createdAt` or `assignmentCount`.
    public var sortBy: String?
    /// `asc` or `desc`.
    public var sortDirection: String?
    /// `llm-proxy`, `agent`, or a catalog id.
    public var origin: String?
    public var excludeArchestraTools: Bool?

    public init(
        limit: Int = 100, offset: Int = 0, search: String? = nil, sortBy: String? = nil, sortDirection: String? = nil,
        origin: String? = nil, excludeArchestraTools: Bool? = nil
    ) {
        self.limit = limit
        self.offset = offset
        self.search = search
        self.sortBy = sortBy
        self.sortDirection = sortDirection
        self.origin = origin
        self.excludeArchestraTools = excludeArchestraTools
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        builder.add("search", search)
        builder.add("sortBy", sortBy)
        builder.add("sortDirection", sortDirection)
        builder.add("origin", origin)
        builder.add("excludeArchestraTools", excludeArchestraTools)
        return builder.items
    }
}

/// Parameters of `GET /api/connectors/{id}/runs` (paginated, newest first).
public struct ConnectorRunQuery: QueryParameters, Equatable {
    public var limit: Int
    public var offset: Int

    public init(limit: Int = 20, offset: Int = 0) {
        self.limit = limit
        self.offset = offset
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        return builder.items
    }
}
