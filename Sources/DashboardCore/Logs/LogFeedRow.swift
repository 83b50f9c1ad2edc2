import ArchestraAPI

/// A row a ``LogFeed`` can hold: identified by a string, compared to tell an unchanged row from an updated one.
public protocol LogFeedRow: Identifiable, Equatable, Sendable where ID == String {}

extension LLMInteraction: LogFeedRow {}
extension InteractionSummary: LogFeedRow {}
extension MCPToolCall: LogFeedRow {}
extension InteractionSession: LogFeedRow {}
