import Foundation
import ArchestraAPI
import TerminalUI

/// The knowledge bases pane, with each base's health probe.
enum KnowledgeColumns {
    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 18, weight: 3, priority: 10),
        ColumnSpec("Status", sort: "t", min: 8, priority: 8),
        ColumnSpec("Health", min: 9, priority: 9),
        ColumnSpec("Connectors", min: 10, weight: 2, priority: 5),
        ColumnSpec("Docs", sort: "d", min: 6, priority: 7, right: true),
        ColumnSpec("Agents", min: 6, weight: 1, priority: 4),
    ]

    /// The health probe first, then every field of the base.
    static func detailLines(_ row: KnowledgeBaseRow) -> [DetailLine] {
        var lines = [DetailLine(depth: 0, key: "health", value: row.health?.status ?? "unknown",
                                emphasis: row.health?.isHealthy == false ? .danger : .none)]
        if let message = row.health?.message { lines.append(DetailLine(depth: 1, key: "message", value: message)) }
        return lines + DetailBuilder.lines(for: row.base.raw)
    }

    static func table(_ state: AppState) -> TableModel {
        let rows = (state.knowledgeBases.value ?? []).map { row -> ResourceRow in
            let base = row.base
            let health = row.health?.status ?? "unknown"
            let connectors = base.connectors.map { "\($0.name) (\($0.connectorType))" }.joined(separator: ", ")
            let agents = base.assignedAgents.map(\.name).joined(separator: ", ")
            return ResourceRow(
                id: base.id,
                cells: [base.name, base.status ?? "-", health, connectors.isEmpty ? "-" : connectors,
                        NumberFormat.compact(Double(base.totalDocsIndexed)), agents.isEmpty ? "-" : agents],
                sortKeys: [.text(base.name.lowercased()), .text(base.status ?? ""), .text(health), .number(Double(base.connectors.count)),
                           .number(Double(base.totalDocsIndexed)), .number(Double(base.assignedAgents.count))],
                level: row.health?.isHealthy == false ? .danger : .normal,
                detailTitle: "Knowledge base \(base.name)",
                detail: detailLines(row))
        }
        return TableModel(columns: columns, rows: rows,
                          emptyMessage: state.knowledgeBases.value == nil ? "loading knowledge bases…" : "no knowledge bases")
    }
}
