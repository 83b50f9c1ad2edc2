import Foundation

/// One entry of an agent's configuration history (`GET /api/agents/{id}/versions[/{version}]`).
///
/// The contract names the endpoints but not the shape; this follows the platform's `agent_versions`
/// table and reads the plausible alternatives too:
///
/// ```json
/// { "id": "uuid", "agentId": "uuid", "organizationId": "org",
///   "versionNumber": 3,                    // also read: "version"
///   "source": "update",                    // create | update | restore (free-form)
///   "restoredFromVersion": null,           // the version a "restore" entry copied, when known
///   "createdAt": "2026-09-08T14:03:11.482Z",
///   "createdBy": "user id" | null,         // also read: {id, name, email}
///   "createdByName": "Dana Whitfield" | null,
///   "snapshot": { "name": "…", "description": null, … } }   // also read: "config"
/// ```
///
/// `snapshot` holds the agent's configuration with the agent object's own field names (name,
/// description, systemPrompt, icon, llmModel, modelId, llmApiKeyId, identityProviderId, …). Sharing
/// (`scope`, `teams`, `labels`) is live state and not versioned. Lists leave `snapshot` out to stay
/// cheap; fetch one version to read it (`snapshot` is then non-nil).
public struct AgentVersion: LenientDecodable, Decodable, Equatable, Identifiable {
    /// The entry's id; `"<agentId>#<version>"` when the server sent none.
    public var id: String
    public var agentId: String?
    /// 1 for the agent as created; the agent's `latestVersion` is the newest entry.
    public var version: Int
    /// How the entry came to be: `create`, `update`, `restore` (other values are kept as sent).
    public var source: String?
    /// For a `restore` entry, the version whose configuration it copied.
    public var restoredFromVersion: Int?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    /// The user who made the change, when known.
    public var createdById: String?
    public var createdByName: String?
    /// The agent's configuration at this version; `nil` in lists.
    public var snapshot: JSONValue?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, agentId: String? = nil, version: Int, source: String? = nil, restoredFromVersion: Int? = nil,
        createdAt: String? = nil, createdById: String? = nil, createdByName: String? = nil, snapshot: JSONValue? = nil,
        raw: JSONValue = .null
    ) {
        self.id = id
        self.agentId = agentId
        self.version = version
        self.source = source
        self.restoredFromVersion = restoredFromVersion
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.createdById = createdById
        self.createdByName = createdByName
        self.snapshot = snapshot
        self.raw = raw
    }

    /// Requires a version number (`versionNumber` or `version`).
    public init(json: JSONValue) throws {
        guard let version = json.int("versionNumber") ?? json.int("version") else {
            throw RecordDecodingError("expected an agent version with a \"versionNumber\"")
        }
        let agentId = json.string("agentId")
        let creator = json["createdBy"]
        let snapshot = [json["snapshot"], json["config"]].lazy.compactMap { $0 }.first { $0.objectValue != nil }
        self.init(
            id: (try? json.requiredID()) ?? "\(agentId ?? "")#\(version)",
            agentId: agentId,
            version: version,
            source: json.string("source"),
            restoredFromVersion: json.int("restoredFromVersion"),
            createdAt: json.string("createdAt"),
            createdById: creator?.stringValue ?? creator?.string("id"),
            createdByName: json.string("createdByName") ?? creator?.string("name"),
            snapshot: snapshot,
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
