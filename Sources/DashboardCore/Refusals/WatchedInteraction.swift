import Foundation
import ArchestraAPI

/// What the refusal watch keeps of an interaction: its id and time, and for a refusal the agent and the
/// tool. A few dozen bytes instead of a summary, so the watch's feed stays small for days.
public struct WatchedInteraction: LogFeedRow {
    public var id: String
    public var createdAt: Date?
    /// Set when a guardrail refused a tool call or blocked a tool result in this interaction.
    public var refusal: Refusal?

    public init(id: String, createdAt: Date?, refusal: Refusal? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.refusal = refusal
    }

    /// Only the typed fields of the row: the status, the refusal markers and the agent.
    public init(_ summary: InteractionSummary) {
        id = summary.id
        createdAt = summary.createdAtDate
        refusal = summary.status.isRefused ? Refusal(summary) : nil
    }
}

/// Who was refused what.
public struct Refusal: Sendable, Hashable {
    /// The agent or proxy (profile) id, to find its name among those the console knows.
    public var profileId: String?
    /// `externalAgentIdLabel`, else `externalAgentId`.
    public var agentLabel: String?
    /// The refused tool, when the record names it.
    public var tool: String?

    public init(profileId: String? = nil, agentLabel: String? = nil, tool: String? = nil) {
        self.profileId = profileId
        self.agentLabel = agentLabel
        self.tool = tool
    }

    /// The tool, from the most faithful field the row has: a `toolCallBlock` refused the tool calls the model
    /// asked for in its response (known where the row came from a full record), a blocked tool result names its
    /// tool in `unsafeContextBoundary.toolName`. The guardrail's reason is free text and is not read for a name.
    init(_ summary: InteractionSummary) {
        profileId = summary.profileId
        agentLabel = summary.agentLabel
        let requested = summary.requestedToolNames.filter { !$0.isEmpty }
        let boundaryTool = summary.unsafeContextBoundary.flatMap { $0.isBlockedToolResult ? $0.toolName : nil }
        if summary.toolCallBlock != nil, !requested.isEmpty {
            tool = requested.joined(separator: ", ")
        } else {
            tool = boundaryTool.flatMap { $0.isEmpty ? nil : $0 }
        }
    }
}
