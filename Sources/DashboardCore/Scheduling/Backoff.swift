import Foundation
import ArchestraAPI

/// Retry schedule after failures: exponential from the refresh interval, with jitter so many
/// consoles do not hammer a recovering server in lockstep, capped at 30 seconds.
public enum Backoff {
    public static let cap: TimeInterval = 30

    /// - Parameters:
    ///   - failures: failures in a row, 1 for the first.
    ///   - base: the refresh interval.
    ///   - jitter: a number in 0...1 (random in production, fixed in tests); spreads the delay over ±25 %.
    public static func delay(afterFailures failures: Int, base: TimeInterval, jitter: Double = 0.5) -> TimeInterval {
        let exponent = Double(min(max(failures, 1), 16) - 1)
        let raw = min(cap, max(0.5, base) * pow(2, exponent))
        let spread = 0.75 + 0.5 * min(max(jitter, 0), 1)
        return min(cap, raw * spread)
    }
}
