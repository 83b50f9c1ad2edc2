import Foundation
import ArchestraAPI

extension Pane {
    /// One agent's (or gateway's) tools, reached with `o` on an agent or a gateway.
    public static let agentTools = Pane("agent-tools")
}

/// An agent's tools (`GET /api/agents/{id}/tools`): `n` assigns one chosen from every tool (typing
/// narrows the list), `d` unassigns after a confirmation, `u` assigns it back; each is audited.
public enum AgentToolsResource {
    /// The tools of one agent, with the agent they were asked for: another agent's never show.
    public struct Assigned: Sendable, Equatable {
        public var agentID: String?
        public var tools: [Tool]

        public init(agentID: String?, tools: [Tool]) {
            self.agentID = agentID
            self.tools = tools
        }
    }

    public static let source = SourceDescription<String?, Assigned, Assigned>(
        "agentTools", label: "the agent's tools", cadence: .every(30),
        parameters: { $0.ui.scopes[.agentTools]?.value },
        fetch: { client, agentID in
            guard let agentID else { return Assigned(agentID: nil, tools: []) }
            return Assigned(agentID: agentID, tools: try await client.agentTools(agentID: agentID))
        })

    /// The link agents and gateways declare (`o`): the tools of the selected row.
    static func link(_ noun: String) -> PaneLink {
        PaneLink(
            "tools", trigger: .key(.character("o")), target: .agentTools,
            scope: { row, _ in PaneScope(field: "agentId", value: row.id, label: "\(noun) \(row.recordName)") })
    }

    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 2, priority: 10),
        ColumnSpec("MCP server", sort: "m", min: 10, weight: 1, priority: 8),
        ColumnSpec("Credentials", sort: "c", min: 11, priority: 5),
        ColumnSpec("Description", sort: "d", min: 14, weight: 3, priority: 6),
    ]

    static let description = ResourceDescription(
        pane: .agentTools, title: "Agent Tools", shortTitle: "Tools", commands: [],
        // Every tool is read too: `n` offers them.
        tabs: [
            ResourceTab(
                sources: [source.erased, ToolsResource.source.erased, MCPRegistryResource.catalog.erased], table: table,
                editActions: [.create, .delete, .restore], editor: assignmentEditor)
        ],
        scope: ScopeAcceptance(fields: ["agentId"], required: true))

    static func table(_ state: AppState) -> TableModel {
        let assigned = state[source].value
        let current = assigned?.agentID == state.ui.scopes[.agentTools]?.value ? assigned : nil
        let catalogNames = Dictionary(
            (state.catalog.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows = (current?.tools ?? []).map { tool -> ResourceRow in
            let server = ToolsResource.serverName(tool, catalogNames)
            let description = tool.description.map(ToolDetail.oneLine) ?? "-"
            return ResourceRow(
                id: tool.id, cells: [tool.name, server, tool.credentialResolutionMode ?? "-", description],
                record: tool.raw, recordName: tool.name, detailTitle: "Tool \(tool.name)",
                detail: DetailBuilder.lines(for: tool.raw))
        }
        return TableModel(
            columns: columns, rows: rows, emptyMessage: current == nil ? "loading tools…" : "no tools assigned: n assigns one")
    }

    /// Assigning is creating an assignment, unassigning deleting it, and undoing that assigning it again.
    @Sendable static func assignmentEditor(_ state: AppState) -> ResourceEditor? {
        guard let agentID = state.ui.scopes[.agentTools]?.value else { return nil }
        var calls = EditCalls()
        calls.create = { client, body in
            guard let toolID = body.string("toolId") else { throw ArchestraError.invalidConfiguration("no tool was chosen") }
            try await client.assignTool(agentID: agentID, toolID: toolID)
            return .object(["id": .string(toolID), "name": body["toolName"] ?? .null])
        }
        calls.delete = { client, id in try await client.unassignTool(agentID: agentID, toolID: id) }
        calls.restore = { client, id in try await client.assignTool(agentID: agentID, toolID: id) }
        var editor = ResourceEditor(
            noun: "tool assignment", actions: [.create, .delete, .restore], calls: calls,
            fields: { _, context in
                [EditableField("tool", kind: .choice(context.labels("tools")), required: true, help: "type to narrow the list")]
            },
            shapeBody: { body, context throws(FieldProblem) in
                guard case .string(let label)? = body["tool"], let choice = context.choice("tools", labelled: label) else {
                    throw FieldProblem(field: "tool", message: "choose one of the tools in the list")
                }
                return choice.fields
            })
        editor.context = { state in
            var context = EditContext.standard(state)
            context.choices["tools"] = choices(state)
            return context
        }
        return editor
    }

    /// Every tool not yet assigned to the agent, by name (with its MCP server where names repeat).
    static func choices(_ state: AppState) -> [EditChoice] {
        let assigned = Set(state[source].value?.tools.map(\.id) ?? [])
        let tools = state.tools.filter { !assigned.contains($0.id) }
        let catalogNames = Dictionary(
            (state.catalog.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        for tool in tools { seen[tool.name, default: 0] += 1 }
        return tools.map { tool in
            let label = seen[tool.name, default: 0] > 1 ? "\(tool.name) (\(ToolsResource.serverName(tool, catalogNames)))" : tool.name
            return EditChoice(label: label, fields: ["toolId": .string(tool.id), "toolName": .string(tool.name)])
        }.sorted { $0.label.lowercased() < $1.label.lowercased() }
    }
}
