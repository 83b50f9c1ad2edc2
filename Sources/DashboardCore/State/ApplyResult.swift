import Foundation
import ArchestraAPI

extension AppState {
    mutating func markLoading(_ source: DataSource) {
        self[keyPath: Self.statusPath(of: source)].isLoading = true
    }

    /// Stores a poll result. A result for parameters that are no longer current
    /// (another timeframe, another agents page) is dropped.
    mutating func apply(_ result: LoadResult) {
        let time = result.finishedAt
        now = max(now, time)
        switch result.outcome {
        case .failure(let error):
            let failures = status(of: result.request.source).consecutiveFailures + 1
            let retry = time.addingTimeInterval(Backoff.delay(afterFailures: failures, base: refreshInterval, jitter: result.jitter))
            // A rejected key will not start working by itself: wait for `r` instead of a retry storm.
            fail(result.request.source, error, at: time, retryAt: error.isUnauthorized ? nil : retry)
        case .success(let data):
            guard result.request == request(for: result.request.source) || isStillUseful(result.request) else {
                markIdle(result.request.source)
                return
            }
            store(data, for: result.request, at: time)
        }
    }

    /// Limits results stay useful even when the set of unknown agent ids changed meanwhile.
    func isStillUseful(_ request: FetchRequest) -> Bool {
        if case .limits = request { return true }
        if case .proxies = request { return true }
        return false
    }

    mutating func markIdle(_ source: DataSource) {
        self[keyPath: Self.statusPath(of: source)].isLoading = false
    }

    mutating func fail(_ source: DataSource, _ error: ArchestraError, at time: Date, retryAt: Date?) {
        self[keyPath: Self.statusPath(of: source)].fail(error, at: time, retryAt: retryAt)
    }

    mutating func store(_ data: LoadedData, for request: FetchRequest, at time: Date) {
        switch data {
        case .server(let info): server.succeed(info, at: time)
        case .agents(let page):
            guard case .agents(let pageRequest) = request else { return }
            var listing = agents.value ?? AgentListing(query: pageRequest.query)
            if listing.query != pageRequest.query { listing = AgentListing(query: pageRequest.query) }
            listing.total = page.pagination.total
            listing.pages[pageRequest.offset] = page.data
            // Keep only the pages near the selection so memory stays flat.
            let keep = pageRequest.offset
            listing.pages = listing.pages.filter { abs($0.key - keep) <= AgentListQuery.pageSize }
            agents.succeed(listing, at: time)
        case .gateways(let list): gateways.succeed(list, at: time)
        case .proxies(let listing):
            generation = listing.generation
            proxies.succeed(listing, at: time)
        case .proxyStats(let stats):
            proxyStats.succeed(stats, at: time)
            requestRate.record(cumulative: stats.totals.requests, at: time)
            costRate.record(cumulative: stats.totals.billedCost, at: time)
        case .knowledgeBases(let rows): knowledgeBases.succeed(rows, at: time)
        case .mcpServers(let list): mcpServers.succeed(list, at: time)
        case .catalog(let list): catalog.succeed(list, at: time)
        case .limits(let list, let names):
            let merged = (limits.value?.agentNames ?? [:]).merging(names) { _, new in new }
            limits.succeed(LimitsSnapshot(limits: list, agentNames: merged), at: time)
            limitHistory.recordPoll(Dictionary(list.map { ($0.id, $0.usedCost) }, uniquingKeysWith: { first, _ in first }), at: time)
        case .teams(let list): teams.succeed(list, at: time)
        case .teamStats(let list): teamStats.succeed(list, at: time)
        case .agentStats(let list): agentStats.succeed(list, at: time)
        case .modelStats(let list): modelStats.succeed(list, at: time)
        case .overview(let value): overview.succeed(value, at: time)
        case .costSavings(let value): costSavings.succeed(value, at: time)
        }
    }
}
