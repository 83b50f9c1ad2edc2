import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    /// MCP tool calls as they happen (`GET /api/mcp-tool-calls`).
    public static let calls = Pane("calls")
}

/// `:calls`, the MCP gateway's tool calls, live as `:logs` is: which tool was called, with what arguments,
/// and whether it failed. `l` on an installed MCP server opens it limited to that server.
public enum CallsResource {
    /// Offset pages on older servers, cursor pages on newer ones (told from the answer).
    public static let log = LiveLog<MCPToolCall>(
        pane: .calls, name: "mcpToolCalls", label: "MCP tool calls",
        fetch: { client, filter, page in try await client.mcpToolCalls(filter, page: page) })

    /// Agents' names, by id, for the rows on screen.
    public static let agentNames = ItemLookupDescription<String>(
        "callAgentNames", label: "agent names", refreshAfter: 600, retryFailuresAfter: 600,
        keys: { state in
            var seen = Set<String>()
            return log.rowsOnScreen(in: state).compactMap(\.agentId).filter { seen.insert($0).inserted }
        },
        fetch: { client, id in try await client.agent(id: id).name })

    static let columns: [ColumnSpec] = [
        ColumnSpec("Time", min: 7, priority: 10, right: true),
        ColumnSpec("Agent", min: 10, weight: 1, priority: 6),
        ColumnSpec("Server", sort: "v", min: 8, weight: 1, priority: 8),
        ColumnSpec("Tool", sort: "o", min: 10, weight: 2, priority: 9),
        ColumnSpec("Arguments", sort: "g", min: 12, weight: 3, priority: 5),
        ColumnSpec("Result", sort: "r", min: 10, weight: 2, priority: 10),
    ]

    static let description = ResourceDescription(
        pane: .calls, title: "MCP Calls", shortTitle: "Calls", commands: ["calls", "toolcalls"], group: .observation,
        tabs: [ResourceTab(sources: [log.source.erased], table: table)],
        usesTimeframe: true, followsNewest: true, lookups: [agentNames.erased],
        scope: ScopeAcceptance(fields: ["agentId", "mcpServerName"], required: false),
        slice: log.sliceReducer)

    /// `l` on an installed MCP server: its tool calls.
    public static let link = PaneLink(
        "calls", trigger: .key(.character("l")), target: .calls,
        scope: { row, state in
            state.ui.registryTab == .installed
                ? PaneScope(field: "mcpServerName", value: row.recordName, label: "server \(row.recordName)") : nil
        })

    static func table(_ state: AppState) -> TableModel {
        let (shown, notes) = log.shown(in: state)
        return TableModel(
            columns: columns, rows: (shown ?? []).map { row(for: $0, state: state) },
            emptyMessage: shown == nil ? "loading tool calls…" : "no tool calls in the last \(state.timeframe.rawValue)", notes: notes)
    }

    /// "ok", or "error: " and the first text the tool gave.
    static func result(_ call: MCPToolCall) -> String {
        guard call.isError else { return "ok" }
        let text = (call.errorText ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
        return "error: " + text
    }

    static func row(for call: MCPToolCall, state: AppState) -> ResourceRow {
        let agent = call.agentId.map { state.item(agentNames, $0) ?? "id:" + $0.prefix(8) } ?? "-"
        let result = result(call)
        return ResourceRow(
            id: call.id,
            cells: [
                ResourceTables.age(call.createdAtDate, now: state.now), agent, call.mcpServerName ?? "-", call.toolName ?? "-",
                call.argumentsLine, result,
            ],
            sortKeys: [
                ResourceTables.dateKey(call.createdAtDate), .text(agent.lowercased()), .text(call.mcpServerName ?? ""),
                .text(call.toolName ?? ""), .text(call.argumentsLine), .text(result),
            ],
            level: call.isError ? .error : .normal, record: call.raw, recordName: "call \(call.toolName ?? call.id)",
            detailTitle: "Tool call \(call.toolName ?? call.id)", detail: DetailBuilder.lines(for: call.raw))
    }
}
