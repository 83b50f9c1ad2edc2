import Foundation

/// A tool of an installed MCP server (`GET /api/mcp_server/{id}/tools`).
public struct MCPTool: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    public var group: String?
    public var assignedAgentCount: Int
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    /// The whole record as received (includes the `parameters` JSON schema).
    public var raw: JSONValue

    public init(
        id: String, name: String = "", description: String? = nil, group: String? = nil,
        assignedAgentCount: Int = 0, createdAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.group = group
        self.assignedAgentCount = assignedAgentCount
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            description: json.string("description"),
            group: json.string("group"),
            assignedAgentCount: json.int("assignedAgentCount") ?? json.array("assignedAgents").count,
            createdAt: json.string("createdAt"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

}
