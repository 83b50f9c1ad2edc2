/// An entry of the log filter lists: `GET /api/interactions/external-agent-ids` (`{id, displayName}`) and
/// `GET /api/interactions/user-ids` (`{id, name}`).
public struct LogIdentity: LenientDecodable, Decodable, Equatable, Identifiable {
    /// What the filter sends (`externalAgentId` or `userId`).
    public var id: String
    /// What a person reads; the id when the server gives no name.
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        name = json.string("displayName")?.trimmedWhitespace.nonEmpty ?? json.string("name")?.trimmedWhitespace.nonEmpty ?? id
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
