import Synchronization

/// What one connection learned about the server's log endpoints, so it is asked once, not every poll.
final class LogEndpointMemory: Sendable {
    private let summariesAreMissing = Mutex<Bool>(false)

    /// Whether `GET /api/interactions/summaries` proved missing on this connection (full records stood in).
    var lacksSummaries: Bool { summariesAreMissing.withLock { $0 } }

    func summariesMissing() {
        summariesAreMissing.withLock { $0 = true }
    }
}
