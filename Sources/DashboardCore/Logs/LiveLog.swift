import Foundation
import ArchestraAPI

/// What a live log asks the server: the scope a link opened its pane with, the time range, and, while the
/// selection sits on the last row, where the older rows continue; and how many rows the answer is kept in.
public struct LogQuery: Sendable, Hashable {
    public var scope: PaneScope?
    public var timeframe: Timeframe
    public var older: LogPagePosition?
    /// The most rows the feed holds (``AppState/logRows``).
    public var capacity: Int
    /// Rows missing between two held ones, to read on this turn instead of the newest page.
    ///
    /// Not part of what identifies the request (`==` and the hash leave it out): a changed request is asked
    /// at once, and a gap read must take the turn of a poll, never add one (a forced read, at most one a
    /// refresh, reads a gap right away while following).
    public var fill: LogGap?

    public init(scope: PaneScope?, timeframe: Timeframe, older: LogPagePosition? = nil, capacity: Int = LogRows.defaultCount) {
        self.scope = scope
        self.timeframe = timeframe
        self.older = older
        self.capacity = max(capacity, 1)
    }

    public static func == (left: LogQuery, right: LogQuery) -> Bool {
        left.scope == right.scope && left.timeframe == right.timeframe && left.older == right.older
            && left.capacity == right.capacity
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(scope)
        hasher.combine(timeframe)
        hasher.combine(older)
        hasher.combine(capacity)
    }

    /// The same listing whatever page is asked: a new one starts a new feed.
    public var listing: LogListing { LogListing(scope: scope, timeframe: timeframe) }

    /// The filter the server applies; the scope's field names the filter (`agentId`, `sessionId`,
    /// `userId`, `mcpServerName`), the time window counts back from `now`.
    public func filter(now: Date) -> LogFilter {
        var filter = LogFilter()
        if let scope {
            switch scope.field {
            case "agentId": filter.agentId = scope.value
            case "sessionId": filter.sessionId = scope.value
            case "userId": filter.userId = scope.value
            case "mcpServerName": filter.mcpServerName = scope.value
            default: break
            }
        }
        filter.startDate = timeframe.window.map { now.addingTimeInterval(-$0) }
        return filter
    }
}

/// A listing without its page.
public struct LogListing: Sendable, Hashable {
    public var scope: PaneScope?
    public var timeframe: Timeframe

    public init(scope: PaneScope?, timeframe: Timeframe) {
        self.scope = scope
        self.timeframe = timeframe
    }
}

/// What one request of a live log brought: the newest page, the page below the oldest row held, or the rows
/// missing at a gap.
public enum LogAnswer<Row: LogFeedRow>: Sendable {
    case newest(LogPage<Row>)
    case older(LogPage<Row>)
    case gap(LogGap, LogPage<Row>)
}

/// Which page a live log read last.
public enum LogRead: Sendable, Equatable {
    case newest, older, gap
}

/// The rows a live log holds for one listing: the value its source keeps.
public struct LogHeld<Row: LogFeedRow>: Sendable, Equatable {
    public var listing: LogListing
    public var feed: LogFeed<Row>
    /// After a gap, the next turn polls the newest page: gaps never hold the newest rows back for long.
    public var lastRead: LogRead = .newest

    public init(listing: LogListing, feed: LogFeed<Row>) {
        self.listing = listing
        self.feed = feed
    }
}

/// A pane that shows a log live: its source polls the newest page and merges it into a ``LogFeed``, reads the
/// page below when the selection reaches the bottom, and its slice pauses the follow (``LogFollow``).
public struct LiveLog<Row: LogFeedRow>: Sendable {
    public let pane: Pane
    public let source: SourceDescription<LogQuery, LogAnswer<Row>, LogHeld<Row>>
    public let follow: SliceKey<LogFollow>

    /// - Parameter fetch: one page of the listing. The feed holds at most ``AppState/logRows`` rows.
    public init(
        pane: Pane, name: String, label: String,
        fetch: @escaping @Sendable (ArchestraClient, LogFilter, LogPageRequest) async throws -> LogPage<Row>
    ) {
        self.pane = pane
        let follow = SliceKey<LogFollow>("\(pane.rawValue).follow") { LogFollow() }
        self.follow = follow
        source = SourceDescription(
            name, label: label, cadence: .refresh, followsTimeframe: true,
            parameters: { Self.query(in: $0, pane: pane, follow: follow, name: name) },
            fetch: { client, query in
                let filter = query.filter(now: Date())
                let limit = LogFeed<Row>.maxPollLimit
                if let older = query.older {
                    return .older(try await fetch(client, filter, LogPageRequest(position: older, limit: limit)))
                }
                if let gap = query.fill {
                    return .gap(gap, try await fetch(client, filter, LogPageRequest(position: gap.position, limit: limit)))
                }
                return .newest(try await fetch(client, filter, LogPageRequest(position: .newest, limit: limit)))
            },
            merge: { previous, answer, query in
                var held =
                    previous.flatMap { $0.listing == query.listing && $0.feed.capacity == query.capacity ? $0 : nil }
                    ?? LogHeld(listing: query.listing, feed: LogFeed(capacity: query.capacity))
                switch answer {
                case .newest(let page):
                    held.feed.mergeNewest(page)
                    held.lastRead = .newest
                case .older(let page):
                    held.feed.appendOlder(page)
                    held.lastRead = .older
                case .gap(let gap, let page):
                    held.feed.fill(gap, with: page)
                    held.lastRead = .gap
                }
                return held
            })
    }

    /// The slice that follows or pauses as the selection moves.
    public var sliceReducer: AnySliceReducer {
        let source = self.source
        let pane = self.pane
        return AnySliceReducer(
            follow, derive: { follow, state in follow.observe(state, pane: pane, rows: state[source].value?.feed.rows) })
    }

    /// What the source asks now: the newest page, each refresh; the older page only while the selection is on
    /// the last row shown, and a gap only when the selection is on the row above it. Rows a poll missed are
    /// read as older rows are, when scrolled to: a followed log costs one request a refresh however fast
    /// rows arrive.
    public func query(in state: AppState) -> LogQuery {
        let rows = state[source].value
        return Self.query(state, pane: pane, held: rows, paused: state.slices[follow])
    }

    static func query(in state: AppState, pane: Pane, follow: SliceKey<LogFollow>, name: String) -> LogQuery {
        let held = state.sources.slot(SourceID(name))?.value as? LogHeld<Row>
        return query(state, pane: pane, held: held, paused: state.slices[follow])
    }

    static func query(_ state: AppState, pane: Pane, held: LogHeld<Row>?, paused: LogFollow) -> LogQuery {
        var query = LogQuery(scope: state.ui.scopes[pane], timeframe: state.timeframe, capacity: state.logRows)
        guard let held, held.listing == query.listing else { return query }
        let newAbove = paused.newAbove(in: held.feed.rows)
        let shown = held.feed.rows.count - newAbove
        let list = state.ui.list(pane)
        if let older = held.feed.olderRequest, list.selected >= shown - 1, list.filter.isEmpty {
            query.older = older.position
        } else if held.lastRead != .gap {
            query.fill = gapToRead(held.feed, paused: paused, list: list, newAbove: newAbove)
        }
        return query
    }

    /// The gap right below the selected row, once the selection left the top (rows read into it come below
    /// the selection, so the selected row stays where it is); none while following.
    static func gapToRead(_ feed: LogFeed<Row>, paused: LogFollow, list: ListState, newAbove: Int) -> LogGap? {
        guard !feed.gaps.isEmpty, paused.pausedAt != nil else { return nil }
        let index = newAbove + list.selected
        guard list.filter.isEmpty, list.sortColumn == nil, feed.rows.indices.contains(index) else { return nil }
        let selected = feed.rows[index].id
        return feed.gaps.first { $0.afterID == selected }
    }

    /// The rows to show: those of the current listing, less the ones that came during a pause; and the
    /// title's note ("3 new ↑", "paused").
    public func shown(in state: AppState) -> (rows: ArraySlice<Row>?, notes: [String]) {
        guard let held = state[source].value, held.listing == query(in: state).listing else { return (nil, []) }
        let paused = state.slices[follow]
        let newAbove = paused.newAbove(in: held.feed.rows)
        let notes = newAbove > 0 ? ["\(newAbove) new ↑"] : paused.pausedAt != nil ? ["paused"] : []
        return (held.feed.rows.dropFirst(newAbove), notes)
    }

    /// The ids of the rows on screen, for name look-ups.
    public func rowsOnScreen(in state: AppState) -> ArraySlice<Row> {
        guard state.ui.pane == pane, let rows = shown(in: state).rows else { return [] }
        let list = state.ui.list(pane)
        return rows.dropFirst(max(0, list.scroll)).prefix(ScreenLayout.listRows(height: state.ui.screenHeight))
    }
}
