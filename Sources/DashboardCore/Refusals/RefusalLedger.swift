import Foundation

/// The refusals of the last hour, counted once each, and since when the count is complete. Bounded: at most
/// ``capacity`` refusals, none older than the hour, so a console left open for days stays the same size.
public struct RefusalLedger: Sendable, Equatable {
    /// How far back the overview counts.
    public static let window: TimeInterval = 3_600
    /// The most refusals remembered; beyond it the oldest go, and the count says since when it is complete.
    public static let capacity = 1_000

    struct Mark: Sendable, Equatable {
        var id: String
        var date: Date
    }

    /// Oldest first.
    private(set) var marks: [Mark] = []
    private var ids: Set<String> = []
    /// Every refusal since this instant is counted; `nil` until the first page is read.
    public private(set) var coveredSince: Date?
    /// What was covered below a gap that is being filled: it holds again once the gap closes.
    private var coveredBelowGap: Date?

    public init() {}

    /// Counts the refusals among `rows` not counted yet (a row can come back changed); rows without a time
    /// count at `now`.
    /// - Returns: the newly counted refusals, in the order given.
    @discardableResult
    mutating func count(_ rows: some Sequence<WatchedInteraction>, now: Date) -> [WatchedInteraction] {
        var counted: [WatchedInteraction] = []
        for row in rows where row.refusal != nil && !ids.contains(row.id) {
            let date = row.createdAt ?? now
            let index = marks.lastIndex { $0.date <= date }.map { $0 + 1 } ?? 0
            marks.insert(Mark(id: row.id, date: date), at: index)
            ids.insert(row.id)
            counted.append(row)
        }
        prune(now: now)
        return counted
    }

    /// Drops what left the hour, and the oldest beyond the capacity (the count is then complete only since
    /// the oldest one kept).
    mutating func prune(now: Date) {
        let start = now.addingTimeInterval(-Self.window)
        let old = marks.prefix { $0.date < start }.count
        let excess = max(0, marks.count - old - Self.capacity)
        let dropped = old + excess
        guard dropped > 0 else { return }
        for mark in marks.prefix(dropped) { ids.remove(mark.id) }
        marks.removeFirst(dropped)
        if excess > 0, let oldest = marks.first?.date { coveredSince = max(coveredSince ?? oldest, oldest) }
    }

    /// The rows read reach back to `date` without a hole (never later than what was already covered).
    mutating func cover(since date: Date) {
        coveredSince = min(coveredSince ?? date, date)
    }

    /// New rows did not reach the rows held: only what is above the hole is known, from `date`.
    mutating func openGap(at date: Date) {
        if coveredBelowGap == nil { coveredBelowGap = coveredSince }
        coveredSince = date
    }

    /// The hole was filled down to `date`, not yet closed.
    mutating func narrowGap(to date: Date) {
        coveredSince = date
    }

    /// The hole was filled: what was covered below it counts again.
    mutating func closeGap() {
        if let below = coveredBelowGap { cover(since: below) }
        coveredBelowGap = nil
    }

    /// The hole stays (too many rows to read): the count is complete from above it only.
    mutating func abandonGap() {
        coveredBelowGap = nil
    }

    /// What the overview says at `now`.
    public func tally(at now: Date) -> RefusalTally? {
        guard let coveredSince else { return nil }
        let start = now.addingTimeInterval(-Self.window)
        let from = max(start, coveredSince)
        let count = marks.reduce(0) { $0 + ($1.date >= from ? 1 : 0) }
        return RefusalTally(count: count, since: coveredSince > start ? coveredSince : nil)
    }
}

/// Refusals counted for the overview: over the whole last hour, or since a later time when the rows read
/// did not reach back that far.
public struct RefusalTally: Sendable, Equatable {
    public var count: Int
    /// `nil` when the count covers the whole hour.
    public var since: Date?

    public init(count: Int, since: Date?) {
        self.count = count
        self.since = since
    }
}
