import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/statistics/teams`.
    public func teamStatistics(timeframe: Timeframe) async throws -> [TeamStatistics] {
        try await list("/api/statistics/teams", query: Self.timeframeItems(timeframe))
    }

    /// `GET /api/statistics/agents`.
    public func agentStatistics(timeframe: Timeframe) async throws -> [AgentStatistics] {
        try await list("/api/statistics/agents", query: Self.timeframeItems(timeframe))
    }

    /// `GET /api/statistics/models`.
    public func modelStatistics(timeframe: Timeframe) async throws -> [ModelStatistics] {
        try await list("/api/statistics/models", query: Self.timeframeItems(timeframe))
    }

    /// `GET /api/statistics/overview`.
    public func overviewStatistics(timeframe: Timeframe) async throws -> OverviewStatistics {
        try await record("/api/statistics/overview", query: Self.timeframeItems(timeframe))
    }

    /// `GET /api/statistics/cost-savings`.
    public func costSavings(timeframe: Timeframe) async throws -> CostSavings {
        try await record("/api/statistics/cost-savings", query: Self.timeframeItems(timeframe))
    }

    /// `GET /api/statistics/llm-proxy`.
    public func llmProxyStatistics(timeframe: Timeframe, query: LLMProxyStatisticsQuery = .init()) async throws -> LLMProxyStatistics {
        try await record("/api/statistics/llm-proxy", query: Self.timeframeItems(timeframe) + query.queryItems)
    }

    static func timeframeItems(_ timeframe: Timeframe) -> [URLQueryItem] {
        [URLQueryItem(name: "timeframe", value: timeframe.rawValue)]
    }
}
