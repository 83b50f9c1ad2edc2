import Foundation

// Counts and costs are all `Double`: token totals can exceed what a display wants to
// treat as Int, and the server may send either integers or floats.

/// One row of `GET /api/statistics/teams`.
public struct TeamStatistics: LenientDecodable, Decodable, Equatable {
    public var teamId: String
    public var teamName: String
    public var members: Double
    public var agents: Double
    public var requests: Double
    public var inputTokens: Double
    public var outputTokens: Double
    public var cost: Double
    /// Cost per bucket (UNCONFIRMED in the contract).
    public var timeSeries: [TimeSeriesPoint]

    public init(
        teamId: String, teamName: String = "", members: Double = 0, agents: Double = 0, requests: Double = 0,
        inputTokens: Double = 0, outputTokens: Double = 0, cost: Double = 0, timeSeries: [TimeSeriesPoint] = []
    ) {
        self.teamId = teamId
        self.teamName = teamName
        self.members = members
        self.agents = agents
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cost = cost
        self.timeSeries = timeSeries
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a team statistics row")
        self.init(
            teamId: json.string("teamId") ?? "", teamName: json.string("teamName") ?? "",
            members: json.double("members") ?? 0, agents: json.double("agents") ?? 0,
            requests: json.double("requests") ?? 0, inputTokens: json.double("inputTokens") ?? 0,
            outputTokens: json.double("outputTokens") ?? 0, cost: json.double("cost") ?? 0,
            timeSeries: json.records("timeSeries")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// One row of `GET /api/statistics/agents`.
public struct AgentStatistics: LenientDecodable, Decodable, Equatable {
    public var agentId: String
    public var agentName: String
    /// As sent, e.g. `agent`, `llm_proxy`.
    public var agentType: String
    /// Empty for agents without a team.
    public var teamName: String
    public var requests: Double
    public var inputTokens: Double
    public var outputTokens: Double
    public var cacheReadTokens: Double
    public var cost: Double
    public var timeSeries: [TimeSeriesPoint]

    public init(
        agentId: String, agentName: String = "", agentType: String = "", teamName: String = "",
        requests: Double = 0, inputTokens: Double = 0, outputTokens: Double = 0, cacheReadTokens: Double = 0,
        cost: Double = 0, timeSeries: [TimeSeriesPoint] = []
    ) {
        self.agentId = agentId
        self.agentName = agentName
        self.agentType = agentType
        self.teamName = teamName
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cost = cost
        self.timeSeries = timeSeries
    }

    public init(json: JSONValue) throws {
        try json.requireObject("an agent statistics row")
        self.init(
            agentId: json.string("agentId") ?? "", agentName: json.string("agentName") ?? "",
            agentType: json.string("agentType") ?? "", teamName: json.string("teamName") ?? "",
            requests: json.double("requests") ?? 0, inputTokens: json.double("inputTokens") ?? 0,
            outputTokens: json.double("outputTokens") ?? 0, cacheReadTokens: json.double("cacheReadTokens") ?? 0,
            cost: json.double("cost") ?? 0, timeSeries: json.records("timeSeries")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// One row of `GET /api/statistics/models`.
public struct ModelStatistics: LenientDecodable, Decodable, Equatable {
    public var model: String
    public var requests: Double
    public var inputTokens: Double
    public var outputTokens: Double
    public var cacheReadTokens: Double
    public var cost: Double
    /// Share of cost, 0–100 (UNCONFIRMED scale).
    public var percentage: Double
    public var timeSeries: [TimeSeriesPoint]

    public init(
        model: String, requests: Double = 0, inputTokens: Double = 0, outputTokens: Double = 0,
        cacheReadTokens: Double = 0, cost: Double = 0, percentage: Double = 0, timeSeries: [TimeSeriesPoint] = []
    ) {
        self.model = model
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cost = cost
        self.percentage = percentage
        self.timeSeries = timeSeries
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a model statistics row")
        self.init(
            model: json.string("model") ?? "", requests: json.double("requests") ?? 0,
            inputTokens: json.double("inputTokens") ?? 0, outputTokens: json.double("outputTokens") ?? 0,
            cacheReadTokens: json.double("cacheReadTokens") ?? 0, cost: json.double("cost") ?? 0,
            percentage: json.double("percentage") ?? 0, timeSeries: json.records("timeSeries")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// `GET /api/statistics/overview`.
public struct OverviewStatistics: LenientDecodable, Decodable, Equatable {
    public var totalRequests: Double
    public var totalTokens: Double
    public var totalCost: Double
    /// Names, not ids.
    public var topTeam: String?
    public var topAgent: String?
    public var topModel: String?

    public init(
        totalRequests: Double = 0, totalTokens: Double = 0, totalCost: Double = 0,
        topTeam: String? = nil, topAgent: String? = nil, topModel: String? = nil
    ) {
        self.totalRequests = totalRequests
        self.totalTokens = totalTokens
        self.totalCost = totalCost
        self.topTeam = topTeam
        self.topAgent = topAgent
        self.topModel = topModel
    }

    public init(json: JSONValue) throws {
        try json.requireObject("the statistics overview")
        self.init(
            totalRequests: json.double("totalRequests") ?? 0, totalTokens: json.double("totalTokens") ?? 0,
            totalCost: json.double("totalCost") ?? 0, topTeam: json.string("topTeam"),
            topAgent: json.string("topAgent"), topModel: json.string("topModel")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
