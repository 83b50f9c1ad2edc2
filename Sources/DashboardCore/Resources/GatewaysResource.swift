import Foundation
import ArchestraAPI

extension Pane {
    public static let gateways = Pane("gateways")
}

/// Pane 3: MCP gateways, which are agents of type `mcp_gateway`. Personal gateways make this list
/// as long as the organisation, so it is paged like the agents: filter and sort go to the server.
public enum GatewaysResource {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 18, weight: 3, priority: 10),
        ColumnSpec("Kind", min: 10, priority: 9),
        ColumnSpec("Scope", sort: "c", min: 8, priority: 7),
        ColumnSpec("Teams", min: 10, weight: 1, priority: 5),
        ColumnSpec("Tools", sort: "o", min: 5, priority: 6, right: true),
        ColumnSpec("Slug", sort: "l", min: 12, weight: 1, priority: 3),
        ColumnSpec("Updated", min: 9, priority: 4, right: true),
    ]

    static let serverSort = [0: "name", 3: "team", 4: "toolsCount"]

    public static let source = PagedAgents.source(
        "gateways", label: "MCP gateways", pane: .gateways,
        agentType: .mcpGateway, serverSort: serverSort)

    static let description = ResourceDescription(
        pane: .gateways, title: "MCP Gateways", shortTitle: "Gateways", commands: ["gateways", "gw"],
        tabs: [
            ResourceTab(
                sources: [source.erased], table: table, serverSort: serverSort, hasTrash: true,
                actions: [.versions(), AgentEditor.restoreFromTrash(noun: "MCP gateway")], history: AgentEditor.history,
                editor: AgentEditor.editor(agentType: .mcpGateway, noun: "MCP gateway"))
        ],
        links: [AgentToolsResource.link("gateway"), LogsResource.link(noun: "gateway")])

    static func kind(_ agent: Agent) -> String {
        if agent.isDefault { return "default" }
        if agent.isPersonalGateway { return "personal" }
        return "shared"
    }

    static func table(_ state: AppState) -> TableModel {
        let now = state.now
        return PagedAgents.table(
            state.gateways.value, columns: columns, loading: "loading MCP gateways…",
            empty: "no MCP gateways",
            filter: PagedAgents.filterSummary(pane: .gateways, fixedType: .mcpGateway, in: state)
        ) {
            row(for: $0, now: now)
        }
    }

    static func row(for gateway: Agent, now: Date) -> ResourceRow {
        let teams = gateway.teams.map(\.name).joined(separator: ", ")
        return ResourceRow(
            id: gateway.id,
            cells: [
                gateway.name, kind(gateway), gateway.scope.rawValue, teams.isEmpty ? "-" : teams,
                String(gateway.tools.count), gateway.slug ?? "-", ResourceTables.age(gateway.updatedAtDate, now: now),
            ],
            sortKeys: [
                .text(gateway.name.lowercased()), .text(kind(gateway)), .text(gateway.scope.rawValue), .text(teams),
                .number(Double(gateway.tools.count)), .text(gateway.slug ?? ""), ResourceTables.dateKey(gateway.updatedAtDate),
            ],
            level: .normal,
            record: gateway.raw, recordName: gateway.name,
            detailTitle: "MCP gateway \(gateway.name)",
            detail: DetailBuilder.lines(for: gateway.raw))
    }
}

extension AppState {
    public var gateways: Loadable<AgentListing> {
        get { self[GatewaysResource.source] }
        set { self[GatewaysResource.source] = newValue }
    }
}
