import Foundation
import Synchronization
@testable import DashboardCore

/// A clock that moves only when a test advances it, so scheduling is tested without sleeping.
final class ManualClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (left: Instant, right: Instant) -> Bool { left.offset < right.offset }
    }

    private struct Sleeper {
        var id: UInt64
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct Inner {
        var now = Instant(offset: .zero)
        var sleepers: [Sleeper] = []
        var nextID: UInt64 = 0
    }

    private let inner = Mutex(Inner())

    var now: Instant { inner.withLock { $0.now } }
    var minimumResolution: Duration { .zero }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let id = inner.withLock { inner -> UInt64 in
            inner.nextID += 1
            return inner.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow = inner.withLock { inner -> Bool in
                    if deadline <= inner.now || Task.isCancelled { return true }
                    inner.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return false
                }
                if resumeNow {
                    if Task.isCancelled { continuation.resume(throwing: CancellationError()) } else { continuation.resume() }
                }
            }
        } onCancel: {
            let sleeper = inner.withLock { inner -> Sleeper? in
                guard let index = inner.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return inner.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// How many tasks are asleep on this clock: a test moves time only once the code under test waits on it,
    /// or the wait would start after the move and miss it.
    var sleeperCount: Int { inner.withLock { $0.sleepers.count } }

    /// Moves time on and wakes every sleeper whose deadline has come.
    func advance(by duration: Duration) {
        let due = inner.withLock { inner -> [Sleeper] in
            inner.now = inner.now.advanced(by: duration)
            let now = inner.now
            let due = inner.sleepers.filter { $0.deadline <= now }
            inner.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        due.forEach { $0.continuation.resume() }
    }

    var monotonic: MonotonicClock { MonotonicClock(self) }
}
