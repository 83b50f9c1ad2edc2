import Foundation
import ArchestraAPI

extension AppState {
    /// Stores a poll result. A result for parameters that are no longer current (another
    /// timeframe, another agents page) is dropped.
    /// The value kept is told to the resources' slices through `events`.
    mutating func apply(_ result: LoadResult, events: inout [ResourceEvent]) -> [Effect] {
        let time = result.finishedAt
        now = max(now, time)
        guard let source = ResourceRegistry.source(result.source) else { return [] }
        switch result.outcome {
        case .failure(let error):
            let failures = status(of: source.id).consecutiveFailures + 1
            // A rejected key will not start working by itself: wait for `r` instead of a retry storm.
            // Failures a person must fix (an untrusted certificate, a proxy asking for credentials)
            // go to the slowest retry at once.
            let delay: TimeInterval? =
                error.isUnauthorized
                ? nil
                : error.needsAction
                    ? Backoff.cap
                    : Backoff.delay(afterFailures: failures, base: refreshInterval, jitter: result.jitter)
            updateStatus(of: source.id) { $0.fail(error, at: time, retryAfter: delay) }
            return []
        case .success(let value):
            // Another service answering (metrics) says nothing about the API.
            let reconnected =
                source.id != Sources.health.id && source.service == .api
                && server.error.map(Self.isUnreachable) == true
            guard let stored = source.store(&self, value, result.key, time) else {
                updateStatus(of: source.id) { $0.isLoading = false }
                return []
            }
            events.append(.loaded(source.id, value: stored, at: time))
            guard reconnected else { return [] }
            // The server answers again: it may have been upgraded meanwhile, so read its version
            // and detect its API generation anew.
            updateStatus(of: Sources.health.id) { $0.clearFailure() }
            generation = nil
            return [.refresh([Sources.health.id])]
        }
    }

    mutating func apply(_ result: ItemResult) {
        now = max(now, result.finishedAt)
        storeItem(result.lookup, key: result.key, outcome: result.outcome, at: result.finishedAt)
    }
}

extension AppState {
    /// Whether an error means the server could not be reached at all.
    static func isUnreachable(_ error: ArchestraError) -> Bool {
        if case .transport = error { return true }
        return false
    }
}
