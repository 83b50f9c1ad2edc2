import Foundation

/// `GET /health`: liveness.
public struct Health: LenientDecodable, Decodable, Equatable {
    public var name: String?
    /// `"ok"` when alive.
    public var status: String?
    /// The platform version, e.g. `1.4.0-beta.1`.
    public var version: String?

    public init(name: String? = nil, status: String? = nil, version: String? = nil) {
        self.name = name
        self.status = status
        self.version = version
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a health report")
        self.init(name: json.string("name"), status: json.string("status"), version: json.string("version"))
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    public var isOK: Bool { status == "ok" }
}

/// `GET /ready`: readiness. A 503 answer decodes to this too, with `status == "degraded"`.
public struct Readiness: LenientDecodable, Decodable, Equatable {
    public var name: String?
    /// `ok`, `maintenance` or `degraded`.
    public var status: String?
    public var version: String?
    /// `connected`, `not_checked` or `disconnected`.
    public var database: String?
    /// `ready`, `initializing`, `disabled` or `unreachable`; absent when degraded.
    public var sandbox: String?
    public var sandboxReason: String?

    public init(
        name: String? = nil, status: String? = nil, version: String? = nil,
        database: String? = nil, sandbox: String? = nil, sandboxReason: String? = nil
    ) {
        self.name = name
        self.status = status
        self.version = version
        self.database = database
        self.sandbox = sandbox
        self.sandboxReason = sandboxReason
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a readiness report")
        self.init(
            name: json.string("name"), status: json.string("status"), version: json.string("version"),
            database: json.string("database"), sandbox: json.string("sandbox"),
            sandboxReason: json.string("sandboxReason")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    public var isReady: Bool { status == "ok" }
}
