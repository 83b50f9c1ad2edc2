import Foundation

/// What the server narrows a log to. Each listing sends the filters it knows (see ``queryItems(for:)``);
/// the time window is inclusive and sent as full ISO datetimes (a bare date is a 400).
public struct LogFilter: Sendable, Hashable {
    /// The Archestra agent or proxy id (`profileId` on interactions and sessions, `agentId` on tool calls).
    public var agentId: String?
    /// `X-Archestra-Agent-Id` (interactions only).
    public var externalAgentId: String?
    /// Interactions and sessions; ignored by servers that show each key only its own rows.
    public var userId: String?
    /// Interactions and sessions.
    public var sessionId: String?
    /// Tool calls: sent as `mcpServerName` (newer servers, exact) and as `search` (older servers, a substring
    /// of server, tool or arguments; ``ArchestraClient/mcpToolCalls(_:page:)`` keeps the exact matches).
    public var mcpServerName: String?
    public var startDate: Date?
    public var endDate: Date?

    public init(
        agentId: String? = nil, externalAgentId: String? = nil, userId: String? = nil, sessionId: String? = nil,
        mcpServerName: String? = nil, startDate: Date? = nil, endDate: Date? = nil
    ) {
        self.agentId = agentId
        self.externalAgentId = externalAgentId
        self.userId = userId
        self.sessionId = sessionId
        self.mcpServerName = mcpServerName
        self.startDate = startDate
        self.endDate = endDate
    }

    /// The listings a filter applies to.
    public enum Listing: Sendable {
        case interactions
        case toolCalls
        case sessions
    }

    /// The parameters `listing` understands, in a stable order.
    public func queryItems(for listing: Listing) -> [URLQueryItem] {
        var builder = QueryItemsBuilder()
        switch listing {
        case .interactions:
            builder.add("profileId", agentId)
            builder.add("externalAgentId", externalAgentId)
            builder.add("userId", userId)
            builder.add("sessionId", sessionId)
        case .toolCalls:
            builder.add("agentId", agentId)
            builder.add("mcpServerName", mcpServerName)
            builder.add("search", mcpServerName)
        case .sessions:
            builder.add("profileId", agentId)
            builder.add("userId", userId)
            builder.add("sessionId", sessionId)
        }
        builder.add("startDate", startDate.map(ISO8601.string(from:)))
        builder.add("endDate", endDate.map(ISO8601.string(from:)))
        return builder.items
    }
}
