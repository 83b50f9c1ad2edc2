import Foundation

/// A tool the platform knows (`GET /api/tools/with-assignments`, `GET /api/tools`, and the rows of
/// `GET /api/agents/{id}/tools`; API addendum §3.5). Every field but `id` is optional on the wire.
public struct Tool: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    /// The JSON schema of the tool's arguments, as sent (see ``parameterList``).
    public var parameters: JSONValue
    /// The MCP catalog item the tool comes from; `nil` for tools the LLM proxy discovered.
    public var catalogId: String?
    /// `{id, name}` of the catalog item, sent by `GET /api/tools` only; `with-assignments` sends the id alone.
    public var catalog: CatalogRef?
    /// Assignments to agents (with-assignments only).
    public var assignments: [ToolAssignment]
    /// `assignmentCount`, or the number of assignments when the server does not say.
    public var assignmentCount: Int
    /// Agent-tool rows only: the MCP server that runs the tool for this agent.
    public var mcpServerId: String?
    /// Agent-tool rows only: `static`, `dynamic` or `enterprise_managed`.
    public var credentialResolutionMode: String?
    public var policiesAutoConfiguredAt: String?
    public var createdAt: String?
    public var updatedAt: String?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, name: String = "", description: String? = nil, parameters: JSONValue = .null, catalogId: String? = nil,
        catalog: CatalogRef? = nil, assignments: [ToolAssignment] = [], assignmentCount: Int? = nil, mcpServerId: String? = nil,
        credentialResolutionMode: String? = nil, policiesAutoConfiguredAt: String? = nil, createdAt: String? = nil,
        updatedAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.parameters = parameters
        self.catalogId = catalogId ?? catalog?.id
        self.catalog = catalog
        self.assignments = assignments
        self.assignmentCount = assignmentCount ?? assignments.count
        self.mcpServerId = mcpServerId
        self.credentialResolutionMode = credentialResolutionMode
        self.policiesAutoConfiguredAt = policiesAutoConfiguredAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        let catalog: CatalogRef? = json.record("catalog")
        self.init(
            id: try json.requiredID(), name: json.string("name") ?? "", description: json.string("description"),
            parameters: json["parameters"] ?? .null, catalogId: json.string("catalogId") ?? catalog?.id, catalog: catalog,
            assignments: json.records("assignments"), assignmentCount: json.int("assignmentCount"),
            mcpServerId: json.string("mcpServerId"), credentialResolutionMode: json.string("credentialResolutionMode"),
            policiesAutoConfiguredAt: json.string("policiesAutoConfiguredAt"), createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"), raw: json)
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// The agents the tool is assigned to, in the server's order, each once.
    public var assignedAgents: [AgentRef] {
        var seen = Set<String>()
        return assignments.map(\.agent).filter { seen.insert($0.id).inserted }
    }

    /// The arguments the JSON schema describes (see ``ToolParameter/list(schema:)``).
    public var parameterList: [ToolParameter] { ToolParameter.list(schema: parameters) }
}

/// `{id, name}` of a catalog item inside a tool row.
public struct CatalogRef: LenientDecodable, Decodable, Equatable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String = "") {
        self.id = id
        self.name = name
    }

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        name = json.string("name") ?? ""
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// One assignment of a tool to an agent (`assignments[]` of with-assignments).
public struct ToolAssignment: LenientDecodable, Decodable, Equatable {
    /// The agent-tool row id (for `PATCH /api/agent-tools/{id}`); may be empty.
    public var agentToolId: String
    public var agent: AgentRef
    public var mcpServerId: String?
    public var credentialResolutionMode: String?

    public init(agentToolId: String = "", agent: AgentRef, mcpServerId: String? = nil, credentialResolutionMode: String? = nil) {
        self.agentToolId = agentToolId
        self.agent = agent
        self.mcpServerId = mcpServerId
        self.credentialResolutionMode = credentialResolutionMode
    }

    /// Requires the agent; an assignment that names no agent says nothing to show.
    public init(json: JSONValue) throws {
        guard let agent: AgentRef = json.record("agent") else {
            throw RecordDecodingError("expected an assignment with an \"agent\"")
        }
        self.init(
            agentToolId: json.string("agentToolId") ?? json.string("id") ?? "", agent: agent,
            mcpServerId: json.string("mcpServerId"), credentialResolutionMode: json.string("credentialResolutionMode"))
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// One argument of a tool, read from its JSON schema.
public struct ToolParameter: Sendable, Equatable {
    public var name: String
    /// `type` of the property (`string`, `array`, …; `a | b` for a list of types); empty when the schema does not say.
    public var type: String
    public var description: String?
    public var isRequired: Bool

    public init(name: String, type: String = "", description: String? = nil, isRequired: Bool = false) {
        self.name = name
        self.type = type
        self.description = description
        self.isRequired = isRequired
    }

    /// The properties of an object schema, required ones first, each group by name. Anything that is not
    /// an object schema gives no parameters.
    public static func list(schema: JSONValue) -> [ToolParameter] {
        guard let properties = schema["properties"]?.objectValue else { return [] }
        let required = Set(schema.strings("required"))
        let parameters = properties.map { name, property in
            let types = property["type"]?.arrayValue?.compactMap(\.stringValue) ?? property.string("type").map { [$0] } ?? []
            return ToolParameter(
                name: name, type: types.joined(separator: " | "), description: property.string("description"),
                isRequired: required.contains(name))
        }
        return parameters.sorted { ($0.isRequired ? 0 : 1, $0.name) < ($1.isRequired ? 0 : 1, $1.name) }
    }
}
