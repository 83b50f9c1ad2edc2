import Foundation
import ArchestraAPI

/// Statistics read by several panes, all for the selected timeframe.
extension Sources {
    public static let overview = SourceDescription<Timeframe, OverviewStatistics, OverviewStatistics>(
        statistics: "overview", label: "overview statistics",
        fetch: { client, timeframe in try await client.overviewStatistics(timeframe: timeframe) })

    public static let costSavings = SourceDescription<Timeframe, CostSavings, CostSavings>(
        statistics: "costSavings", label: "cost savings", cadence: .every(60),
        fetch: { client, timeframe in try await client.costSavings(timeframe: timeframe) })

    /// LLM-proxy traffic: polled every refresh interval because the overview's live rates come from
    /// what its newest buckets gain between polls.
    public static let proxyStats = SourceDescription<Timeframe, LLMProxyStatistics, LLMProxyStatistics>(
        statistics: "proxyStats", label: "LLM proxy statistics", cadence: .refresh,
        fetch: { client, timeframe in try await client.llmProxyStatistics(timeframe: timeframe) })

    public static let teamStats = SourceDescription<Timeframe, [TeamStatistics], [TeamStatistics]>(
        statistics: "teamStats", label: "team statistics",
        fetch: { client, timeframe in try await client.teamStatistics(timeframe: timeframe) })

    public static let agentStats = SourceDescription<Timeframe, [AgentStatistics], [AgentStatistics]>(
        statistics: "agentStats", label: "agent statistics",
        fetch: { client, timeframe in try await client.agentStatistics(timeframe: timeframe) })

    /// The most active people of the timeframe, with their names and series.
    public static let userStats = SourceDescription<Timeframe, [UserStatistics], [UserStatistics]>(
        statistics: "userStats", label: "user statistics",
        fetch: { client, timeframe in
            try await client.userStatistics(
                timeframe: timeframe,
                query: UserStatisticsQuery(limit: 100, includeTimeSeries: true)
            ).data
        })

    public static let modelStats = SourceDescription<Timeframe, [ModelStatistics], [ModelStatistics]>(
        statistics: "modelStats", label: "model statistics",
        fetch: { client, timeframe in try await client.modelStatistics(timeframe: timeframe) })
}

extension AppState {
    /// LLM model names seen in the model statistics and in usage limits, sorted: what forms offer
    /// where a model is typed.
    public var knownModels: [String] {
        var models = Set((modelStats.value ?? []).map(\.model))
        for limit in limits.value ?? [] {
            (limit.model ?? []).forEach { models.insert($0) }
            (limit.modelUsage ?? []).forEach { models.insert($0.model) }
        }
        return models.sorted()
    }

    public var overview: Loadable<OverviewStatistics> {
        get { self[Sources.overview] }
        set { self[Sources.overview] = newValue }
    }
    public var costSavings: Loadable<CostSavings> {
        get { self[Sources.costSavings] }
        set { self[Sources.costSavings] = newValue }
    }
    public var proxyStats: Loadable<LLMProxyStatistics> {
        get { self[Sources.proxyStats] }
        set { self[Sources.proxyStats] = newValue }
    }
    public var teamStats: Loadable<[TeamStatistics]> {
        get { self[Sources.teamStats] }
        set { self[Sources.teamStats] = newValue }
    }
    public var agentStats: Loadable<[AgentStatistics]> {
        get { self[Sources.agentStats] }
        set { self[Sources.agentStats] = newValue }
    }
    public var modelStats: Loadable<[ModelStatistics]> {
        get { self[Sources.modelStats] }
        set { self[Sources.modelStats] = newValue }
    }
}
