import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    /// LLM interactions grouped by session (`GET /api/interactions/sessions`).
    public static let sessions = Pane("sessions")
}

/// `:sessions`: conversations, the most recently active on top; `Enter` shows a session's interactions in
/// `:logs`. A session with new activity comes back to the top (``LogFeed`` takes it as updated).
public enum SessionsResource {
    public static let log = LiveLog<InteractionSession>(
        pane: .sessions, name: "interactionSessions", label: "sessions",
        fetch: { client, filter, page in try await client.interactionSessions(filter, page: page) })

    static let columns: [ColumnSpec] = [
        ColumnSpec("Last", min: 7, priority: 10, right: true),
        ColumnSpec("Agent", min: 10, weight: 2, priority: 9),
        ColumnSpec("Requests", sort: "r", min: 8, priority: 8, right: true),
        ColumnSpec("Tokens", sort: "t", min: 7, priority: 7, right: true),
        ColumnSpec("Cost", sort: "c", min: 7, priority: 7, right: true),
        ColumnSpec("Models", sort: "m", min: 10, weight: 2, priority: 5),
        ColumnSpec("First", sort: "f", min: 7, priority: 4, right: true),
        ColumnSpec("Title", sort: "i", min: 12, weight: 3, priority: 3),
    ]

    static let description = ResourceDescription(
        pane: .sessions, title: "Sessions", shortTitle: "Sessions", commands: ["sessions"], group: .observation,
        tabs: [ResourceTab(sources: [log.source.erased], table: table)],
        usesTimeframe: true, followsNewest: true,
        links: [
            PaneLink(
                "interactions", trigger: .enter, target: .logs,
                scope: { row, _ in
                    // A row of one interaction without a session has only that interaction: Enter shows its detail.
                    if let record = row.record, record.string("sessionId") == nil { return nil }
                    return PaneScope(field: "sessionId", value: row.id, label: "session \(row.recordName)")
                })
        ],
        scope: ScopeAcceptance(fields: ["agentId", "userId"], required: false),
        slice: log.sliceReducer)

    static func table(_ state: AppState) -> TableModel {
        let (shown, notes) = log.shown(in: state)
        return TableModel(
            columns: columns, rows: (shown ?? []).map { row(for: $0, now: state.now) },
            emptyMessage: shown == nil ? "loading sessions…" : "no sessions in the last \(state.timeframe.rawValue)", notes: notes)
    }

    static func row(for session: InteractionSession, now: Date) -> ResourceRow {
        let agent = session.agentLabel ?? "-"
        let tokens = session.totalInputTokens + session.totalOutputTokens
        let cost = session.totalCost?.amount.map { NSDecimalNumber(decimal: $0).doubleValue }
        let title = session.title ?? session.lastUserMessagePreview ?? ""
        return ResourceRow(
            id: session.id,
            cells: [
                ResourceTables.age(session.lastRequestDate, now: now), agent, String(session.requestCount), NumberFormat.compact(tokens),
                cost.map(LogsResource.costText) ?? "-", session.models.joined(separator: ", "),
                ResourceTables.age(session.firstRequestDate, now: now), title,
            ],
            sortKeys: [
                ResourceTables.dateKey(session.lastRequestDate), .text(agent.lowercased()), .number(Double(session.requestCount)),
                .number(Double(tokens)), .number(cost ?? -1), .text(session.models.joined(separator: ",")),
                ResourceTables.dateKey(session.firstRequestDate), .text(title.lowercased()),
            ],
            record: session.raw, recordName: title.isEmpty ? String(session.id.prefix(8)) : String(title.prefix(24)),
            detailTitle: "Session \(session.id)", detail: DetailBuilder.lines(for: session.raw))
    }
}
