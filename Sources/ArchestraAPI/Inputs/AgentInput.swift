import Foundation

/// A label to send: only `key` and `value` (the server assigns ids).
public struct LabelInput: Sendable, Equatable, Hashable, Codable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// Body of `POST /api/agents` and `PUT /api/agents/{id}`. Only non-nil fields are sent, so the
/// same type serves a partial update. Create needs `name` and `scope`; always send `agentType`
/// on create (the server's default is `mcp_gateway`).
public struct AgentInput: Sendable, Equatable, Encodable {
    public var name: String?
    public var agentType: AgentType?
    public var scope: AgentScope?
    public var description: String?
    public var systemPrompt: String?
    public var icon: String?
    public var llmModel: String?
    /// Team ids; required (non-empty) for `scope == .team`. Replaces the stored set on update.
    public var teams: [String]?
    /// Replaces the stored set on update.
    public var labels: [LabelInput]?
    public var isDefault: Bool?
    public var identityProviderId: String?
    public var knowledgeBaseIds: [String]?
    public var connectorIds: [String]?

    public init(
        name: String? = nil, agentType: AgentType? = nil, scope: AgentScope? = nil, description: String? = nil,
        systemPrompt: String? = nil, icon: String? = nil, llmModel: String? = nil, teams: [String]? = nil,
        labels: [LabelInput]? = nil, isDefault: Bool? = nil, identityProviderId: String? = nil,
        knowledgeBaseIds: [String]? = nil, connectorIds: [String]? = nil
    ) {
        self.name = name
        self.agentType = agentType
        self.scope = scope
        self.description = description
        self.systemPrompt = systemPrompt
        self.icon = icon
        self.llmModel = llmModel
        self.teams = teams
        self.labels = labels
        self.isDefault = isDefault
        self.identityProviderId = identityProviderId
        self.knowledgeBaseIds = knowledgeBaseIds
        self.connectorIds = connectorIds
    }
}
