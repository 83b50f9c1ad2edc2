import ArchestraAPI
import DashboardCore

/// The rows `logs` prints, read the way the `:logs` and `:calls` panes read them: a ``LogFeed`` that asks for
/// the newest page only and merges it down to the newest row it holds. When more rows came between two polls
/// than one page holds, the rows in between are read before anything is printed, so each row comes out
/// once, oldest first.
struct LogTail<Row: LogFeedRow> {
    typealias Fetch = @Sendable (LogPageRequest) async throws -> LogPage<Row>

    /// The most rows `--tail` asks for, and the fewest the feed holds to tell new rows from old.
    static var capacity: Int { LogFeed<Row>.defaultCapacity }
    /// Rows asked per page.
    static var pollLimit: Int { LogFeed<Row>.maxPollLimit }
    /// Pages read per poll at most beyond the newest one: older missing rows wait for the next poll.
    static var extraPagesPerPoll: Int { capacity / LogFeed<Row>.maxPollLimit }

    private let fetch: Fetch
    private(set) var feed = LogFeed<Row>(capacity: Self.capacity)
    /// The ids of the rows handed out (or passed over by `--tail`): a poll hands out the others. Kept to the
    /// rows the feed holds, so it stays as small as the feed.
    private var handedOut: Set<String> = []

    init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// The newest `count` rows (fewer when the server has fewer), oldest first.
    mutating func start(count: Int) async throws -> [Row] {
        feed.mergeNewest(try await fetch(feed.newestRequest))
        while feed.rows.count < count, let older = feed.olderRequest {
            // A page of rows already held would not move on: stop rather than ask again.
            guard feed.appendOlder(try await fetch(older)) > 0 else { break }
        }
        handedOut = Set(feed.rows.map(\.id))
        return Array(feed.rows.prefix(max(0, count)).reversed())
    }

    /// The rows that came since the last call, oldest first, each once. A failed request leaves nothing
    /// half done: the rows already read are handed out by the next call.
    mutating func poll() async throws -> [Row] {
        let wasEmpty = feed.rows.isEmpty
        feed.mergeNewest(try await fetch(feed.newestRequest))
        var pages = 0
        while let gap = feed.gaps.first, pages < Self.extraPagesPerPoll {
            feed.fill(gap, with: try await fetch(feed.request(filling: gap)))
            pages += 1
        }
        // A log that was empty has no row to stop at: whatever the server holds now is new.
        while wasEmpty, pages < Self.extraPagesPerPoll, let older = feed.olderRequest {
            guard feed.appendOlder(try await fetch(older)) > 0 else { break }
            pages += 1
        }
        let fresh = feed.rows.filter { !handedOut.contains($0.id) }
        handedOut = Set(feed.rows.map(\.id))
        return fresh.reversed()
    }
}
