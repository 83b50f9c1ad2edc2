import Foundation

/// A team (`/api/teams`, API notes §9.2).
public struct Team: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    /// The length of `members` when the server included it, else `nil`.
    public var memberCount: Int?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, name: String = "", description: String? = nil, memberCount: Int? = nil,
        createdAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.memberCount = memberCount
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            description: json.string("description"),
            memberCount: json["members"]?.arrayValue?.count,
            createdAt: json.string("createdAt"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

}
