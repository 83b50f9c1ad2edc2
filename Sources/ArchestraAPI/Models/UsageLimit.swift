import Foundation

/// A usage limit (`/api/limits`, API notes §8).
public struct UsageLimit: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    /// Empty raw value when the server sent none.
    public var entityType: LimitEntityType
    public var entityId: String
    /// Empty raw value when the server sent none.
    public var limitType: LimitType
    /// The threshold (a cost for `token_cost`, a call count otherwise).
    public var limitValue: Double
    public var mcpServerName: String?
    public var toolName: String?
    /// Models a `token_cost` limit covers; `nil` or empty means all models.
    public var model: [String]?
    public var cleanupInterval: CleanupInterval?
    public var lastCleanup: String? { didSet { lastCleanupDate = ISO8601.date(from: lastCleanup) } }
    /// `lastCleanup`, parsed once when decoding.
    public private(set) var lastCleanupDate: Date?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once when decoding.
    public private(set) var createdAtDate: Date?
    public var updatedAt: String? { didSet { updatedAtDate = ISO8601.date(from: updatedAt) } }
    /// `updatedAt`, parsed once when decoding.
    public private(set) var updatedAtDate: Date?
    public var labels: [Label]
    /// Current-window usage per model; `nil` when the server did not send it (create/update answers).
    public var modelUsage: [ModelUsage]?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, entityType: LimitEntityType = .organization, entityId: String = "",
        limitType: LimitType = .tokenCost, limitValue: Double = 0, mcpServerName: String? = nil,
        toolName: String? = nil, model: [String]? = nil, cleanupInterval: CleanupInterval? = nil,
        lastCleanup: String? = nil, createdAt: String? = nil, updatedAt: String? = nil,
        labels: [Label] = [], modelUsage: [ModelUsage]? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.entityType = entityType
        self.entityId = entityId
        self.limitType = limitType
        self.limitValue = limitValue
        self.mcpServerName = mcpServerName
        self.toolName = toolName
        self.model = model
        self.cleanupInterval = cleanupInterval
        self.lastCleanup = lastCleanup
        self.lastCleanupDate = ISO8601.date(from: lastCleanup)
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.updatedAt = updatedAt
        self.updatedAtDate = ISO8601.date(from: updatedAt)
        self.labels = labels
        self.modelUsage = modelUsage
        self.raw = raw
    }

    public init(json: JSONValue) throws {
        self.init(
            id: try json.requiredID(),
            entityType: LimitEntityType.read(json, "entityType") ?? LimitEntityType(rawValue: ""),
            entityId: json.string("entityId") ?? "",
            limitType: LimitType.read(json, "limitType") ?? LimitType(rawValue: ""),
            limitValue: json.double("limitValue") ?? 0,
            mcpServerName: json.string("mcpServerName"),
            toolName: json.string("toolName"),
            model: json.optionalStrings("model"),
            cleanupInterval: CleanupInterval.read(json, "cleanupInterval"),
            lastCleanup: json.string("lastCleanup"),
            createdAt: json.string("createdAt"),
            updatedAt: json.string("updatedAt"),
            labels: json.records("labels"),
            modelUsage: json["modelUsage"]?.arrayValue.map { LenientList<ModelUsage>($0).items },
            raw: json
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// Current spend: the sum of `modelUsage[].cost` for `token_cost` limits that report usage, else `nil`.
    public var usedCost: Double? {
        guard limitType == .tokenCost, let modelUsage else { return nil }
        return modelUsage.reduce(0) { $0 + $1.cost }
    }

    /// `usedCost / limitValue` (may exceed 1); `nil` without usage or with a non-positive limit.
    public var usedFraction: Double? {
        guard let usedCost, limitValue > 0 else { return nil }
        return usedCost / limitValue
    }

}

/// One model's usage in a limit's current window.
public struct ModelUsage: LenientDecodable, Decodable, Equatable {
    public var model: String
    public var tokensIn: Double
    public var tokensOut: Double
    public var cost: Double

    public init(model: String, tokensIn: Double = 0, tokensOut: Double = 0, cost: Double = 0) {
        self.model = model
        self.tokensIn = tokensIn
        self.tokensOut = tokensOut
        self.cost = cost
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a model usage record")
        self.init(
            model: json.string("model") ?? "", tokensIn: json.double("tokensIn") ?? 0,
            tokensOut: json.double("tokensOut") ?? 0, cost: json.double("cost") ?? 0
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
