import Foundation

/// Extra parameters of `GET /api/statistics/users` (the timeframe is passed separately).
public struct UserStatisticsQuery: QueryParameters, Equatable {
    /// 1...100.
    public var limit: Int
    /// Items to skip (not pages).
    public var offset: Int
    /// `totalTokens` (the server's default), `requests`, `billedCost`, `lastActiveAt` or `userName`.
    public var sortBy: String?
    /// `asc` or `desc` (the server's default).
    public var sortDirection: String?
    /// Adds `models[]` to each row.
    public var includeModels: Bool?
    /// Adds `timeSeries[]` to each row.
    public var includeTimeSeries: Bool?

    public init(
        limit: Int = 20, offset: Int = 0, sortBy: String? = nil, sortDirection: String? = nil,
        includeModels: Bool? = nil, includeTimeSeries: Bool? = nil
    ) {
        self.limit = limit
        self.offset = offset
        self.sortBy = sortBy
        self.sortDirection = sortDirection
        self.includeModels = includeModels
        self.includeTimeSeries = includeTimeSeries
    }

    public var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        builder.add("sortBy", sortBy)
        builder.add("sortDirection", sortDirection)
        builder.add("includeModels", includeModels)
        builder.add("includeTimeSeries", includeTimeSeries)
        return builder.items
    }
}
