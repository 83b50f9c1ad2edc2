import Synchronization

/// What one connection learned about the server's log endpoints, so it is asked once, not every poll.
final class LogEndpointMemory: Sendable {
    private let summariesMissing = Mutex<Bool>(false)

    /// Whether `GET /api/interactions/summaries` answered 404 on this connection.
    var lacksSummaries: Bool { summariesMissing.withLock { $0 } }

    func summariesAnswered404() {
        summariesMissing.withLock { $0 = true }
    }
}
