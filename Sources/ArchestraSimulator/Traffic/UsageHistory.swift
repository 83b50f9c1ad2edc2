/// Usage over time in three resolutions, each bounded in age so memory stays flat for days.
///
/// Every sample goes into all tiers; queries read the finest tier that still covers the
/// requested window. Minute buckets live 3 hours, hour buckets 31 days, day buckets 400 days.
struct UsageHistory: Sendable {
    struct Tier: Sendable {
        let width: Double
        let retention: Double
        /// Bucket number (`floor(time / width)`) → usage per key.
        var buckets: [Int64: [UsageKey: UsageSample]] = [:]
    }

    private(set) var tiers: [Tier] = [
        Tier(width: Timestamp.minute, retention: 3 * Timestamp.hour),
        Tier(width: Timestamp.hour, retention: 31 * Timestamp.day),
        Tier(width: Timestamp.day, retention: 400 * Timestamp.day),
    ]

    /// Adds `sample` at `time` to every tier.
    mutating func record(_ sample: UsageSample, key: UsageKey, at time: Double) {
        for index in tiers.indices {
            let bucket = Int64((time / tiers[index].width).rounded(.down))
            tiers[index].buckets[bucket, default: [:]][key, default: UsageSample()].add(sample)
        }
    }

    /// When ``prune(now:)`` last ran; pruning more than once a minute changes nothing.
    private var lastPruned = -Double.infinity

    /// Drops buckets older than each tier's retention (at most once per simulated minute).
    mutating func prune(now: Double) {
        guard now - lastPruned >= Timestamp.minute else { return }
        lastPruned = now
        for index in tiers.indices {
            let oldest = Int64(((now - tiers[index].retention) / tiers[index].width).rounded(.down))
            tiers[index].buckets = tiers[index].buckets.filter { $0.key >= oldest }
        }
    }

    /// Start of the oldest bucket still held, if any.
    var earliestTime: Double? {
        guard let coarsest = tiers.last, let first = coarsest.buckets.keys.min() else { return nil }
        return Double(first) * coarsest.width
    }

    /// Sums usage inside `window`, grouped by `group` (returning `nil` drops a key), per output bucket.
    func collect<Group: Hashable>(in window: StatisticsWindow, now: Double, group: (UsageKey) -> Group?) -> [Group: SeriesTotals] {
        let tier = tierFor(window: window, now: now)
        var result: [Group: SeriesTotals] = [:]
        var groupCache: [UsageKey: Group?] = [:]
        for (bucketNumber, samples) in tier.buckets {
            guard let slot = window.bucketIndex(for: Double(bucketNumber) * tier.width) else { continue }
            for (key, sample) in samples {
                let resolved: Group?
                if let cached = groupCache[key] {
                    resolved = cached
                } else {
                    resolved = group(key)
                    groupCache[key] = resolved
                }
                guard let groupKey = resolved else { continue }
                result[groupKey, default: SeriesTotals(bucketCount: window.bucketStarts.count)].add(sample, slot: slot)
            }
        }
        return result
    }

    /// The finest tier whose buckets are no wider than the window's and that still holds its start.
    func tierFor(window: StatisticsWindow, now: Double) -> Tier {
        let age = now - window.start
        for tier in tiers where tier.width <= window.narrowestBucket && tier.retention >= age {
            return tier
        }
        return tiers[tiers.count - 1]
    }
}

/// Usage of one group in a window: the total and one sample per bucket.
struct SeriesTotals: Sendable {
    var total = UsageSample()
    var buckets: [UsageSample]

    init(bucketCount: Int) {
        buckets = Array(repeating: UsageSample(), count: bucketCount)
    }

    mutating func add(_ sample: UsageSample, slot: Int) {
        total.add(sample)
        buckets[slot].add(sample)
    }
}
