/// The scheduler's clock: never goes backwards (a wall-clock step cannot stall polling), and can be
/// replaced in tests by a clock they advance themselves.
public struct MonotonicClock: Sendable {
    /// Time since the clock was made.
    public typealias Instant = Duration

    private let reading: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    /// Wraps any clock measured in `Duration` (`ContinuousClock` in production, a test clock in tests).
    public init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let origin = clock.now
        reading = { origin.duration(to: clock.now) }
        sleeper = { deadline in try await clock.sleep(until: origin.advanced(by: deadline), tolerance: nil) }
    }

    public var now: Instant { reading() }

    /// Sleeps until `deadline`; throws when the task is cancelled.
    public func sleep(until deadline: Instant) async throws {
        try await sleeper(deadline)
    }

    public static var continuous: MonotonicClock { MonotonicClock(ContinuousClock()) }
}

extension Duration {
    /// Seconds as a floating-point number.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    static func seconds(fraction value: Double) -> Duration {
        .milliseconds(Int64((max(0, min(value, 86_400 * 365)) * 1000).rounded()))
    }
}
