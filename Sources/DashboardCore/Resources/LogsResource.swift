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
    /// What the server is asked for: the scope a link opened the pane with, the time range, and, while the
    /// selection sits on the last row, where the older rows continue.
    public struct Query: Sendable, Hashable {
        public var scope: PaneScope?
        public var timeframe: Timeframe
        public var older: LogPagePosition?

        /// The same listing whatever page is asked: a new one starts a new feed.
        var listing: Listing { Listing(scope: scope, timeframe: timeframe) }

        /// The filter the server applies, the time window counted back from `now`.
        func filter(now: Date) -> LogFilter {
            var filter = LogFilter()
            switch scope?.field {
            case "agentId": filter.agentId = scope?.value
            case "sessionId": filter.sessionId = scope?.value
            case "userId": filter.userId = scope?.value
            default: break
            }
            filter.startDate = timeframe.window.map { now.addingTimeInterval(-$0) }
            return filter
        }
    }

    /// A listing without its page.
    public struct Listing: Sendable, Hashable {
        public var scope: PaneScope?
        public var timeframe: Timeframe

        public init(scope: PaneScope?, timeframe: Timeframe) {
            self.scope = scope
            self.timeframe = timeframe
        }
    }

    /// The rows held for one listing.
    public struct Feed: Sendable, Equatable {
        public var listing: Listing
        public var feed: LogFeed<InteractionSummary>

        public init(listing: Listing, feed: LogFeed<InteractionSummary>) {
            self.listing = listing
            self.feed = feed
        }
    }

    /// What one request brought: the newest page, or the page below the oldest row held.
    public enum Answer: Sendable {
        case newest(LogPage<InteractionSummary>)
        case older(LogPage<InteractionSummary>)
    }

    public static let source = SourceDescription<Query, Answer, Feed>(
        "interactions", label: "LLM interactions", cadence: .refresh, followsTimeframe: true,
        parameters: { query(in: $0) },
        fetch: { client, query in
            let filter = query.filter(now: Date())
            if let older = query.older {
                let request = LogPageRequest(position: older, limit: LogFeed<InteractionSummary>.maxPollLimit)
                return .older(try await client.interactionSummaries(filter, page: request))
            }
            return .newest(try await client.interactionSummaries(filter, page: LogFeed<InteractionSummary>().newestRequest))
        },
        merge: { previous, answer, query in
            var held = previous?.listing == query.listing ? previous : nil
            if held == nil { held = Feed(listing: query.listing, feed: LogFeed(capacity: capacity)) }
            guard var feed = held else { return Feed(listing: query.listing, feed: LogFeed(capacity: capacity)) }
            switch answer {
            case .newest(let page): feed.feed.mergeNewest(page)
            case .older(let page): feed.feed.appendOlder(page)
            }
            return feed
        })

    /// Rows held per log; the oldest go first.
    public static let capacity = LogFeed<InteractionSummary>.defaultCapacity

    /// Where the follow stands.
    public static let follow = SliceKey<LogFollow>("logs.follow") { LogFollow() }

    static let sliceReducer = AnySliceReducer(
        follow, derive: { follow, state in follow.observe(state, pane: .logs, rows: state[source].value?.feed.rows) })

    /// Agents' names, by profile id, for the rows on screen.
    public static let agentNames = ItemLookupDescription<String>(
        "logAgentNames", label: "agent names", refreshAfter: 600, retryFailuresAfter: 600,
        keys: { state in state.ui.pane == .logs ? profilesOnScreen(state) : [] },
        fetch: { client, id in try await client.agent(id: id).name })

    /// The opened interaction with its bodies: read for that record only.
    public static let record = ItemLookupDescription<LLMInteraction>(
        "interactionRecord", label: "LLM interaction", refreshAfter: 3_600, retryFailuresAfter: 30, concurrency: 1,
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
        slice: sliceReducer)

    /// `l` on an agent, gateway or proxy row: its interactions (`profileId`).
    public static func link(noun: String) -> PaneLink {
        PaneLink(
            "logs", trigger: .key(.character("l")), target: .logs,
            scope: { row, _ in PaneScope(field: "agentId", value: row.id, label: "\(noun) \(row.recordName)") })
    }

    static func query(in state: AppState) -> Query {
        let scope = state.ui.scopes[.logs]
        var query = Query(scope: scope, timeframe: state.timeframe)
        guard let held = state[source].value, held.listing == query.listing, let older = held.feed.olderRequest else { return query }
        let shown = held.feed.rows.count - state.slices[follow].newAbove(in: held.feed.rows)
        if state.ui.list(.logs).selected >= shown - 1, state.ui.list(.logs).filter.isEmpty { query.older = older.position }
        return query
    }

    static func profilesOnScreen(_ state: AppState) -> [String] {
        guard let rows = state[source].value?.feed.rows else { return [] }
        let list = state.ui.list(.logs)
        let first = max(0, list.scroll)
        let window = rows.dropFirst(first).prefix(ScreenLayout.listRows(height: state.ui.screenHeight))
        var seen = Set<String>()
        return window.compactMap(\.profileId).filter { seen.insert($0).inserted }
    }

    static func table(_ state: AppState) -> TableModel {
        let current = state[source].value.flatMap { $0.listing == query(in: state).listing ? $0 : nil }
        let all = current?.feed.rows ?? []
        let newAbove = state.slices[follow].newAbove(in: all)
        let rows = all.dropFirst(newAbove).map { row(for: $0, state: state) }
        var notes: [String] = []
        if newAbove > 0 {
            notes.append("\(newAbove) new ↑")
        } else if state.slices[follow].pausedAt != nil {
            notes.append("paused")
        }
        return TableModel(
            columns: columns, rows: rows,
            emptyMessage: current == nil ? "loading interactions…" : "no interactions in the last \(state.timeframe.rawValue)",
            notes: notes)
    }

    static func agentName(_ summary: InteractionSummary, state: AppState) -> String {
        if let id = summary.profileId, let name = state.item(agentNames, id) { return name }
        return summary.agentLabel ?? summary.profileId.map { "id:" + $0.prefix(8) } ?? "-"
    }

    static func userName(_ id: String?, state: AppState) -> String {
        guard let id else { return "-" }
        return state.users[id] ?? id
    }

    /// "ok", "upstream error" or "refused": words, so the state reads without colour too.
    static func statusWord(_ status: InteractionStatus) -> String {
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
    static func costText(_ cost: Double) -> String {
        cost < 1 ? String(format: "$%.4f", cost) : NumberFormat.money(cost)
    }

    static func row(for summary: InteractionSummary, state: AppState) -> ResourceRow {
        let agent = agentName(summary, state: state)
        let cost = summary.cost?.amount.map { NSDecimalNumber(decimal: $0).doubleValue }
        return ResourceRow(
            id: summary.id,
            cells: [
                ResourceTables.age(summary.createdAtDate, now: state.now), agent, userName(summary.userId, state: state),
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
            level: level(summary.status), record: state.item(record, summary.id)?.raw ?? summary.raw,
            recordName: "interaction \(summary.id.prefix(8))",
            detailTitle: "Interaction \(agent) \(summary.model ?? "")",
            detail: LogDetail.lines(
                summary: summary, agent: agent, record: state.item(record, summary.id), error: state.itemError(record, summary.id)))
    }
}
