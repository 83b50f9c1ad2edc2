import Foundation
import ArchestraAPI

/// The agents pane: every agent type, including types this build does not know.
public enum AgentColumns {
    public static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 3, priority: 10),
        ColumnSpec("Type", min: 11, priority: 8),
        ColumnSpec("Scope", sort: "c", min: 8, priority: 7),
        ColumnSpec("Teams", sort: "e", min: 10, weight: 1, priority: 6),
        ColumnSpec("Tools", sort: "o", min: 5, priority: 3, right: true),
        ColumnSpec("Model", sort: "m", min: 12, weight: 1, priority: 2),
        ColumnSpec("Updated", min: 9, priority: 5, right: true),
    ]

    /// The server's `sortBy` for a column; the list spans pages, so only the server can sort it.
    public static func serverSortKey(column: Int) -> String? {
        switch column {
        case 0: "name"
        case 3: "team"
        case 4: "toolsCount"
        default: nil
        }
    }

    static func table(_ state: AppState) -> TableModel {
        let listing = state.agents.value
        let now = state.now
        let message = state.agents.value == nil ? "loading agents…" : "no agents match"
        return TableModel(columns: columns, virtualCount: listing?.total ?? 0, emptyMessage: message) { index in
            listing?.agent(at: index).map { row(for: $0, now: now) }
        }
    }

    public static func row(for agent: Agent, now: Date) -> ResourceRow {
        var type = agent.agentType.rawValue
        if agent.builtIn { type += " (built-in)" }
        let teams = agent.teams.map(\.name).joined(separator: ", ")
        let model = agent.resolvedLlmModelName ?? agent.llmModel ?? "-"
        return ResourceRow(
            id: agent.id,
            cells: [agent.name, type, agent.scope.rawValue, teams.isEmpty ? "-" : teams, String(agent.tools.count), model,
                    ResourceTables.age(agent.updatedAtDate, now: now)],
            sortKeys: [.text(agent.name.lowercased()), .text(type), .text(agent.scope.rawValue), .text(teams.lowercased()),
                       .number(Double(agent.tools.count)), .text(model), ResourceTables.dateKey(agent.updatedAtDate)],
            level: agent.agentType.isKnown ? .normal : .muted,
            detailTitle: "Agent \(agent.name)",
            detail: DetailBuilder.lines(for: agent.raw)
        )
    }
}
