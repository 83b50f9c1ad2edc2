import Foundation

/// Turns successive readings of a cumulative counter (requests, cost) into live rates.
///
/// Each step's rate is Δvalue / Δt between consecutive readings. A counter that goes down
/// (its window rolled over or it was reset) gives no rate for that step; the lower value
/// becomes the new baseline. Readings that are not finite or not later than the previous
/// one are ignored.
public struct RateTracker: Sendable {
    private struct Reading: Sendable {
        var value: Double
        var time: Date
    }

    private var previous: Reading?
    /// Per-second rates of past steps, oldest first, for sparklines.
    public private(set) var ratesPerSecond: RingBuffer<Double>
    /// The rate of the most recent step; `nil` before two readings or right after a drop.
    public private(set) var latestRatePerSecond: Double?

    /// A tracker keeping the last `capacity` rates.
    public init(capacity: Int = 120) {
        ratesPerSecond = RingBuffer(capacity: capacity)
    }

    /// Adds a reading of the counter taken at `time`.
    public mutating func record(cumulative: Double, at time: Date) {
        guard cumulative.isFinite else { return }
        guard let previous else {
            previous = Reading(value: cumulative, time: time)
            return
        }
        let elapsed = time.timeIntervalSince(previous.time)
        // A repeated or out-of-order reading adds nothing; keep the earlier baseline.
        guard elapsed > 0 else { return }
        self.previous = Reading(value: cumulative, time: time)
        guard cumulative >= previous.value else {
            latestRatePerSecond = nil
            return
        }
        let rate = (cumulative - previous.value) / elapsed
        latestRatePerSecond = rate
        ratesPerSecond.append(rate)
    }

    /// The latest rate scaled to units per hour.
    public var latestRatePerHour: Double? {
        latestRatePerSecond.map { $0 * 3_600 }
    }
}
