import Foundation
import ArchestraAPI

/// The MCP gateways pane (gateways are agents of type `mcp_gateway`).
enum GatewayColumns {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 18, weight: 3, priority: 10),
        ColumnSpec("Kind", min: 10, priority: 9),
        ColumnSpec("Scope", sort: "c", min: 8, priority: 7),
        ColumnSpec("Teams", min: 10, weight: 1, priority: 5),
        ColumnSpec("Tools", sort: "o", min: 5, priority: 6, right: true),
        ColumnSpec("Slug", sort: "l", min: 12, weight: 1, priority: 3),
        ColumnSpec("Updated", min: 9, priority: 4, right: true),
    ]

    static func kind(_ agent: Agent) -> String {
        if agent.isDefault { return "default" }
        if agent.isPersonalGateway { return "personal" }
        return "shared"
    }

    static func table(_ state: AppState) -> TableModel {
        let rows = (state.gateways.value ?? []).map { gateway -> ResourceRow in
            let teams = gateway.teams.map(\.name).joined(separator: ", ")
            return ResourceRow(
                id: gateway.id,
                cells: [gateway.name, kind(gateway), gateway.scope.rawValue, teams.isEmpty ? "-" : teams,
                        String(gateway.tools.count), gateway.slug ?? "-", ResourceTables.age(gateway.updatedAtDate, now: state.now)],
                sortKeys: [.text(gateway.name.lowercased()), .text(kind(gateway)), .text(gateway.scope.rawValue), .text(teams),
                           .number(Double(gateway.tools.count)), .text(gateway.slug ?? ""), ResourceTables.dateKey(gateway.updatedAtDate)],
                level: .normal,
                detailTitle: "MCP gateway \(gateway.name)",
                detail: DetailBuilder.lines(for: gateway.raw))
        }
        return TableModel(columns: columns, rows: rows,
                          emptyMessage: state.gateways.value == nil ? "loading MCP gateways…" : "no MCP gateways")
    }
}
