import Foundation

/// A member of a team with the person's name and email (`GET /api/teams/{id}/members`, API notes §9.2).
public struct TeamMember: LenientDecodable, Decodable, Equatable, Identifiable {
    /// The membership's id.
    public var id: String
    public var teamId: String?
    public var userId: String
    /// `admin` or `member` (other values kept as sent).
    public var role: String?
    public var syncedFromSso: Bool
    /// `nil` when the person never set a name.
    public var name: String?
    public var email: String?
    /// Avatar URL, when the person has one.
    public var image: String?
    public var createdAt: String?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, teamId: String? = nil, userId: String, role: String? = nil, syncedFromSso: Bool = false,
        name: String? = nil, email: String? = nil, image: String? = nil, createdAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.teamId = teamId
        self.userId = userId
        self.role = role
        self.syncedFromSso = syncedFromSso
        self.name = name
        self.email = email
        self.image = image
        self.createdAt = createdAt
        self.raw = raw
    }

    /// Requires `userId`; a missing membership id falls back to the user id.
    public init(json: JSONValue) throws {
        guard let userId = json.string("userId"), !userId.isEmpty else {
            throw RecordDecodingError("expected a team member with a \"userId\"")
        }
        self.init(
            id: (try? json.requiredID()) ?? userId,
            teamId: json.string("teamId"),
            userId: userId,
            role: json.string("role"),
            syncedFromSso: json.bool("syncedFromSso") ?? false,
            name: json.string("name"),
            email: json.string("email"),
            image: json.string("image"),
            createdAt: json.string("createdAt"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// The name, else the email, else the user id: what a table shows.
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        if let email, !email.isEmpty { return email }
        return userId
    }
}
