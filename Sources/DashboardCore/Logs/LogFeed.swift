import ArchestraAPI

/// Rows the server has that a ``LogFeed`` does not, between two rows it holds: new rows outran one poll.
public struct LogGap: Sendable, Hashable {
    /// The held row just above the missing ones (the newer side).
    public var afterID: String
    /// Where the missing rows start on the server.
    public var position: LogPagePosition
}

/// What one merge did, for a pane's "N new ↑" while it does not follow.
public struct LogMerge: Sendable, Equatable {
    /// Rows the feed did not hold, now on top.
    public var added: Int = 0
    /// Held rows that came back changed (a session with new activity) and moved to the top.
    public var updated: Int = 0
    /// Old rows dropped to stay within the capacity.
    public var dropped: Int = 0
    /// Whether the newest page did not reach the rows held, leaving a ``LogGap``.
    public var openedGap: Bool = false
    /// How many rows the server gained since the previous poll, when offset pages' totals tell: more than
    /// `added` when a gap opened (for "N new"). `nil` on cursor pages and on the first poll.
    public var arrived: Int?
}

/// A live log kept cheaply: each poll asks for the newest page only and merges it down to the newest row
/// already held; older rows are read only on demand; at most `capacity` rows are kept. A pure value: the
/// caller makes the requests it names and hands the pages back.
///
/// Rows are newest first. Offset positions (older rows, gaps) move down as new rows arrive, so they are
/// shifted by what each newest page added (by the change in `total` when the server gives one).
public struct LogFeed<Row: LogFeedRow>: Sendable, Equatable {
    /// Rows held unless configured otherwise.
    public static var defaultCapacity: Int { LogRows.defaultCount }
    /// The most rows one poll asks for.
    public static var maxPollLimit: Int { 50 }

    /// The most rows held; the oldest go first.
    public let capacity: Int
    /// Rows asked per page (1…``maxPollLimit``).
    public let pollLimit: Int
    /// Newest first.
    public private(set) var rows: [Row] = []
    /// Holes between held rows, top first.
    public private(set) var gaps: [LogGap] = []
    /// Where rows older than the oldest held continue; `nil` before the first page and at the end.
    public private(set) var older: LogPagePosition?
    /// Whether a newest page has been merged yet.
    public private(set) var hasLoaded = false
    /// The style of the last page.
    public private(set) var style: LogPagingStyle?
    /// The server's count in the last newest offset page.
    public private(set) var total: Int?
    private var ids: Set<String> = []
    /// Names that repeat from row to row, held once.
    private var strings = SharedStrings()

    public init(capacity: Int = Self.defaultCapacity, pollLimit: Int = Self.maxPollLimit) {
        self.capacity = max(capacity, 1)
        self.pollLimit = min(max(pollLimit, 1), Self.maxPollLimit)
    }

    /// Whether the feed holds `capacity` rows (older pages are then not read).
    public var isFull: Bool { rows.count >= capacity }

    /// The request of every poll: the newest page.
    public var newestRequest: LogPageRequest { LogPageRequest(position: .newest, limit: pollLimit) }

    /// The request for the rows below the oldest held, or `nil` when there are none or the feed is full.
    public var olderRequest: LogPageRequest? {
        guard hasLoaded, !isFull, let older else { return nil }
        return LogPageRequest(position: older, limit: pollLimit)
    }

    /// The request that reads the rows missing at `gap`.
    public func request(filling gap: LogGap) -> LogPageRequest {
        LogPageRequest(position: gap.position, limit: pollLimit)
    }

    /// Merges the answer to ``newestRequest``: rows down to the first held, unchanged row go on top.
    @discardableResult
    public mutating func mergeNewest(_ page: LogPage<Row>) -> LogMerge {
        var merge = LogMerge()
        let hadRows = !rows.isEmpty
        var fresh: [Row] = []
        var reachedHeld = false
        for row in page.items {
            if ids.contains(row.id), let index = rows.firstIndex(where: { $0.id == row.id }) {
                if rows[index] == row {
                    reachedHeld = true
                    break
                }
                rows.remove(at: index)
                ids.remove(row.id)
                merge.updated += 1
            } else if fresh.contains(where: { $0.id == row.id }) {
                continue
            } else {
                merge.added += 1
            }
            var row = row
            row.share(&strings)
            fresh.append(row)
        }
        if hadRows {
            merge.arrived = page.total.flatMap { newTotal in total.map { max(0, newTotal - $0) } }
            shiftOffsets(by: merge.arrived ?? merge.added)
            if !reachedHeld, let next = page.next, let last = fresh.last {
                gaps.insert(LogGap(afterID: last.id, position: next), at: 0)
                merge.openedGap = true
            }
        } else {
            older = page.next
        }
        rows.insert(contentsOf: fresh, at: 0)
        ids.formUnion(fresh.map(\.id))
        hasLoaded = true
        note(page)
        merge.dropped = trimToCapacity()
        return merge
    }

    /// Appends the answer to ``olderRequest`` below the rows held.
    ///
    /// An offset page may have been computed before or after new rows pushed the old ones down; its next
    /// offset is taken as it comes, which at worst reads a few rows again (they are held once) but never
    /// skips one.
    /// - Returns: how many rows were new.
    @discardableResult
    public mutating func appendOlder(_ page: LogPage<Row>) -> Int {
        var added = 0
        for var row in page.items where !ids.contains(row.id) {
            guard !isFull else { break }
            row.share(&strings)
            rows.append(row)
            ids.insert(row.id)
            added += 1
        }
        older = page.next
        style = page.style
        return added
    }

    /// Inserts the answer to ``request(filling:)`` below the gap's row, down to the first row held below
    /// the gap; the gap closes there or at the end of the server's rows, else moves down. Rows from above
    /// the gap (read again because the offset moved) are skipped, as in ``appendOlder(_:)``.
    /// - Returns: how many rows were new.
    @discardableResult
    public mutating func fill(_ gap: LogGap, with page: LogPage<Row>) -> Int {
        guard let gapIndex = gaps.firstIndex(where: { $0.afterID == gap.afterID }),
            var insertAt = rows.firstIndex(where: { $0.id == gap.afterID }).map({ $0 + 1 })
        else { return 0 }
        var added = 0
        var closed = false
        for var row in page.items {
            if ids.contains(row.id) {
                if let held = rows.firstIndex(where: { $0.id == row.id }), held < insertAt { continue }
                closed = true
                break
            }
            row.share(&strings)
            rows.insert(row, at: insertAt)
            ids.insert(row.id)
            insertAt += 1
            added += 1
        }
        if closed || page.next == nil {
            gaps.remove(at: gapIndex)
        } else if let next = page.next {
            gaps[gapIndex] = LogGap(afterID: rows[insertAt - 1].id, position: next)
        }
        style = page.style
        trimToCapacity()
        return added
    }

    private mutating func shiftOffsets(by shift: Int) {
        guard shift > 0 else { return }
        if case .offset(let offset)? = older { older = .offset(offset + shift) }
        for index in gaps.indices {
            if case .offset(let offset) = gaps[index].position { gaps[index].position = .offset(offset + shift) }
        }
    }

    /// Only newest pages set `total`, so its change between two polls counts the rows that arrived on top.
    private mutating func note(_ page: LogPage<Row>) {
        style = page.style
        if let pageTotal = page.total { total = pageTotal }
    }

    /// Drops the oldest rows beyond `capacity`, and the gaps they bordered.
    @discardableResult
    private mutating func trimToCapacity() -> Int {
        let excess = rows.count - capacity
        guard excess > 0 else { return 0 }
        for row in rows.suffix(excess) { ids.remove(row.id) }
        rows.removeLast(excess)
        gaps.removeAll { !ids.contains($0.afterID) || $0.afterID == rows.last?.id }
        return excess
    }
}
