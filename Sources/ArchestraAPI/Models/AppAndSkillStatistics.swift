import Foundation

/// A row of `GET /api/statistics/apps`: what building and running an app cost against chat.
public struct AppStatistics: LenientDecodable, Equatable {
    public var appId: String
    public var appName: String
    public var authorName: String?
    public var buildCost: Double
    public var runtimeCost: Double
    public var runs: Double
    public var toolCalls: Double
    public var estimatedChatEquivalentCost: Double
    public var estimatedNetSavings: Double

    public init(json: JSONValue) throws {
        appId = try json.requiredID("appId")
        appName = json.string("appName") ?? ""
        authorName = json.string("authorName")
        buildCost = json.double("buildCost") ?? 0
        runtimeCost = json.double("runtimeCost") ?? 0
        runs = json.double("runs") ?? 0
        toolCalls = json.double("toolCalls") ?? 0
        estimatedChatEquivalentCost = json.double("estimatedChatEquivalentCost") ?? 0
        estimatedNetSavings = json.double("estimatedNetSavings") ?? 0
    }
}

/// `GET /api/statistics/apps`: a page of apps plus the chat baseline they are compared with.
public struct AppStatisticsPage: LenientDecodable, Equatable {
    public var page: Page<AppStatistics>
    public var chatBaselineCostPerSession: Double
    public var chatBaselineSessions: Double

    public init(json: JSONValue) throws {
        page = try Page(envelope: json)
        chatBaselineCostPerSession = json.double("chatBaselineCostPerSession") ?? 0
        chatBaselineSessions = json.double("chatBaselineSessions") ?? 0
    }
}

/// A row of `GET /api/statistics/skills`.
public struct SkillStatistics: LenientDecodable, Equatable {
    public var skillId: String
    public var skillName: String
    public var activations: Double
    public var distinctUsers: Double
    public var contextTokens: Double
    public var attributedCost: Double
    public var lastActivatedAt: String?

    public init(json: JSONValue) throws {
        skillId = try json.requiredID("skillId")
        skillName = json.string("skillName") ?? ""
        activations = json.double("activations") ?? 0
        distinctUsers = json.double("distinctUsers") ?? 0
        contextTokens = json.double("contextTokens") ?? 0
        attributedCost = json.double("attributedCost") ?? 0
        lastActivatedAt = json.string("lastActivatedAt")
    }
}
