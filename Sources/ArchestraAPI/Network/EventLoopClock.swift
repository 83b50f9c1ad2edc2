import NIOCore

/// The monotonic clock, whose sleeps are timers of the networking event loop.
///
/// `Task.sleep` on `ContinuousClock` arms a libdispatch timer, which wakes a pool thread when it
/// fires, even for a sleep cancelled long before (the scheduler's waits are mostly cut short by an
/// answer). A sleep here is a timer of the loop's own `epoll_wait`: it wakes nothing else, and
/// cancelling it removes it.
public struct EventLoopClock: Clock {
    public typealias Instant = ContinuousClock.Instant
    public typealias Duration = Swift.Duration

    public init() {}

    public var now: Instant { ContinuousClock.now }
    public var minimumResolution: Duration { ContinuousClock().minimumResolution }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let delay = now.duration(to: deadline)
        guard delay > .zero else { return try Task.checkCancellation() }
        let (seconds, attoseconds) = delay.components
        let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let amount: TimeAmount =
            nanoseconds.overflow ? .hours(24 * 365) : .nanoseconds(nanoseconds.partialValue + attoseconds / 1_000_000_000)
        let timer = ClientEventLoop.group.any().scheduleTask(in: amount) {}
        do {
            try await withTaskCancellationHandler {
                try await timer.futureResult.get()
            } onCancel: {
                timer.cancel()
            }
        } catch {
            // The only failure of a timer is its cancellation.
            throw CancellationError()
        }
    }
}
