import Foundation

/// A knowledge connector (`/api/connectors`).
public struct Connector: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// e.g. `confluence`, `github`.
    public var connectorType: String?
    public var enabled: Bool
    public var lastSyncAt: String? { didSet { lastSyncAtDate = ISO8601.date(from: lastSyncAt) } }
    /// `lastSyncAt`, parsed once when decoding.
    public private(set) var lastSyncAtDate: Date?
    /// `queued`, `running`, `success`, `completed_with_errors`, `no_documents`, `failed`, `partial`, `cancelled`, `superseded`.
    public var lastSyncStatus: String?
    public var lastSyncError: String?
    /// Cron expression (see ``CronWording``).
    public var schedule: String?
    public var description: String?
    /// Agents that search this connector directly.
    public var assignedAgents: [AgentRef]
    /// Knowledge bases the connector feeds, when the server names them in the row (UNCONFIRMED: the
    /// addendum lists none; ``ConnectorKnowledgeBases`` finds them from the knowledge-base list instead).
    public var knowledgeBaseIds: [String]
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, name: String = "", connectorType: String? = nil, enabled: Bool = false,
        lastSyncAt: String? = nil, lastSyncStatus: String? = nil, lastSyncError: String? = nil,
        schedule: String? = nil, description: String? = nil, assignedAgents: [AgentRef] = [], knowledgeBaseIds: [String] = [],
        raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.connectorType = connectorType
        self.enabled = enabled
        self.lastSyncAt = lastSyncAt
        self.lastSyncAtDate = ISO8601.date(from: lastSyncAt)
        self.lastSyncStatus = lastSyncStatus
        self.lastSyncError = lastSyncError
        self.schedule = schedule
        self.description = description
        self.assignedAgents = assignedAgents
        self.knowledgeBaseIds = knowledgeBaseIds
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            connectorType: json.string("connectorType"),
            enabled: json.bool("enabled") ?? false,
            lastSyncAt: json.string("lastSyncAt"),
            lastSyncStatus: json.string("lastSyncStatus"),
            lastSyncError: json.string("lastSyncError"),
            schedule: json.string("schedule"),
            description: json.string("description"),
            assignedAgents: json.records("assignedAgents"),
            knowledgeBaseIds: json.optionalStrings("knowledgeBaseIds") ?? json.string("knowledgeBaseId").map { [$0] } ?? [],
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// `lastSyncStatus` as a lenient enum; `nil` when the connector never synced.
    public var syncStatus: ConnectorRunStatus? { lastSyncStatus.map(ConnectorRunStatus.init(rawValue:)) }

    /// Whether the last sync failed outright (lists sort these first).
    public var isFailing: Bool { syncStatus?.isFailure ?? false }

    /// The first line of `lastSyncError`, trimmed; `nil` when there is none.
    public var lastSyncErrorLine: String? {
        guard let line = lastSyncError?.split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces),
            !line.isEmpty
        else { return nil }
        return line
    }
}
