import Foundation

/// Body of `POST /api/limits` and `PATCH /api/limits/{id}`. Only non-nil fields are sent.
///
/// Create needs `entityType`, `entityId`, `limitType` and `limitValue`; `mcpServerName` is
/// needed for call limits and `toolName` for `tool_calls`. Update cannot change the entity.
public struct LimitInput: Sendable, Equatable, Encodable {
    public var entityType: LimitEntityType?
    public var entityId: String?
    public var limitType: LimitType?
    public var limitValue: Double?
    public var mcpServerName: String?
    public var toolName: String?
    public var model: [String]?
    public var cleanupInterval: CleanupInterval?
    public var lastCleanup: String?

    public init(
        entityType: LimitEntityType? = nil, entityId: String? = nil, limitType: LimitType? = nil,
        limitValue: Double? = nil, mcpServerName: String? = nil, toolName: String? = nil,
        model: [String]? = nil, cleanupInterval: CleanupInterval? = nil, lastCleanup: String? = nil
    ) {
        self.entityType = entityType
        self.entityId = entityId
        self.limitType = limitType
        self.limitValue = limitValue
        self.mcpServerName = mcpServerName
        self.toolName = toolName
        self.model = model
        self.cleanupInterval = cleanupInterval
        self.lastCleanup = lastCleanup
    }

    /// Problems that would make the server reject a create, in words; empty when none.
    public var createProblems: [String] {
        var problems: [String] = []
        if entityType == nil { problems.append("entity type is required") }
        if (entityId ?? "").isEmpty { problems.append("entity id is required") }
        if limitType == nil { problems.append("limit type is required") }
        if let value = limitValue {
            if !value.isFinite || value < 0 { problems.append("limit value must be a number ≥ 0") }
        } else {
            problems.append("limit value is required")
        }
        if limitType == .mcpServerCalls || limitType == .toolCalls, (mcpServerName ?? "").isEmpty {
            problems.append("MCP server name is required for call limits")
        }
        if limitType == .toolCalls, (toolName ?? "").isEmpty {
            problems.append("tool name is required for tool-call limits")
        }
        return problems
    }
}
