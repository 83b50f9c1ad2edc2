import Foundation

/// A model's share of someone's usage (`models[]` of `/api/statistics/users` and `/me`).
public struct ModelMix: LenientDecodable, Equatable {
    public var model: String
    public var requests: Double
    public var totalTokens: Double
    /// 0–100 (scale UNCONFIRMED in the contract).
    public var percentage: Double
    public var billedCost: Double
    public var subscriptionCost: Double

    public init(json: JSONValue) throws {
        try json.requireObject("a model mix row")
        model = json.string("model") ?? ""
        requests = json.double("requests") ?? 0
        totalTokens = json.double("totalTokens") ?? 0
        percentage = json.double("percentage") ?? 0
        billedCost = json.double("billedCost") ?? 0
        subscriptionCost = json.double("subscriptionCost") ?? 0
    }
}

/// One person's usage: a row of `GET /api/statistics/users`, or the whole of `GET /api/statistics/me`
/// (which has no user fields).
public struct UserStatistics: LenientDecodable, Equatable {
    public var userId: String?
    public var userName: String?
    public var userEmail: String?
    public var requests: Double
    public var inputTokens: Double
    public var outputTokens: Double
    public var cacheReadTokens: Double
    public var totalTokens: Double
    public var billedCost: Double
    public var subscriptionCost: Double
    public var activeDays: Double
    public var lastActiveAt: String?
    public var models: [ModelMix]
    public var timeSeries: [TimeSeriesPoint]

    public init(json: JSONValue) throws {
        try json.requireObject("a user statistics record")
        userId = json.string("userId")
        userName = json.string("userName")
        userEmail = json.string("userEmail")
        requests = json.double("requests") ?? 0
        inputTokens = json.double("inputTokens") ?? 0
        outputTokens = json.double("outputTokens") ?? 0
        cacheReadTokens = json.double("cacheReadTokens") ?? 0
        totalTokens = json.double("totalTokens") ?? 0
        billedCost = json.double("billedCost") ?? 0
        subscriptionCost = json.double("subscriptionCost") ?? 0
        activeDays = json.double("activeDays") ?? 0
        lastActiveAt = json.string("lastActiveAt")
        models = json.records("models")
        timeSeries = json.records("timeSeries")
    }
}
