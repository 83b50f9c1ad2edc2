import TerminalUI
import Foundation

/// What is expected to happen to a limit before its next reset.
public enum ForecastOutcome: Sendable, Equatable {
    /// Usage is above the cap now.
    case alreadyOver
    /// At the current burn the cap is reached in this many seconds, before the next reset.
    case capIn(TimeInterval)
    /// Usage keeps growing (or stays flat) but stays at or under the cap until the reset.
    case withinLimit(projectedAtReset: Double)
    /// Not enough data: no usage, no burn rate, or neither a reset nor any burn to project.
    case unknown
}

/// A burn-rate projection of one limit's usage to its next reset.
public struct Forecast: Sendable, Equatable {
    /// Units per hour (dollars for `token_cost`); `nil` when it cannot be estimated.
    public var burnRatePerHour: Double?
    /// Usage expected at the next reset if the burn continues; `nil` without a reset time or rate.
    public var projectedAtReset: Double?
    /// The verdict.
    public var outcome: ForecastOutcome

    public init(burnRatePerHour: Double?, projectedAtReset: Double?, outcome: ForecastOutcome) {
        self.burnRatePerHour = burnRatePerHour
        self.projectedAtReset = projectedAtReset
        self.outcome = outcome
    }

    /// Projects usage from polled samples.
    ///
    /// The burn rate is the least-squares slope over the samples since the last drop (a drop
    /// means the counter was reset), floored at zero. When those samples are too few (under
    /// two, or spanning under a second) `fallbackRatePerHour` is used instead, e.g. one
    /// derived from a statistics time series. Projections start from the latest sample, so a
    /// reading a few seconds old still grows until `now`.
    ///
    /// - Parameters:
    ///   - samples: usage observations, any order; non-finite readings are ignored.
    ///   - limit: the cap; a cap that is not finite and positive gives `.unknown`.
    ///   - now: the current time.
    ///   - nextReset: when the counter resets, if known.
    ///   - fallbackRatePerHour: a burn rate to use when the samples cannot give one.
    public static func make(
        samples: [UsageSample],
        limit: Double,
        now: Date,
        nextReset: Date?,
        fallbackRatePerHour: Double? = nil
    ) -> Forecast {
        make(
            window: BurnRate.samplesSinceLastReset(samples), limit: limit, now: now, nextReset: nextReset,
            fallbackRatePerHour: fallbackRatePerHour)
    }

    /// - Parameter window: the samples since the last reset, in time order.
    private static func make<Window: BidirectionalCollection>(
        window: Window, limit: Double, now: Date, nextReset: Date?, fallbackRatePerHour: Double?
    ) -> Forecast where Window.Element == UsageSample {
        let fallback = fallbackRatePerHour.flatMap { $0.isFinite ? max($0, 0) : nil }
        let rate = BurnRate.leastSquaresPerHour(inOrder: window) ?? fallback

        guard let latest = window.last, limit.isFinite, limit > 0 else {
            return Forecast(burnRatePerHour: rate, projectedAtReset: nil, outcome: .unknown)
        }
        let projected: Double? = rate.flatMap { rate in
            nextReset.map { reset in
                latest.used + rate * max(reset.timeIntervalSince(latest.time), 0) / 3_600
            }
        }
        if latest.used > limit {
            return Forecast(burnRatePerHour: rate, projectedAtReset: projected, outcome: .alreadyOver)
        }
        guard let rate else {
            return Forecast(burnRatePerHour: nil, projectedAtReset: nil, outcome: .unknown)
        }
        guard rate > 0 else {
            let outcome: ForecastOutcome = projected.map { .withinLimit(projectedAtReset: $0) } ?? .unknown
            return Forecast(burnRatePerHour: rate, projectedAtReset: projected, outcome: outcome)
        }
        let capTime = latest.time.addingTimeInterval((limit - latest.used) / rate * 3_600)
        if let nextReset, let projected, capTime >= nextReset {
            return Forecast(burnRatePerHour: rate, projectedAtReset: projected, outcome: .withinLimit(projectedAtReset: projected))
        }
        let timeToCap = max(capTime.timeIntervalSince(now), 0)
        return Forecast(burnRatePerHour: rate, projectedAtReset: projected, outcome: .capIn(timeToCap))
    }

    /// One-line verdict with dollar amounts, e.g. "cap in 3h 10m", "over limit",
    /// "≈$412 at reset", "no forecast".
    public var summary: String {
        summary(formatValue: NumberFormat.money)
    }

    /// One-line verdict, formatting the projected value with `formatValue` (for non-dollar limits).
    public func summary(formatValue: (Double) -> String) -> String {
        switch outcome {
        case .alreadyOver: return "over limit"
        case .capIn(let seconds): return "cap in " + NumberFormat.duration(seconds)
        case .withinLimit(let projected): return "≈\(formatValue(projected)) at reset"
        case .unknown: return "no forecast"
        }
    }
}
