import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let knowledge = Pane("knowledge")
}

/// Pane 5: knowledge bases, each with the health of its connectors.
///
/// The list is one source polled every refresh interval; health is a per-row look-up made only
/// for the rows on screen (and at once for an opened one), three at a time, good for a minute.
public enum KnowledgeBasesResource {
    public static let source = SourceDescription<NoParameters, RecordList<KnowledgeBase>, RecordList<KnowledgeBase>>(
        "knowledgeBases", label: "knowledge bases", cadence: .refresh,
        fetch: { client in
            try await ArchestraClient.collectRecords(pageSize: 100, maxItems: 1_000) { offset, limit in
                try await client.knowledgeBases(KnowledgeBaseQuery(limit: limit, offset: offset))
            }
        })

    public static let health = ItemLookupDescription<KnowledgeBaseHealth>(
        "knowledgeBaseHealth", label: "knowledge base health", refreshAfter: 60, retryFailuresAfter: 300,
        keys: { $0.rowIDsOnScreen },
        fetch: { client, id in try await client.knowledgeBaseHealth(id: id) })

    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 18, weight: 3, priority: 10),
        ColumnSpec("Status", sort: "t", min: 8, priority: 8),
        ColumnSpec("Health", min: 9, priority: 9),
        ColumnSpec("Connectors", min: 10, weight: 2, priority: 5),
        ColumnSpec("Docs", sort: "d", min: 6, priority: 7, right: true),
        ColumnSpec("Agents", min: 6, weight: 1, priority: 4),
    ]

    static let description = ResourceDescription(
        pane: .knowledge, title: "Knowledge Bases", shortTitle: "KB", commands: ["kb", "knowledge"],
        tabs: [ResourceTab(sources: [source.erased], table: table, editor: editor)],
        lookups: [health.erased],
        // Enter opens the base's connectors; its detail stays on the `a` menu.
        links: [
            PaneLink(
                "connectors", trigger: .enter, target: .connectors,
                scope: { row, _ in
                    PaneScope(field: "knowledgeBaseId", value: row.id, label: "knowledge base \(row.recordName)")
                })
        ])

    static let editor: ResourceEditor = {
        var calls = EditCalls()
        calls.fetch = { client, id in try await client.knowledgeBase(id: id).raw }
        calls.create = { client, body in try await client.createKnowledgeBase(body: body).raw }
        calls.update = { client, id, body in try await client.updateKnowledgeBase(id: id, body: body).raw }
        calls.delete = { client, id in try await client.deleteKnowledgeBase(id: id) }
        calls.restore = { client, id in _ = try await client.restoreKnowledgeBase(id: id) }
        return ResourceEditor(
            noun: "knowledge base", actions: [.create, .update, .delete, .restore], calls: calls,
            fields: { _, _ in
                [
                    EditableField("name", required: true), EditableField("description", nullable: true),
                    EditableField("labels", kind: .labels),
                ]
            })
    }()

    static func table(_ state: AppState) -> TableModel {
        let rows = (state.knowledgeBases.value ?? []).map { base in
            row(for: base, health: state.item(health, base.id))
        }
        return TableModel(
            columns: columns, rows: rows,
            emptyMessage: state.knowledgeBases.value == nil ? "loading knowledge bases…" : "no knowledge bases",
            notes: state[source].value?.notes ?? [])
    }

    static func row(for base: KnowledgeBase, health: KnowledgeBaseHealth?) -> ResourceRow {
        let healthText = health?.status ?? "unknown"
        let connectors = base.connectors.map { connector in
            connector.connectorType.map { "\(connector.name) (\($0))" } ?? connector.name
        }.joined(separator: ", ")
        let agents = base.assignedAgents.map(\.name).joined(separator: ", ")
        return ResourceRow(
            id: base.id,
            cells: [
                base.name, base.status ?? "-", healthText, connectors.isEmpty ? "-" : connectors,
                NumberFormat.compact(Double(base.totalDocsIndexed)), agents.isEmpty ? "-" : agents,
            ],
            sortKeys: [
                .text(base.name.lowercased()), .text(base.status ?? ""), .text(healthText), .number(Double(base.connectors.count)),
                .number(Double(base.totalDocsIndexed)), .number(Double(base.assignedAgents.count)),
            ],
            level: health?.isHealthy == false ? .danger : .normal,
            record: base.raw, recordName: base.name,
            detailTitle: "Knowledge base \(base.name)",
            detail: detailLines(base, health: health))
    }

    /// The health look-up first, then every field of the base.
    static func detailLines(_ base: KnowledgeBase, health: KnowledgeBaseHealth?) -> [DetailLine] {
        var lines = [
            DetailLine(
                depth: 0, key: "health", value: health?.status ?? "unknown",
                emphasis: health?.isHealthy == false ? .danger : .none)
        ]
        if let message = health?.message { lines.append(DetailLine(depth: 1, key: "message", value: message)) }
        return lines + DetailBuilder.lines(for: base.raw)
    }
}

extension AppState {
    public var knowledgeBases: Loadable<[KnowledgeBase]> {
        get { self[KnowledgeBasesResource.source].mapValue(\.items) }
        set { self[KnowledgeBasesResource.source] = newValue.mapValue { RecordList(items: $0) } }
    }
}
