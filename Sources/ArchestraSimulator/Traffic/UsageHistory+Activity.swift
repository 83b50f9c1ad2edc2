extension UsageHistory {
    /// Distinct UTC days with at least one request inside `window`, per group.
    ///
    /// Read from the tier the window's statistics use; its buckets are never wider than a day.
    func activeDays<Group: Hashable>(in window: StatisticsWindow, now: Double, group: (UsageKey) -> Group?) -> [Group: Int] {
        let tier = tierFor(window: window, now: now)
        var days: [Group: Set<Int64>] = [:]
        for (bucketNumber, samples) in tier.buckets {
            let time = Double(bucketNumber) * tier.width
            guard time >= window.start, time < window.end else { continue }
            let day = Int64((time / Timestamp.day).rounded(.down))
            for (key, sample) in samples where sample.requests > 0 {
                if let groupKey = group(key) { days[groupKey, default: []].insert(day) }
            }
        }
        return days.mapValues(\.count)
    }

    /// The start of the most recent bucket with requests inside `window`, per group, read from the finest
    /// tier that holds any (so recent activity is known to the minute, older activity to the hour or day).
    func lastActivity<Group: Hashable>(in window: StatisticsWindow, group: (UsageKey) -> Group?) -> [Group: Double] {
        var latest: [Group: Double] = [:]
        var settled = Set<Group>()
        for tier in tiers {
            var found: [Group: Double] = [:]
            for (bucketNumber, samples) in tier.buckets {
                let time = Double(bucketNumber) * tier.width
                guard time >= window.start, time < window.end else { continue }
                for (key, sample) in samples where sample.requests > 0 {
                    guard let groupKey = group(key), !settled.contains(groupKey) else { continue }
                    found[groupKey] = max(found[groupKey] ?? -.infinity, time)
                }
            }
            for (groupKey, time) in found {
                latest[groupKey] = time
                settled.insert(groupKey)
            }
        }
        return latest
    }
}
