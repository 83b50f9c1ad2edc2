import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    /// LLM interactions as they happen (`GET /api/interactions`, summaries where the server has them).
    public static let logs = Pane("logs")
}

/// `:logs`, the LLM proxy's interactions, live: each poll reads the newest page and merges it into a
/// ``LogFeed`` kept as the source's value; older pages are read when the selection reaches the bottom.
/// Scrolling away from the top freezes the rows shown (``LogFollow``) and the title counts what came since.
public enum LogsResource {
    public typealias Query = LogQuery
    public typealias Listing = LogListing
    public typealias Feed = LogHeld<InteractionSummary>
    public typealias Answer = LogAnswer<InteractionSummary>

    /// Summaries (no bodies) where the server has them, else small pages of full records.
    public static let log = LiveLog<InteractionSummary>(
        pane: .logs, name: "interactions", label: "LLM interactions",
        fetch: { client, filter, page in try await client.interactionSummaries(filter, page: page) })

    public static var source: SourceDescription<LogQuery, Answer, Feed> { log.source }

    /// Where the follow stands.
    public static var follow: SliceKey<LogFollow> { log.follow }

    /// Agents' names, by profile id, for the rows on screen.
    public static let agentNames = ItemLookupDescription<String>(
        "logAgentNames", label: "agent names", refreshAfter: 600, retryFailuresAfter: 600,
        keys: { state in state.ui.pane == .logs ? profilesOnScreen(state) : [] },
        fetch: { client, id in try await client.agent(id: id).name })

    /// The opened interaction with its bodies: read for that record only. Bodies are large: only the last
    /// few opened are remembered, so reading many records leaves the console no bigger.
    public static let record = ItemLookupDescription<LLMInteraction>(
        "interactionRecord", label: "LLM interaction", refreshAfter: 3_600, retryFailuresAfter: 30, concurrency: 1, capacity: 20,
        keys: { state in state.ui.pane == .logs ? state.ui.detail?.rowID.map { [$0] } ?? [] : [] },
        fetch: { client, id in try await client.interaction(id: id) })

    /// At 80 columns the user goes first; the status keeps "upstream error" whole.
    static let columns: [ColumnSpec] = [
        ColumnSpec("Time", min: 7, priority: 10, right: true),
        ColumnSpec("Agent", min: 10, weight: 2, priority: 9),
        ColumnSpec("User", min: 6, weight: 1, priority: 3),
        ColumnSpec("Model", min: 10, weight: 2, priority: 8),
        ColumnSpec("In", sort: "i", min: 5, priority: 6, right: true),
        ColumnSpec("Out", sort: "o", min: 5, priority: 5, right: true),
        ColumnSpec("Cost", sort: "c", min: 7, priority: 7, right: true),
        ColumnSpec("Status", min: 14, priority: 10),
        ColumnSpec("Message", sort: "e", min: 12, weight: 3, priority: 4),
    ]

    static let description = ResourceDescription(
        pane: .logs, title: "LLM Logs", shortTitle: "Logs", commands: ["logs", "log"], group: .observation,
        tabs: [ResourceTab(sources: [source.erased, Sources.people.erased], table: table)],
        usesTimeframe: true, followsNewest: true, lookups: [agentNames.erased, record.erased],
        scope: ScopeAcceptance(fields: ["agentId", "sessionId", "userId"], required: false),
        // Every interaction, newest first: the refusal watch reads these answers instead of asking again.
        slice: log.sliceReducer, feedsWatches: [Refusals.source.id])

    /// `l` on an agent, gateway or proxy row: its interactions (`profileId`).
    public static func link(noun: String) -> PaneLink {
        PaneLink(
            "logs", trigger: .key(.character("l")), target: .logs,
            scope: { row, _ in PaneScope(field: "agentId", value: row.id, label: "\(noun) \(row.recordName)") })
    }

    static func query(in state: AppState) -> Query { log.query(in: state) }

    static func profilesOnScreen(_ state: AppState) -> [String] {
        var seen = Set<String>()
        return log.rowsOnScreen(in: state).compactMap(\.profileId).filter { seen.insert($0).inserted }
    }

    /// What a row needs from the state, taken out once per table: rows built later (a virtual table builds
    /// those on screen as they are drawn) must not hold the state, which holds the cached table before them.
    struct RowContext: Sendable {
        var now: Date
        var agentNames: [String: String]
        var users: [String: String]
        var opened: String?
        var openedRecord: LLMInteraction?
        var openedError: ArchestraError?
        /// The detail folds its long lines to the screen.
        var screenWidth: Int

        init(_ state: AppState) {
            now = state.now
            screenWidth = state.ui.screenWidth
            agentNames = state.items(LogsResource.agentNames)
            users = state.users
            opened = state.ui.pane == .logs ? state.ui.detail?.rowID : nil
            openedRecord = opened.flatMap { state.item(LogsResource.record, $0) }
            openedError = opened.flatMap { state.itemError(LogsResource.record, $0) }
        }
    }

    /// While nothing is filtered or sorted (a log followed live), rows are built only as they are drawn: a
    /// log of 2,000 rows then keeps no second copy of itself as a table.
    static func table(_ state: AppState) -> TableModel {
        let (shown, notes) = log.shown(in: state)
        let context = RowContext(state)
        let emptyMessage = shown == nil ? "loading interactions…" : "no interactions in the last \(state.timeframe.rawValue)"
        let rows = shown ?? []
        let list = state.ui.list(.logs)
        guard list.filter.isEmpty, list.sortColumn == nil else {
            return TableModel(columns: columns, rows: rows.map { row(for: $0, context: context) }, emptyMessage: emptyMessage, notes: notes)
        }
        return TableModel(columns: columns, virtualCount: rows.count, emptyMessage: emptyMessage, notes: notes) { index in
            rows.indices.contains(rows.startIndex + index) ? row(for: rows[rows.startIndex + index], context: context) : nil
        }
    }

    static func agentName(_ summary: InteractionSummary, context: RowContext) -> String {
        if let id = summary.profileId, let name = context.agentNames[id] { return name }
        return summary.agentLabel ?? summary.profileId.map { "id:" + $0.prefix(8) } ?? "-"
    }

    static func userName(_ id: String?, context: RowContext) -> String {
        guard let id else { return "-" }
        return context.users[id] ?? id
    }

    /// "ok", "upstream error" or "refused": words, so the state reads without colour too (and `logs` prints them).
    public static func statusWord(_ status: InteractionStatus) -> String {
        switch status {
        case .ok: "ok"
        case .upstreamError: "upstream error"
        case .refused: "refused"
        }
    }

    static func level(_ status: InteractionStatus) -> RowLevel {
        switch status {
        case .ok: .normal
        case .upstreamError: .error
        case .refused: .warning
        }
    }

    static func modelText(_ summary: InteractionSummary) -> String {
        let model = summary.model ?? "-"
        return summary.isRerouted ? "⇄ " + model : model
    }

    /// Cents hide what one request costs: below a dollar, four decimals.
    public static func costText(_ cost: Double) -> String {
        cost < 1 ? String(format: "$%.4f", cost) : NumberFormat.money(cost)
    }

    static func row(for summary: InteractionSummary, context: RowContext) -> ResourceRow {
        let agent = agentName(summary, context: context)
        let cost = summary.cost?.amount.map { NSDecimalNumber(decimal: $0).doubleValue }
        let isOpened = context.opened == summary.id
        let full = isOpened ? context.openedRecord : nil
        let fullError = isOpened ? context.openedError : nil
        let user = userName(summary.userId, context: context)
        return ResourceRow(
            id: summary.id,
            cells: [
                ResourceTables.age(summary.createdAtDate, now: context.now), agent, user,
                modelText(summary), summary.inputTokens.map { NumberFormat.compact($0) } ?? "-",
                summary.outputTokens.map { NumberFormat.compact($0) } ?? "-", cost.map(costText) ?? "-",
                statusWord(summary.status), summary.lastUserMessagePreview ?? "",
            ],
            sortKeys: [
                ResourceTables.dateKey(summary.createdAtDate), .text(agent.lowercased()), .text(summary.userId ?? ""),
                .text(summary.model ?? ""), .number(Double(summary.inputTokens ?? -1)),
                .number(Double(summary.outputTokens ?? -1)), .number(cost ?? -1), .text(statusWord(summary.status)),
                .text(summary.lastUserMessagePreview ?? ""),
            ],
            // Only the opened row saves its record (Ctrl-S); a summary rebuilds its own when asked.
            level: level(summary.status), record: isOpened ? full?.raw ?? summary.raw : nil,
            recordName: "interaction \(summary.id.prefix(8))",
            detailTitle: "Interaction \(agent) \(summary.model ?? "")",
            detail: LogDetail.lines(
                summary: summary, agent: agent, user: user, record: full, error: fullError, width: context.screenWidth))
    }
}
