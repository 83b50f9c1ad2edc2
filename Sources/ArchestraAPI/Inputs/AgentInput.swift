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

/// Body of `POST /api/agents` and `PUT /api/agents/{id}` (a partial update).
///
/// Optional fields are sent only when non-nil. Nullable fields are a ``FieldUpdate``: `.unchanged`
/// leaves them out, `.clear` sends `null`, `.set` (or a string literal) sends the value. Create needs
/// `name` and `scope`; always send `agentType` on create (the server's default is `mcp_gateway`).
/// For fields this type does not cover, send a `JSONValue` body (``ArchestraClient/createAgent(body:)``).
public struct AgentInput: Sendable, Equatable, Encodable {
    public var name: String?
    public var agentType: AgentType?
    public var scope: AgentScope?
    public var description: FieldUpdate<String>
    public var systemPrompt: FieldUpdate<String>
    public var icon: FieldUpdate<String>
    public var llmModel: FieldUpdate<String>
    /// Pinned provider key; the server wants it set or cleared together with `modelId`.
    public var llmApiKeyId: FieldUpdate<String>
    /// Pinned synced model; the server wants it set or cleared together with `llmApiKeyId`.
    public var modelId: FieldUpdate<String>
    /// Team ids; required (non-empty) for `scope == .team`. Replaces the stored set on update.
    public var teams: [String]?
    /// Replaces the stored set on update.
    public var labels: [LabelInput]?
    public var isDefault: Bool?
    /// JWT (JWKS) identity provider of a gateway or proxy; `.clear` turns JWT auth off.
    public var identityProviderId: FieldUpdate<String>
    public var knowledgeBaseIds: [String]?
    public var connectorIds: [String]?

    public init(
        name: String? = nil, agentType: AgentType? = nil, scope: AgentScope? = nil,
        description: FieldUpdate<String> = .unchanged, systemPrompt: FieldUpdate<String> = .unchanged,
        icon: FieldUpdate<String> = .unchanged, llmModel: FieldUpdate<String> = .unchanged,
        llmApiKeyId: FieldUpdate<String> = .unchanged, modelId: FieldUpdate<String> = .unchanged,
        teams: [String]? = nil, labels: [LabelInput]? = nil, isDefault: Bool? = nil,
        identityProviderId: FieldUpdate<String> = .unchanged, knowledgeBaseIds: [String]? = nil, connectorIds: [String]? = nil
    ) {
        self.name = name
        self.agentType = agentType
        self.scope = scope
        self.description = description
        self.systemPrompt = systemPrompt
        self.icon = icon
        self.llmModel = llmModel
        self.llmApiKeyId = llmApiKeyId
        self.modelId = modelId
        self.teams = teams
        self.labels = labels
        self.isDefault = isDefault
        self.identityProviderId = identityProviderId
        self.knowledgeBaseIds = knowledgeBaseIds
        self.connectorIds = connectorIds
    }

    private enum CodingKeys: String, CodingKey {
        case name, agentType, scope, description, systemPrompt, icon, llmModel, llmApiKeyId, modelId, teams, labels
        case isDefault, identityProviderId, knowledgeBaseIds, connectorIds
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(agentType, forKey: .agentType)
        try container.encodeIfPresent(scope, forKey: .scope)
        try container.encode(update: description, forKey: .description)
        try container.encode(update: systemPrompt, forKey: .systemPrompt)
        try container.encode(update: icon, forKey: .icon)
        try container.encode(update: llmModel, forKey: .llmModel)
        try container.encode(update: llmApiKeyId, forKey: .llmApiKeyId)
        try container.encode(update: modelId, forKey: .modelId)
        try container.encodeIfPresent(teams, forKey: .teams)
        try container.encodeIfPresent(labels, forKey: .labels)
        try container.encodeIfPresent(isDefault, forKey: .isDefault)
        try container.encode(update: identityProviderId, forKey: .identityProviderId)
        try container.encodeIfPresent(knowledgeBaseIds, forKey: .knowledgeBaseIds)
        try container.encodeIfPresent(connectorIds, forKey: .connectorIds)
    }
}
