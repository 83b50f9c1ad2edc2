import Foundation

/// An installed MCP server (`/api/mcp_server`, API notes §4.1).
public struct MCPServer: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var catalogId: String?
    public var catalogName: String?
    /// Empty raw value when the server sent none.
    public var serverType: ServerType
    /// Empty raw value when the server sent none.
    public var scope: AgentScope
    public var ownerEmail: String?
    /// The owning team's name, from `teamDetails.name`.
    public var teamName: String?
    public var reinstallRequired: Bool
    /// `new-input` or `restart`.
    public var reinstallReason: String?
    /// Empty raw value when the server sent none.
    public var localInstallationStatus: InstallationState
    public var localInstallationError: String?
    /// `refresh_failed` or `no_refresh_token`; `nil` when healthy.
    public var oauthRefreshError: String?
    public var oauthRefreshErrorMessage: String?
    public var lastUsedAt: String? { didSet { lastUsedAtDate = ISO8601.date(from: lastUsedAt) } }
    /// `lastUsedAt`, parsed once when decoding.
    public private(set) var lastUsedAtDate: Date?
    /// `inherit`, `enabled` or `disabled`.
    public var hibernationMode: String?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    public var updatedAt: String? { didSet { updatedAtDate = ISO8601.date(from: updatedAt) } }
    /// `updatedAt`, parsed once when decoding.
    public private(set) var updatedAtDate: Date?
    public var assignedAgents: [AgentRef]
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String,
        name: String = "",
        catalogId: String? = nil,
        catalogName: String? = nil,
        serverType: ServerType = .local,
        scope: AgentScope = .org,
        ownerEmail: String? = nil,
        teamName: String? = nil,
        reinstallRequired: Bool = false,
        reinstallReason: String? = nil,
        localInstallationStatus: InstallationState = .success,
        localInstallationError: String? = nil,
        oauthRefreshError: String? = nil,
        oauthRefreshErrorMessage: String? = nil,
        lastUsedAt: String? = nil,
        hibernationMode: String? = nil,
        createdAt: String? = nil,
        updatedAt: String? = nil,
        assignedAgents: [AgentRef] = [],
        raw: JSONValue = .null
    ) {
        self.id = id
        self.name = name
        self.catalogId = catalogId
        self.catalogName = catalogName
        self.serverType = serverType
        self.scope = scope
        self.ownerEmail = ownerEmail
        self.teamName = teamName
        self.reinstallRequired = reinstallRequired
        self.reinstallReason = reinstallReason
        self.localInstallationStatus = localInstallationStatus
        self.localInstallationError = localInstallationError
        self.oauthRefreshError = oauthRefreshError
        self.oauthRefreshErrorMessage = oauthRefreshErrorMessage
        self.lastUsedAt = lastUsedAt
        self.lastUsedAtDate = ISO8601.date(from: lastUsedAt)
        self.hibernationMode = hibernationMode
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.updatedAt = updatedAt
        self.updatedAtDate = ISO8601.date(from: updatedAt)
        self.assignedAgents = assignedAgents
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            name: json.string("name") ?? "",
            catalogId: json.string("catalogId"),
            catalogName: json.string("catalogName"),
            serverType: ServerType.read(json, "serverType") ?? ServerType(rawValue: ""),
            scope: AgentScope.read(json, "scope") ?? AgentScope(rawValue: ""),
            ownerEmail: json.string("ownerEmail"),
            teamName: json["teamDetails"]?.string("name"),
            reinstallRequired: json.bool("reinstallRequired") ?? false,
            reinstallReason: json.string("reinstallReason"),
            localInstallationStatus: InstallationState.read(json, "localInstallationStatus") ?? InstallationState(rawValue: ""),
            localInstallationError: json.string("localInstallationError"),
            oauthRefreshError: json.string("oauthRefreshError"),
            oauthRefreshErrorMessage: json.string("oauthRefreshErrorMessage"),
            lastUsedAt: json.string("lastUsedAt"),
            hibernationMode: json.string("hibernationMode"),
            createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"),
            assignedAgents: json.records("assignedAgents"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// Whether something needs a person: failed install, OAuth refresh failure or reinstall required.
    public var needsAttention: Bool {
        localInstallationStatus == .error || oauthRefreshError != nil || reinstallRequired
    }
}

/// `GET /api/mcp_server/{id}/installation-status`.
public struct InstallationStatus: LenientDecodable, Decodable, Equatable {
    /// Empty raw value when the server sent none.
    public var localInstallationStatus: InstallationState
    public var localInstallationError: String?
    /// The whole record as received (newer servers may add fields).
    public var raw: JSONValue

    public init(localInstallationStatus: InstallationState, localInstallationError: String? = nil, raw: JSONValue = .null) {
        self.localInstallationStatus = localInstallationStatus
        self.localInstallationError = localInstallationError
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        try json.requireObject("an installation status")
        self.init(
            localInstallationStatus: InstallationState.read(json, "localInstallationStatus") ?? InstallationState(rawValue: ""),
            localInstallationError: json.string("localInstallationError"),
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
