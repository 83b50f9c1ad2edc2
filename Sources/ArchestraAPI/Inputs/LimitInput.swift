import Foundation

/// Body of `POST /api/limits` and `PATCH /api/limits/{id}` (partial).
///
/// Optional fields are sent only when non-nil; the nullable ones are a ``FieldUpdate`` (`.clear`
/// sends `null`, e.g. `model: .clear` makes a `token_cost` limit cover every model again).
/// Create needs `entityType`, `entityId`, `limitType` and `limitValue`; `mcpServerName` is
/// needed for call limits and `toolName` for `tool_calls`. Update cannot change the entity (1.4).
public struct LimitInput: Sendable, Equatable, Encodable {
    public var entityType: LimitEntityType?
    public var entityId: String?
    public var limitType: LimitType?
    public var limitValue: Double?
    public var mcpServerName: FieldUpdate<String>
    public var toolName: FieldUpdate<String>
    /// Models a `token_cost` limit covers; `null` (`.clear`) or empty means every model.
    public var model: FieldUpdate<[String]>
    public var cleanupInterval: CleanupInterval?
    public var lastCleanup: FieldUpdate<String>

    public init(
        entityType: LimitEntityType? = nil, entityId: String? = nil, limitType: LimitType? = nil,
        limitValue: Double? = nil, mcpServerName: FieldUpdate<String> = .unchanged, toolName: FieldUpdate<String> = .unchanged,
        model: FieldUpdate<[String]> = .unchanged, cleanupInterval: CleanupInterval? = nil,
        lastCleanup: FieldUpdate<String> = .unchanged
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

    private enum CodingKeys: String, CodingKey {
        case entityType, entityId, limitType, limitValue, mcpServerName, toolName, model, cleanupInterval, lastCleanup
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(entityType, forKey: .entityType)
        try container.encodeIfPresent(entityId, forKey: .entityId)
        try container.encodeIfPresent(limitType, forKey: .limitType)
        try container.encodeIfPresent(limitValue, forKey: .limitValue)
        try container.encode(update: mcpServerName, forKey: .mcpServerName)
        try container.encode(update: toolName, forKey: .toolName)
        try container.encode(update: model, forKey: .model)
        try container.encodeIfPresent(cleanupInterval, forKey: .cleanupInterval)
        try container.encode(update: lastCleanup, forKey: .lastCleanup)
    }

    /// Problems that would make the server reject a create, in words; empty when none.
    public var createProblems: [String] {
        var problems: [String] = []
        if entityType == nil { problems.append("entity type is required") }
        if (entityId ?? "").isEmpty { problems.append("entity id is required") }
        if limitType == nil { problems.append("limit type is required") }
        if let value = limitValue {
            if !value.isFinite || value <= 0 { problems.append("limit value must be a number > 0") }
        } else {
            problems.append("limit value is required")
        }
        if limitType == .mcpServerCalls || limitType == .toolCalls, (mcpServerName.newValue ?? "").isEmpty {
            problems.append("MCP server name is required for call limits")
        }
        if limitType == .toolCalls, (toolName.newValue ?? "").isEmpty {
            problems.append("tool name is required for tool-call limits")
        }
        return problems
    }
}
