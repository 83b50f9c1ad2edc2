import Foundation
import ArchestraAPI

extension Pane {
    public static let agents = Pane("agents")
}

/// Pane 2: every agent, of every type (types this build does not know are shown muted).
/// The list spans pages: filter and sort go to the server.
public enum AgentsResource {
    public static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 3, priority: 10),
        ColumnSpec("Type", min: 11, priority: 8),
        ColumnSpec("Scope", sort: "c", min: 8, priority: 7),
        ColumnSpec("Teams", sort: "e", min: 10, weight: 1, priority: 6),
        ColumnSpec("Tools", sort: "o", min: 5, priority: 3, right: true),
        ColumnSpec("Model", sort: "m", min: 12, weight: 1, priority: 2),
        ColumnSpec("Updated", min: 9, priority: 5, right: true),
        ColumnSpec("Description", sort: "d", min: 16, weight: 2, priority: 1),
    ]

    /// The server's `sortBy` for the columns it can sort.
    public static let serverSort = [0: "name", 3: "team", 4: "toolsCount"]

    public static let source = PagedAgents.source("agents", label: "agents", pane: .agents, agentType: nil, serverSort: serverSort)

    static let description = ResourceDescription(
        pane: .agents, title: "Agents", shortTitle: "Agents", commands: ["agents", "a"],
        tabs: [
            ResourceTab(
                sources: [source.erased], table: table, serverSort: serverSort, hasTrash: true,
                actions: [.versions(), AgentEditor.restoreFromTrash(noun: "agent")], history: AgentEditor.history, editor: editor)
        ],
        links: [AgentToolsResource.link("agent"), LogsResource.link(noun: "agent")])

    /// Agents created here are internal agents; gateways and proxies have their own panes.
    static let editor = AgentEditor.editor(agentType: .agent, noun: "agent")

    static func table(_ state: AppState) -> TableModel {
        let now = state.now
        return PagedAgents.table(
            state.agents.value, columns: columns, loading: "loading agents…", empty: "no agents match",
            filter: PagedAgents.filterSummary(pane: .agents, fixedType: nil, in: state)
        ) {
            row(for: $0, now: now)
        }
    }

    public static func row(for agent: Agent, now: Date) -> ResourceRow {
        var type = agent.agentType.rawValue
        if agent.builtIn { type += " (built-in)" }
        let teams = agent.teams.map(\.name).joined(separator: ", ")
        let model = agent.resolvedLlmModelName ?? agent.llmModel ?? "-"
        return ResourceRow(
            id: agent.id,
            cells: [
                agent.name, type, agent.scope.rawValue, teams.isEmpty ? "-" : teams, String(agent.tools.count), model,
                ResourceTables.age(agent.updatedAtDate, now: now), agent.description ?? "-",
            ],
            sortKeys: [
                .text(agent.name.lowercased()), .text(type), .text(agent.scope.rawValue), .text(teams.lowercased()),
                .number(Double(agent.tools.count)), .text(model), ResourceTables.dateKey(agent.updatedAtDate),
                .text(agent.description ?? ""),
            ],
            level: agent.agentType.isKnown ? .normal : .muted,
            record: agent.raw, recordName: agent.name,
            detailTitle: "Agent \(agent.name)",
            detail: DetailBuilder.lines(for: agent.raw)
        )
    }
}

extension AppState {
    public var agents: Loadable<AgentListing> {
        get { self[AgentsResource.source] }
        set { self[AgentsResource.source] = newValue }
    }

    /// The agents page the scheduler should hold: the one containing the selection.
    public var agentsRequest: AgentPageRequest {
        PagedAgents.request(pane: .agents, agentType: nil, serverSort: AgentsResource.serverSort, in: self)
    }
}
