import Foundation

/// A live rate from successive readings of a counter that only grows: the change over the last
/// minute divided by the time it took, so one quiet poll does not read as zero. Until three
/// readings span some time there is no rate (shown as "—").
///
/// A reading lower than the previous one means the counter was reset: the readings before it no
/// longer count. Readings that are not finite or not later than the previous one are ignored.
public struct RateTracker: Sendable {
    private struct Reading: Sendable {
        var value: Double
        var time: Date
    }

    /// How far back the rate looks.
    public let window: TimeInterval
    /// Readings needed before a rate is given.
    public static let minimumReadings = 3
    private var readings: RingBuffer<Reading>

    public init(window: TimeInterval = 60, capacity: Int = 240) {
        self.window = window
        readings = RingBuffer(capacity: capacity)
    }

    public mutating func record(cumulative: Double, at time: Date) {
        guard cumulative.isFinite else { return }
        if let last = readings.last {
            guard time > last.time else { return }
            if cumulative < last.value { readings = RingBuffer(capacity: readings.capacity) }
        }
        readings.append(Reading(value: cumulative, time: time))
    }

    /// Units per second over the last `window`, nil until there are enough readings.
    public var ratePerSecond: Double? {
        guard let last = readings.last else { return nil }
        let recent = readings.filter { last.time.timeIntervalSince($0.time) <= window }
        guard recent.count >= Self.minimumReadings, let first = recent.first else { return nil }
        let elapsed = last.time.timeIntervalSince(first.time)
        guard elapsed > 0 else { return nil }
        return (last.value - first.value) / elapsed
    }

    public var ratePerHour: Double? { ratePerSecond.map { $0 * 3_600 } }
}
