import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let overview = Pane("overview")
}

extension ViewID {
    public static let overview = ViewID("overview")
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
        body: .custom(.overview, export: export),
        usesTimeframe: true,
        // Team and agent series feed the limit forecasts of the gauges; the knowledge line its figures.
        background: [Sources.teamStats.erased, Sources.agentStats.erased, Sources.people.erased] + knowledgeSources,
        lookups: [LimitsResource.agentNames.erased],
        // The refusals of the last hour, beside the error rate.
        slice: sliceReducer, showsWatches: [Refusals.source.id])

    /// What `snapshot` prints for the overview: the totals of the timeframe and every limit.
    @Sendable static func export(_ state: AppState) -> TableExport {
        var figures: [[String]] = []
        if let overview = state.overview.value {
            figures.append(["requests", String(format: "%.0f", Double(overview.totalRequests))])
            figures.append(["tokens", String(format: "%.0f", Double(overview.totalTokens))])
            figures.append(["cost", String(format: "%.2f", overview.totalCost)])
        }
        var exact = figures
        for limit in state.limitFigures {
            let label = "limit \(limit.entityName) \(limit.typeLabel)"
            let shown = limit.fraction.map { (NumberFormat.percentDigits($0, decimals: 1) ?? String(format: "%.1f", $0 * 100)) + "%" }
            figures.append([label, shown ?? "n/a"])
            exact.append([label, limit.fraction.map { NumberFormat.exactPercent($0) + "%" } ?? "n/a"])
        }
        return TableExport(name: "overview", columns: ["figure", "value"], rows: figures, exactRows: exact)
    }
}
