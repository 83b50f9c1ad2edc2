import Foundation

/// Recent usage samples for every limit, keyed by limit id, with bounded memory:
/// each limit keeps at most `capacity` samples and limits that disappear are forgotten.
public struct LimitUsageHistory: Sendable {
    /// Samples kept per limit.
    public let capacity: Int
    private var samplesById: [String: RingBuffer<UsageSample>] = [:]

    /// An empty history keeping `capacity` samples per limit (360 = one hour at a 10 s poll).
    public init(capacity: Int = 360) {
        self.capacity = max(capacity, 1)
    }

    /// Adds a reading for one limit. Non-finite usage and readings not later than that
    /// limit's newest sample are ignored, so samples stay in time order.
    public mutating func record(limitId: String, used: Double, at time: Date) {
        guard used.isFinite else { return }
        var buffer = samplesById.removeValue(forKey: limitId) ?? RingBuffer(capacity: capacity)
        if let newest = buffer.last, time <= newest.time {
            samplesById[limitId] = buffer
            return
        }
        buffer.append(UsageSample(time: time, used: used))
        samplesById[limitId] = buffer
    }

    /// Records one poll of the limit list: a sample for each id with known usage, and
    /// forgets every id not in the poll. Ids with `nil` usage (call-count limits) are kept
    /// but get no sample.
    public mutating func recordPoll(_ usedById: [String: Double?], at time: Date) {
        retainOnly(Set(usedById.keys))
        for (limitId, used) in usedById {
            if let used { record(limitId: limitId, used: used, at: time) }
        }
    }

    /// Forgets every limit whose id is not in `ids`.
    public mutating func retainOnly(_ ids: Set<String>) {
        samplesById = samplesById.filter { ids.contains($0.key) }
    }

    /// The samples of one limit, oldest first; empty when none were recorded.
    public func samples(for limitId: String) -> RingBuffer<UsageSample> {
        samplesById[limitId] ?? RingBuffer(capacity: capacity)
    }

    /// Ids that currently have samples.
    public var limitIds: Set<String> { Set(samplesById.keys) }
}
