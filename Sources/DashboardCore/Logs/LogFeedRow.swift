import ArchestraAPI

/// A row a ``LogFeed`` can hold: identified by a string, compared to tell an unchanged row from an updated one.
public protocol LogFeedRow: Identifiable, Equatable, Sendable where ID == String {
    /// Takes the texts that repeat from row to row from `pool` as the row comes into a feed.
    mutating func share(_ pool: inout SharedStrings)
}

extension LogFeedRow {
    public mutating func share(_ pool: inout SharedStrings) {}
}

extension LLMInteraction: LogFeedRow {}
extension InteractionSession: LogFeedRow {}

extension InteractionSummary: LogFeedRow {
    public mutating func share(_ pool: inout SharedStrings) {
        pool.share(&type)
        pool.share(&profileId)
        pool.share(&externalAgentId)
        pool.share(&externalAgentIdLabel)
        pool.share(&userId)
        pool.share(&model)
        pool.share(&baselineModel)
    }
}

extension MCPToolCall: LogFeedRow {
    public mutating func share(_ pool: inout SharedStrings) {
        pool.share(&agentId)
        pool.share(&mcpServerName)
        pool.share(&method)
        pool.share(&toolName)
        pool.share(&userId)
        pool.share(&userName)
        pool.share(&authMethod)
    }
}
