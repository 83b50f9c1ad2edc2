import Foundation
import ArchestraAPI

extension Pane {
    public static let overview = Pane("overview")
}

/// Pane 1: totals for the timeframe, savings, live rates, charts over time and every usage limit.
/// It has its own view (no table).
public enum OverviewResource {
    static let description = ResourceDescription(
        pane: .overview, title: "Overview", shortTitle: "Overview", commands: ["overview", "o"], group: .observation,
        // The LLM metrics give the p95 latency and error % beside the live request rate.
        tabs: [
            ResourceTab(sources: [
                Sources.overview.erased, Sources.costSavings.erased, Sources.proxyStats.erased,
                MetricsSources.live(.models).erased,
            ])
        ],
        usesTimeframe: true,
        // Team and agent series feed the limit forecasts of the gauges.
        background: [Sources.teamStats.erased, Sources.agentStats.erased, Sources.people.erased],
        lookups: [LimitsResource.agentNames.erased])
}
