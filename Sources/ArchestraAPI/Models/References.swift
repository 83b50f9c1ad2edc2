import Foundation

/// A team named inside another record (`teams[]` of an agent).
public struct TeamRef: LenientDecodable, Decodable, Equatable, Hashable {
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

/// A `key: value` label attached to a record.
public struct Label: LenientDecodable, Decodable, Equatable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Requires a string `key`; a missing `value` reads as empty.
    public init(json: JSONValue) throws {
        guard let key = json.string("key") else { throw RecordDecodingError("expected a label with a \"key\"") }
        self.key = key
        value = json.string("value") ?? ""
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// An agent named inside another record (`assignedAgents[]`).
public struct AgentRef: LenientDecodable, Decodable, Equatable, Hashable {
    public var id: String
    public var name: String
    /// `nil` where the server does not say (e.g. tool assignments).
    public var agentType: AgentType?

    public init(id: String, name: String = "", agentType: AgentType? = nil) {
        self.id = id
        self.name = name
        self.agentType = agentType
    }

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        name = json.string("name") ?? ""
        agentType = AgentType.read(json, "agentType")
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// A connector named inside a knowledge base.
public struct ConnectorRef: LenientDecodable, Decodable, Equatable, Hashable {
    public var id: String
    public var name: String
    /// e.g. `confluence`, `github`, `file_upload`.
    public var connectorType: String?

    public init(id: String, name: String = "", connectorType: String? = nil) {
        self.id = id
        self.name = name
        self.connectorType = connectorType
    }

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        name = json.string("name") ?? ""
        connectorType = json.string("connectorType")
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
