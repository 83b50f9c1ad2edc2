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
    /// Cron expression.
    public var schedule: String?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, name: String = "", connectorType: String? = nil, enabled: Bool = false,
        lastSyncAt: String? = nil, lastSyncStatus: String? = nil, lastSyncError: String? = nil,
        schedule: String? = nil, raw: JSONValue = .null
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
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

}
