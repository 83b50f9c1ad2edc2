import Foundation
import ArchestraAPI

/// What the refusal watch asks next: the newest page (every refresh), a page below the rows held (at start,
/// to reach an hour back), or the rows missing under a hole (when the watch rested a while).
public enum RefusalWatchRequest: Sendable, Hashable {
    case newest
    case older(LogPagePosition)
    case fill(LogGap)
}

/// One answer of the refusal watch, its rows already cut down to what the watch keeps.
public struct RefusalWatchAnswer: Sendable {
    public var request: RefusalWatchRequest
    public var page: LogPage<WatchedInteraction>

    public init(request: RefusalWatchRequest, page: LogPage<WatchedInteraction>) {
        self.request = request
        self.page = page
    }
}

/// The console's eye on guardrail refusals, for the overview's count and the refusal notifications: the
/// newest page of interactions (summaries where the server has them, as `:logs` reads them) merged into a
/// small ``LogFeed`` of ``WatchedInteraction``s, at the refresh interval, one request each time.
///
/// - At start it reads up to ``catchUpPages`` pages below the first, until it reaches an hour back; where
///   it cannot, the count says since when it is complete. A hole (more new rows than a page) is read the
///   same way after a rest or a single burst, not during a flood (a hole at every poll).
/// - While `:logs` shows every interaction (no scope), it polls nothing and reads the rows that pane
///   polls instead.
/// - What it keeps is bounded: ``heldRows`` rows of a few fields each, and the ``RefusalLedger``.
public struct RefusalWatch: Sendable {
    /// Rows the feed holds: the newest page and the pages read below it.
    static let heldRows = (1 + catchUpPages) * LogFeed<WatchedInteraction>.maxPollLimit
    /// Pages read below the newest at start, or under a hole after a rest or a burst.
    static let catchUpPages = 3
    /// A hole within this many seconds of the last one is a flood, not a burst: it is not read.
    static let floodMemory: TimeInterval = 60

    var feed = LogFeed<WatchedInteraction>(capacity: heldRows)
    /// Asked at the next poll.
    var next: RefusalWatchRequest = .newest
    var pagesLeft = 0
    var lastAnswer: Date?
    /// When a newest page last failed to reach the rows held.
    var lastGap: Date?
    /// The refusals of the last hour.
    public internal(set) var ledger = RefusalLedger()
    var alerts = RefusalAlerts()

    public init() {}
}

extension RefusalWatch {
    var window: TimeInterval { RefusalLedger.window }

    mutating func take(_ answer: RefusalWatchAnswer, at time: Date, state: AppState) {
        // A hole is read after a rest (the watch was off) or a single burst; holes poll after poll mean more
        // rows than a page per refresh, and reading them would never end.
        let rested = lastAnswer.map { time.timeIntervalSince($0) > 3 * max(state.refreshInterval, 1) } ?? false
        let burst = lastGap.map { time.timeIntervalSince($0) > Self.floodMemory } ?? true
        lastAnswer = time
        let page = answer.page
        switch answer.request {
        case .newest:
            takeNewest(page, canFill: rested || burst, at: time, state: state)
        case .older:
            let added = feed.appendOlder(page)
            ledger.count(feed.rows.suffix(added), now: time)
            pagesLeft -= 1
            if page.next == nil, !feed.isFull {
                ledger.cover(since: time.addingTimeInterval(-window))
            } else {
                ledger.cover(since: feed.rows.last?.createdAt ?? time)
            }
            next = olderOrNewest(at: time)
        case .fill(let gap):
            takeFill(page, gap: gap, at: time, state: state)
        }
        ledger.prune(now: time)
    }

    mutating func takeNewest(_ page: LogPage<WatchedInteraction>, canFill: Bool, at time: Date, state: AppState) {
        let first = !feed.hasLoaded
        let held = Set(feed.rows.map(\.id))
        let reached = page.items.contains { held.contains($0.id) }
        let merge = feed.mergeNewest(page)
        let fresh = feed.rows.prefix(merge.added + merge.updated)
        let counted = ledger.count(fresh, now: time)
        if first {
            // What was there before the console looked: counted, never rung.
            ledger.cover(since: page.next == nil ? time.addingTimeInterval(-window) : fresh.last?.createdAt ?? time)
            pagesLeft = Self.catchUpPages
            next = olderOrNewest(at: time)
            return
        }
        queueAlerts(counted, state: state)
        next = .newest
        guard !reached, page.next != nil, let bottom = fresh.last else { return }
        // More rows came than a page holds: only those above the hole are known.
        lastGap = time
        ledger.openGap(at: bottom.createdAt ?? time)
        if canFill, let gap = feed.gaps.first {
            pagesLeft = Self.catchUpPages
            next = .fill(gap)
        } else {
            ledger.abandonGap()
        }
    }

    mutating func takeFill(_ page: LogPage<WatchedInteraction>, gap: LogGap, at time: Date, state: AppState) {
        next = .newest
        guard let above = feed.rows.firstIndex(where: { $0.id == gap.afterID }), feed.gaps.contains(gap) else {
            ledger.abandonGap()
            return
        }
        let below = Set(feed.rows[(above + 1)...].map(\.id))
        let closes = page.next == nil || page.items.contains { below.contains($0.id) }
        let added = feed.fill(gap, with: page)
        // The rows put in below the gap's row (bounded by what the capacity kept).
        let inserted = min(above + 1, feed.rows.count)..<min(feed.rows.count, above + 1 + added)
        queueAlerts(ledger.count(feed.rows[inserted], now: time), state: state)
        pagesLeft -= 1
        if closes {
            ledger.closeGap()
            return
        }
        let moved = feed.gaps.first { gap in feed.rows[inserted].contains { $0.id == gap.afterID } }
        if let reached = feed.rows[inserted].last?.createdAt { ledger.narrowGap(to: reached) }
        if pagesLeft > 0, let moved {
            next = .fill(moved)
        } else {
            ledger.abandonGap()
        }
    }

    /// The top rows of `:logs` while it shows every interaction, taken as a newest page.
    mutating func takeShared(_ rows: [WatchedInteraction], at time: Date, state: AppState) {
        let page = LogPage(items: rows, style: .offset, next: nil)
        let first = !feed.hasLoaded
        let held = Set(feed.rows.map(\.id))
        let reached = rows.contains { held.contains($0.id) }
        let merge = feed.mergeNewest(page)
        let fresh = feed.rows.prefix(merge.added + merge.updated)
        let counted = ledger.count(fresh, now: time)
        if first {
            ledger.cover(since: fresh.last?.createdAt ?? time)
        } else {
            queueAlerts(counted, state: state)
            if !reached, rows.count >= Refusals.pageLimit, let bottom = fresh.last {
                ledger.openGap(at: bottom.createdAt ?? time)
                ledger.abandonGap()
            }
        }
        ledger.prune(now: time)
    }

    /// A page below the rows held while the start's pages last and the rows held do not reach an hour back.
    func olderOrNewest(at time: Date) -> RefusalWatchRequest {
        guard pagesLeft > 0, let request = feed.olderRequest, let oldest = feed.rows.last?.createdAt,
            oldest > time.addingTimeInterval(-window)
        else { return .newest }
        return .older(request.position)
    }

    mutating func queueAlerts(_ refusals: [WatchedInteraction], state: AppState) {
        guard state.notifications.wants(.refusals) else { return }
        let names = state.items(LogsResource.agentNames)
        for row in refusals {
            guard let refusal = row.refusal else { continue }
            let agent = refusal.profileId.flatMap { names[$0] } ?? refusal.agentLabel ?? "an agent"
            alerts.queue(agent: agent, tool: refusal.tool ?? "a tool")
        }
    }
}
