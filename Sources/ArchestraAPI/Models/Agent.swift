import Foundation

/// An agent row: internal agent, MCP gateway, LLM-proxy backing row or legacy profile (API notes §3.3).
public struct Agent: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// Empty raw value when the server sent none.
    public var agentType: AgentType
    /// Empty raw value when the server sent none.
    public var scope: AgentScope
    public var slug: String?
    public var isDefault: Bool
    public var isPersonalGateway: Bool
    public var isPersonalProxy: Bool
    public var description: String?
    public var icon: String?
    public var systemPrompt: String?
    public var llmModel: String?
    public var resolvedLlmProvider: String?
    public var resolvedLlmModelName: String?
    public var identityProviderId: String?
    public var builtIn: Bool
    public var latestVersion: Int?
    public var teams: [TeamRef]
    public var labels: [Label]
    public var tools: [AgentTool]
    public var knowledgeBaseIds: [String]
    public var connectorIds: [String]
    public var authorName: String?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    public var updatedAt: String? { didSet { updatedAtDate = ISO8601.date(from: updatedAt) } }
    /// `updatedAt`, parsed once when decoding.
    public private(set) var updatedAtDate: Date?
    public var lastUsedAt: String? { didSet { lastUsedAtDate = ISO8601.date(from: lastUsedAt) } }
    /// `lastUsedAt`, parsed once when decoding.
    public private(set) var lastUsedAtDate: Date?
    public var deletedAt: String? { didSet { deletedAtDate = ISO8601.date(from: deletedAt) } }
    /// `deletedAt`, parsed once when decoding.
    public private(set) var deletedAtDate: Date?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String,
        name: String = "",
        agentType: AgentType = .agent,
        scope: AgentScope = .org,
        slug: String? = nil,
        isDefault: Bool = false,
        isPersonalGateway: Bool = false,
        isPersonalProxy: Bool = false,
        description: String? = nil,
        icon: String? = nil,
        systemPrompt: String? = nil,
        llmModel: String? = nil,
        resolvedLlmProvider: String? = nil,
        resolvedLlmModelName: String? = nil,
        identityProviderId: String? = nil,
        builtIn: Bool = false,
        latestVersion: Int? = nil,
        teams: [TeamRef] = [],
        labels: [Label] = [],
        tools: [AgentTool] = [],
        knowledgeBaseIds: [String] = [],
        connectorIds: [String] = [],
        authorName: String? = nil,
        createdAt: String? = nil,
        updatedAt: String? = nil,
        lastUsedAt: String? = nil,
        deletedAt: String? = nil,
        raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.agentType = agentType
        self.scope = scope
        self.slug = slug
        self.isDefault = isDefault
        self.isPersonalGateway = isPersonalGateway
        self.isPersonalProxy = isPersonalProxy
        self.description = description
        self.icon = icon
        self.systemPrompt = systemPrompt
        self.llmModel = llmModel
        self.resolvedLlmProvider = resolvedLlmProvider
        self.resolvedLlmModelName = resolvedLlmModelName
        self.identityProviderId = identityProviderId
        self.builtIn = builtIn
        self.latestVersion = latestVersion
        self.teams = teams
        self.labels = labels
        self.tools = tools
        self.knowledgeBaseIds = knowledgeBaseIds
        self.connectorIds = connectorIds
        self.authorName = authorName
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.updatedAt = updatedAt
        self.updatedAtDate = ISO8601.date(from: updatedAt)
        self.lastUsedAt = lastUsedAt
        self.lastUsedAtDate = ISO8601.date(from: lastUsedAt)
        self.deletedAt = deletedAt
        self.deletedAtDate = ISO8601.date(from: deletedAt)
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            agentType: AgentType.read(json, "agentType") ?? AgentType(rawValue: ""),
            scope: AgentScope.read(json, "scope") ?? AgentScope(rawValue: ""),
            slug: json.string("slug"),
            isDefault: json.bool("isDefault") ?? false,
            isPersonalGateway: json.bool("isPersonalGateway") ?? false,
            isPersonalProxy: json.bool("isPersonalProxy") ?? false,
            description: json.string("description"),
            icon: json.string("icon"),
            systemPrompt: json.string("systemPrompt"),
            llmModel: json.string("llmModel"),
            resolvedLlmProvider: json.string("resolvedLlmProvider"),
            resolvedLlmModelName: json.string("resolvedLlmModelName"),
            identityProviderId: json.string("identityProviderId"),
            builtIn: json.bool("builtIn") ?? false,
            latestVersion: json.int("latestVersion"),
            teams: json.records("teams"),
            labels: json.records("labels"),
            tools: json.records("tools"),
            knowledgeBaseIds: json.strings("knowledgeBaseIds"),
            connectorIds: json.strings("connectorIds"),
            authorName: json.string("authorName"),
            createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"),
            lastUsedAt: json.string("lastUsedAt"),
            deletedAt: json.string("deletedAt"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

}

/// A tool assigned to an agent (`tools[]`).
public struct AgentTool: LenientDecodable, Decodable, Equatable, Hashable {
    public var id: String
    /// The prefixed name, e.g. `github__search_issues`.
    public var name: String
    public var description: String?

    public init(id: String, name: String = "", description: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
    }

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        name = json.string("name") ?? ""
        description = json.string("description")
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
