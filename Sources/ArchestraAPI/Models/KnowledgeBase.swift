import Foundation

/// A knowledge base (`/api/knowledge-bases`, API notes §6). Get/create/update answers lack the
/// list-only fields, which then read as empty.
public struct KnowledgeBase: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    /// Free-form, e.g. `active`.
    public var status: String?
    public var connectors: [ConnectorRef]
    public var totalDocsIndexed: Int
    public var assignedAgents: [AgentRef]
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
        id: String, name: String = "", description: String? = nil, status: String? = nil,
        connectors: [ConnectorRef] = [], totalDocsIndexed: Int = 0, assignedAgents: [AgentRef] = [],
        labels: [Label] = [], createdAt: String? = nil, updatedAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.status = status
        self.connectors = connectors
        self.totalDocsIndexed = totalDocsIndexed
        self.assignedAgents = assignedAgents
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
            description: json.string("description"),
            status: json.string("status"),
            connectors: json.records("connectors"),
            totalDocsIndexed: json.int("totalDocsIndexed") ?? 0,
            assignedAgents: json.records("assignedAgents"),
            labels: json.records("labels"),
            createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

}

/// `GET /api/knowledge-bases/{id}/health`.
public struct KnowledgeBaseHealth: LenientDecodable, Decodable, Equatable {
    /// `healthy` or `unhealthy`; empty when missing.
    public var status: String
    public var message: String?

    public init(status: String, message: String? = nil) {
        self.status = status
        self.message = message
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a knowledge-base health report")
        self.init(status: json.string("status") ?? "", message: json.string("message"))
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    public var isHealthy: Bool { status == "healthy" }
}
