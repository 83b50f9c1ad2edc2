import Foundation

/// An MCP catalog entry (`/api/internal_mcp_catalog`, API notes §4.2).
public struct CatalogItem: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var version: String?
    public var description: String?
    /// Empty raw value when the server sent none.
    public var serverType: ServerType
    /// Empty raw value when the server sent none.
    public var scope: AgentScope
    public var requiresAuth: Bool
    /// List endpoint only; `nil` when absent.
    public var toolCount: Int?
    public var repository: String?
    public var docsUrl: String?
    public var labels: [Label]
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    public var updatedAt: String? { didSet { updatedAtDate = ISO8601.date(from: updatedAt) } }
    /// `updatedAt`, parsed once when decoding.
    public private(set) var updatedAtDate: Date?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, name: String = "", version: String? = nil, description: String? = nil,
        serverType: ServerType = .local, scope: AgentScope = .org, requiresAuth: Bool = false,
        toolCount: Int? = nil, repository: String? = nil, docsUrl: String? = nil, labels: [Label] = [],
        createdAt: String? = nil, updatedAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.description = description
        self.serverType = serverType
        self.scope = scope
        self.requiresAuth = requiresAuth
        self.toolCount = toolCount
        self.repository = repository
        self.docsUrl = docsUrl
        self.labels = labels
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.updatedAt = updatedAt
        self.updatedAtDate = ISO8601.date(from: updatedAt)
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            version: json.string("version"),
            description: json.string("description"),
            serverType: ServerType.read(json, "serverType") ?? ServerType(rawValue: ""),
            scope: AgentScope.read(json, "scope") ?? AgentScope(rawValue: ""),
            requiresAuth: json.bool("requiresAuth") ?? false,
            toolCount: json.int("toolCount"),
            repository: json.string("repository"),
            docsUrl: json.string("docsUrl"),
            labels: json.records("labels"),
            createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

}
