import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let stats = Pane("stats")
}

/// The statistics pane shows one grouping at a time.
public enum StatsTab: String, Sendable, Equatable, CaseIterable {
    case teams, agents, models, users

    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// Pane 8: statistics by team, by agent or by model, each row with a sparkline.
public enum StatisticsResource {
    static let description = ResourceDescription(
        pane: .stats, title: "Statistics", shortTitle: "Stats", commands: ["stats", "s"], group: .observation,
        tabs: [
            ResourceTab("teams", sources: [Sources.teamStats.erased], table: { table($0, tab: .teams) }),
            ResourceTab("agents", sources: [Sources.agentStats.erased], table: { table($0, tab: .agents) }),
            ResourceTab("models", sources: [Sources.modelStats.erased], table: { table($0, tab: .models) }),
            ResourceTab("users", sources: [Sources.userStats.erased], table: { table($0, tab: .users) }),
        ],
        usesTimeframe: true)

    static func columns(_ tab: StatsTab) -> [ColumnSpec] {
        let name: String =
            switch tab {
            case .teams: "Team"
            case .agents: "Agent"
            case .models: "Model"
            case .users: "User"
            }
        return [
            ColumnSpec(name, sort: "n", min: 16, weight: 2, priority: 10),
            ColumnSpec("Requests", sort: "r", min: 8, priority: 9, right: true),
            ColumnSpec("Tokens", sort: "t", min: 8, priority: 7, right: true),
            ColumnSpec("Cost", sort: "c", min: 9, priority: 9, right: true),
            ColumnSpec(
                extraTitle(tab), sort: "s", min: 7, weight: tab == .users ? 1 : 0, priority: 4, right: tab == .models || tab == .teams),
            ColumnSpec("Trend", sort: "e", min: 10, weight: 3, priority: 8, kind: .sparkline),
        ]
    }

    static func extraTitle(_ tab: StatsTab) -> String {
        switch tab {
        case .teams: "Members"
        case .agents: "Team"
        case .models: "Share"
        case .users: "Email"
        }
    }

    static func table(_ state: AppState, tab: StatsTab) -> TableModel {
        let rows: [ResourceRow]
        let loaded: Bool
        switch tab {
        case .teams:
            loaded = state.teamStats.value != nil
            rows = (state.teamStats.value ?? []).map { team in
                row(
                    id: team.teamId, name: team.teamName, requests: team.requests, tokens: team.inputTokens + team.outputTokens,
                    cost: team.cost, extra: String(Int(team.members)), series: team.timeSeries.map(\.value))
            }
        case .agents:
            loaded = state.agentStats.value != nil
            rows = (state.agentStats.value ?? []).map { agent in
                row(
                    id: agent.agentId, name: agent.agentName, requests: agent.requests, tokens: agent.inputTokens + agent.outputTokens,
                    cost: agent.cost, extra: agent.teamName.isEmpty ? "-" : agent.teamName, series: agent.timeSeries.map(\.value))
            }
        case .models:
            loaded = state.modelStats.value != nil
            rows = (state.modelStats.value ?? []).map { model in
                row(
                    id: model.model, name: model.model, requests: model.requests, tokens: model.inputTokens + model.outputTokens,
                    cost: model.cost, extra: NumberFormat.percent(model.percentage / 100), series: model.timeSeries.map(\.value))
            }
        case .users:
            loaded = state.userStats.value != nil
            rows = (state.userStats.value ?? []).map { person in
                let id = person.userId ?? ""
                return row(
                    id: id, name: person.userName ?? person.userEmail ?? state.personLabel(id), requests: person.requests,
                    tokens: person.totalTokens, cost: person.billedCost + person.subscriptionCost, extra: person.userEmail ?? "-",
                    series: person.timeSeries.map(\.value))
            }
        }
        let sorted = rows.sorted { ($0.sortKeys[3]) > ($1.sortKeys[3]) }
        return TableModel(
            columns: columns(tab), rows: sorted,
            emptyMessage: loaded ? "no traffic in this timeframe" : "loading statistics…")
    }

    static func row(
        id: String, name: String, requests: Double, tokens: Double, cost: Double, extra: String,
        series: [Double]
    ) -> ResourceRow {
        ResourceRow(
            id: id,
            cells: [name, NumberFormat.compact(requests), NumberFormat.compact(tokens), NumberFormat.money(cost), extra, ""],
            sortKeys: [
                .text(name.lowercased()), .number(requests), .number(tokens), .number(cost), .text(extra), .number(series.last ?? 0),
            ],
            series: series,
            detailTitle: name,
            detail: detailLines(id: id, name: name, requests: requests, tokens: tokens, cost: cost, series: series))
    }

    static func detailLines(
        id: String, name: String, requests: Double, tokens: Double, cost: Double,
        series: [Double]
    ) -> [DetailLine] {
        var detail = [
            DetailLine(depth: 0, key: "name", value: name),
            DetailLine(depth: 0, key: "id", value: id),
            DetailLine(depth: 0, key: "requests", value: NumberFormat.compact(requests)),
            DetailLine(depth: 0, key: "tokens", value: NumberFormat.compact(tokens)),
            DetailLine(depth: 0, key: "cost", value: NumberFormat.money(cost)),
            DetailLine(depth: 0, key: "time series", value: "\(series.count) buckets", emphasis: .heading),
        ]
        detail += series.enumerated().map { DetailLine(depth: 1, key: "[\($0.offset)]", value: String($0.element)) }
        return detail
    }
}

extension AppState {
    public var userStats: Loadable<[UserStatistics]> {
        get { self[Sources.userStats] }
        set { self[Sources.userStats] = newValue }
    }
}

extension UIState {
    /// The statistics pane's tab, typed.
    public var statsTab: StatsTab {
        get { StatsTab.allCases.indices.contains(tab(of: .stats)) ? StatsTab.allCases[tab(of: .stats)] : .teams }
        set { tabs[.stats] = newValue.index }
    }
}
