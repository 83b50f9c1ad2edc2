import Foundation

/// Counts what is added to a time series from one reading to the next: new traffic shows up in
/// the newest bucket (and, right after a bucket boundary, in the one before). A total over the
/// whole timeframe cannot give a live rate, because old traffic leaves the window as new arrives.
public struct SeriesCounter: Sendable, Equatable {
    /// Bucket start → value of the newest buckets last seen.
    private var recent: [Date: Double] = [:]
    private var newestSeen: Date?
    /// Everything added since the first reading.
    public private(set) var total: Double = 0
    /// Buckets compared between readings; more than two covers a poll that spans a boundary.
    static let bucketsCompared = 3

    public init() {}

    /// Adds what grew since the last reading. `buckets` are (start, value), oldest first.
    public mutating func observe(_ buckets: [(start: Date, value: Double)]) {
        let newest = Array(buckets.suffix(Self.bucketsCompared))
        defer {
            recent = Dictionary(newest.map { ($0.start, $0.value) }, uniquingKeysWith: { _, last in last })
            newestSeen = newest.last?.start ?? newestSeen
        }
        // The first reading is the baseline: its traffic happened before we looked.
        guard let newestSeen else { return }
        for bucket in newest where bucket.value.isFinite {
            if let before = recent[bucket.start] {
                total += max(0, bucket.value - before)
            } else if bucket.start > newestSeen {
                // A bucket that began since the last reading: all of it is new.
                total += max(0, bucket.value)
            }
        }
    }
}

/// A live rate of something a statistics series counts (requests, cost).
public struct LiveRate: Sendable {
    public private(set) var counter = SeriesCounter()
    public private(set) var tracker = RateTracker()

    public init() {}

    public mutating func observe(_ buckets: [(start: Date, value: Double)], at time: Date) {
        counter.observe(buckets)
        tracker.record(cumulative: counter.total, at: time)
    }

    public var ratePerSecond: Double? { tracker.ratePerSecond }
    public var ratePerHour: Double? { tracker.ratePerHour }
}
