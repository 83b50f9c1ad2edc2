import Foundation

/// The status of a connector run and a connector's `lastSyncStatus` (API addendum §4; contract §6).
public struct ConnectorRunStatus: LenientEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let queued = ConnectorRunStatus(rawValue: "queued")
    /// The sync endpoint's answer on older builds (`{status: "enqueued"}`).
    public static let enqueued = ConnectorRunStatus(rawValue: "enqueued")
    public static let running = ConnectorRunStatus(rawValue: "running")
    public static let success = ConnectorRunStatus(rawValue: "success")
    public static let completedWithErrors = ConnectorRunStatus(rawValue: "completed_with_errors")
    public static let noDocuments = ConnectorRunStatus(rawValue: "no_documents")
    public static let failed = ConnectorRunStatus(rawValue: "failed")
    public static let partial = ConnectorRunStatus(rawValue: "partial")
    public static let cancelled = ConnectorRunStatus(rawValue: "cancelled")
    public static let superseded = ConnectorRunStatus(rawValue: "superseded")

    public static let knownValues: [ConnectorRunStatus] = [
        .queued, .enqueued, .running, .success, .completedWithErrors, .noDocuments, .failed, .partial, .cancelled, .superseded,
    ]

    /// Still waiting or working: a follow-up poll will see it change.
    public var isInProgress: Bool { self == .queued || self == .enqueued || self == .running }

    /// Ended (any known end state, or a value this client does not know, which it cannot follow).
    public var isSettled: Bool { !isInProgress }

    /// Ended without a usable result.
    public var isFailure: Bool { self == .failed }

    /// Ended with a result but some items failed.
    public var hasErrors: Bool { self == .completedWithErrors || self == .partial }
}

/// One run of a connector (`GET /api/connectors/{id}/runs`; `logs` only from `…/runs/{runId}`).
public struct ConnectorRun: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var connectorId: String
    /// Empty when the server does not say.
    public var status: ConnectorRunStatus
    /// Newer servers: `content` or `permission`.
    public var runType: String?
    public var startedAt: String? { didSet { startedAtDate = ISO8601.date(from: startedAt) } }
    public private(set) var startedAtDate: Date?
    public var completedAt: String? { didSet { completedAtDate = ISO8601.date(from: completedAt) } }
    public private(set) var completedAtDate: Date?
    public var documentsProcessed: Int
    public var documentsIngested: Int
    public var totalItems: Int?
    public var itemErrors: Int
    public var itemsSkipped: Int
    public var error: String?
    /// Single-run reads only.
    public var logs: String?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, connectorId: String = "", status: ConnectorRunStatus = .init(rawValue: ""), runType: String? = nil,
        startedAt: String? = nil, completedAt: String? = nil, documentsProcessed: Int = 0, documentsIngested: Int = 0,
        totalItems: Int? = nil, itemErrors: Int = 0, itemsSkipped: Int = 0, error: String? = nil, logs: String? = nil,
        raw: JSONValue = .null
    ) {
        self.id = id
        self.connectorId = connectorId
        self.status = status
        self.runType = runType
        self.startedAt = startedAt
        self.startedAtDate = ISO8601.date(from: startedAt)
        self.completedAt = completedAt
        self.completedAtDate = ISO8601.date(from: completedAt)
        self.documentsProcessed = documentsProcessed
        self.documentsIngested = documentsIngested
        self.totalItems = totalItems
        self.itemErrors = itemErrors
        self.itemsSkipped = itemsSkipped
        self.error = error
        self.logs = logs
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(), connectorId: json.string("connectorId") ?? "",
            status: ConnectorRunStatus(rawValue: json.string("status") ?? ""), runType: json.string("runType"),
            startedAt: json.string("startedAt"), completedAt: json.string("completedAt"),
            documentsProcessed: json.int("documentsProcessed") ?? 0, documentsIngested: json.int("documentsIngested") ?? 0,
            totalItems: json.int("totalItems"), itemErrors: json.int("itemErrors") ?? 0, itemsSkipped: json.int("itemsSkipped") ?? 0,
            error: json.string("error"), logs: json.string("logs"), raw: json)
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// From start to completion, or to `now` while the run is in progress; `nil` without a start.
    public func duration(now: Date) -> TimeInterval? {
        guard let start = startedAtDate else { return nil }
        return max(0, (completedAtDate ?? now).timeIntervalSince(start))
    }
}

/// A page of runs with the newer `queued: {content, permission}` block.
public struct ConnectorRunPage: Sendable, Equatable {
    public var page: Page<ConnectorRun>
    /// Whether a content / permission sync waits in the queue; `nil` when the server does not say.
    public var queuedContent: Bool?
    public var queuedPermission: Bool?

    public init(page: Page<ConnectorRun>, queuedContent: Bool? = nil, queuedPermission: Bool? = nil) {
        self.page = page
        self.queuedContent = queuedContent
        self.queuedPermission = queuedPermission
    }

    public init(json: JSONValue) throws {
        self.init(
            page: try Page<ConnectorRun>(envelopeOrArray: json), queuedContent: json["queued"]?.bool("content"),
            queuedPermission: json["queued"]?.bool("permission"))
    }
}

/// The answer of `POST /api/connectors/{id}/sync`: `{taskId, status}` (`enqueued` on older builds;
/// newer ones may say `queued`, UNCONFIRMED).
public struct ConnectorSyncStarted: LenientDecodable, Equatable {
    public var taskId: String?
    public var status: ConnectorRunStatus

    public init(taskId: String? = nil, status: ConnectorRunStatus) {
        self.taskId = taskId
        self.status = status
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a sync answer")
        self.init(taskId: json.string("taskId"), status: ConnectorRunStatus(rawValue: json.string("status") ?? ""))
    }
}

/// Which knowledge bases each connector feeds, read from the knowledge bases' `connectors` lists
/// (the connector rows do not say).
public enum ConnectorKnowledgeBases {
    /// Connector id → the knowledge bases that list it, in list order.
    public static func byConnector(_ knowledgeBases: [KnowledgeBase]) -> [String: [KnowledgeBase]] {
        var index: [String: [KnowledgeBase]] = [:]
        for knowledgeBase in knowledgeBases {
            for connector in knowledgeBase.connectors where index[connector.id]?.contains(where: { $0.id == knowledgeBase.id }) != true {
                index[connector.id, default: []].append(knowledgeBase)
            }
        }
        return index
    }
}
