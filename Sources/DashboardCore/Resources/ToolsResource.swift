import Foundation
import ArchestraAPI

extension Pane {
    public static let tools = Pane("tools")
}

/// `:tools`: every tool with its guardrails, the two policy tables joined on `toolId` (API addendum
/// §3). `Enter` shows a tool whole, `e` edits its policies as YAML, `a` offers the quick defaults.
public enum ToolsResource {
    /// Every tool: `GET /api/tools/with-assignments` page by page, or the bare array of older servers.
    public static let source = SourceDescription<NoParameters, RecordList<Tool>, RecordList<Tool>>(
        "tools", label: "tools", cadence: .every(30),
        fetch: { client in
            try await ArchestraClient.collectRecords(pageSize: 100, maxItems: 5_000) { offset, limit in
                try await client.tools(ToolQuery(limit: limit, offset: offset))
            }
        })

    public static let invocationPolicies = SourceDescription<NoParameters, [ToolPolicy], [ToolPolicy]>(
        "toolInvocationPolicies", label: "tool invocation policies", cadence: .every(30),
        fetch: { client in try await client.policies(.toolInvocation) })

    public static let trustedDataPolicies = SourceDescription<NoParameters, [ToolPolicy], [ToolPolicy]>(
        "trustedDataPolicies", label: "trusted data policies", cadence: .every(30),
        fetch: { client in try await client.policies(.trustedData) })

    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 2, priority: 10),
        ColumnSpec("MCP server", sort: "m", min: 10, weight: 1, priority: 6),
        ColumnSpec("Agents", sort: "a", min: 6, priority: 7, right: true),
        ColumnSpec("Invocation", sort: "i", min: 18, priority: 9),
        ColumnSpec("Rules", sort: "r", min: 5, priority: 5, right: true),
        ColumnSpec("Results", sort: "t", min: 9, priority: 8),
        ColumnSpec("Rules", sort: "u", min: 5, priority: 4, right: true),
    ]

    static let description = ResourceDescription(
        pane: .tools, title: "Tools", shortTitle: "Tools", commands: ["tools", "tool"],
        tabs: [
            ResourceTab(
                sources: [source.erased, invocationPolicies.erased, trustedDataPolicies.erased, MCPRegistryResource.catalog.erased],
                table: table, actions: defaultActions + [undoDefault], editor: policyEditor)
        ],
        children: [AgentToolsResource.description])

    static func table(_ state: AppState) -> TableModel {
        let guardrails = ToolGuardrails.join(
            invocation: state[invocationPolicies].value ?? [], trustedData: state[trustedDataPolicies].value ?? [])
        let catalogNames = Dictionary(
            (state.catalog.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let tools = state[source].value
        let rows = (tools?.items ?? []).map { tool in
            row(for: tool, guardrails: guardrails[tool.id] ?? ToolGuardrails(), server: serverName(tool, catalogNames))
        }
        return TableModel(
            columns: columns, rows: rows, emptyMessage: tools == nil ? "loading tools…" : "no tools", notes: tools?.notes ?? [])
    }

    /// The catalog item a tool comes from by name; tools the LLM proxy discovered have none.
    static func serverName(_ tool: Tool, _ catalogNames: [String: String]) -> String {
        if let name = tool.catalog?.name, !name.isEmpty { return name }
        guard let id = tool.catalogId else { return "LLM proxy" }
        return catalogNames[id] ?? String(id.prefix(8))
    }

    /// Whether the server said to how many agents the tool is assigned (older servers' `GET /api/tools` does not).
    static func knowsAssignments(_ tool: Tool) -> Bool {
        tool.raw["assignmentCount"] != nil || tool.raw["assignments"] != nil
    }

    static func row(for tool: Tool, guardrails: ToolGuardrails, server: String) -> ResourceRow {
        let invocation = guardrails.invocation
        let results = guardrails.trustedData
        let agents = knowsAssignments(tool) ? String(tool.assignmentCount) : "-"
        var row = ResourceRow(
            id: tool.id,
            cells: [
                tool.name, server, agents, PolicyWording.short(invocation.defaultAction), String(invocation.rules.count),
                PolicyWording.short(results.defaultAction), String(results.rules.count),
            ],
            sortKeys: [
                .text(tool.name.lowercased()), .text(server.lowercased()),
                knowsAssignments(tool) ? .number(Double(tool.assignmentCount)) : .none,
                .text(invocation.defaultAction?.rawValue ?? ""), .number(Double(invocation.rules.count)),
                .text(results.defaultAction?.rawValue ?? ""), .number(Double(results.rules.count)),
            ],
            record: tool.raw, recordName: tool.name, detailTitle: "Tool \(tool.name)",
            detail: ToolDetail.lines(tool, guardrails: guardrails, server: server))
        row.cellLevels = [3: PolicyWording.level(invocation.defaultAction), 5: PolicyWording.level(results.defaultAction)]
            .compactMapValues { $0 }
        return row
    }
}

/// How policy actions read in tables and details.
public enum PolicyWording {
    /// Short enough for a column: "block if untrusted", "dual LLM"; "-" when the tool has no default.
    public static func short(_ action: PolicyAction?) -> String {
        guard let action else { return "-" }
        switch action {
        case .allowWhenContextIsUntrusted: return "allow if untrusted"
        case .blockWhenContextIsUntrusted: return "block if untrusted"
        case .blockAlways: return "block always"
        case .requireApproval: return "require approval"
        case .markAsTrusted: return "trusted"
        case .markAsUntrusted: return "untrusted"
        case .sanitizeWithDualLLM: return "dual LLM"
        default: return action.words
        }
    }

    /// Block red, approval and caution yellow; nil for actions that let the tool be.
    public static func level(_ action: PolicyAction?) -> RowLevel? {
        switch action?.severity {
        case .block?: return .danger
        case .caution?: return .warning
        default: return nil
        }
    }

    /// What the family is called in messages.
    public static func name(_ family: PolicyFamily) -> String {
        family == .toolInvocation ? "invocation" : "trusted-data"
    }
}

extension AppState {
    /// Every tool the console has read, in the server's order.
    public var tools: [Tool] { self[ToolsResource.source].value?.items ?? [] }
}
