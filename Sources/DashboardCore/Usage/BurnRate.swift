import Foundation

/// Burn-rate estimation from a series of usage samples.
public enum BurnRate {
    /// The samples after the most recent reset, in time order, ignoring non-finite readings.
    ///
    /// Usage only grows inside a window, so any drop between consecutive samples means the
    /// counter was reset: everything before the drop belongs to an older window.
    public static func samplesSinceLastReset(_ samples: some Sequence<UsageSample>) -> [UsageSample] {
        let ordered = samples.filter { $0.used.isFinite }.sorted { $0.time < $1.time }
        guard let lastDrop = ordered.indices.dropFirst().last(where: { ordered[$0].used < ordered[$0 - 1].used }) else {
            return ordered
        }
        return Array(ordered[lastDrop...])
    }

    /// Least-squares slope of usage over time, in units per hour, never negative, for samples in time order
    /// from a single window (see `samplesSinceLastReset`): the first and last give
    /// the span, and nothing is copied.
    ///
    /// `nil` when fewer than two samples are given or they span less than one second.
    public static func leastSquaresPerHour<Samples: BidirectionalCollection>(inOrder samples: Samples) -> Double?
    where Samples.Element == UsageSample {
        guard samples.count >= 2, let first = samples.first?.time, let last = samples.last?.time,
            last.timeIntervalSince(first) >= 1
        else { return nil }
        // Hours since the first sample keep the sums small and give the slope in units per hour.
        func hours(_ sample: UsageSample) -> Double { sample.time.timeIntervalSince(first) / 3_600 }
        let count = Double(samples.count)
        var sumX = 0.0
        var sumY = 0.0
        for sample in samples {
            sumX += hours(sample)
            sumY += sample.used
        }
        let meanX = sumX / count
        let meanY = sumY / count
        var covariance = 0.0
        var varianceX = 0.0
        for sample in samples {
            let x = hours(sample)
            covariance += (x - meanX) * (sample.used - meanY)
            varianceX += (x - meanX) * (x - meanX)
        }
        guard varianceX > 0 else { return nil }
        let slopePerHour = covariance / varianceX
        guard slopePerHour.isFinite else { return nil }
        return max(slopePerHour, 0)
    }
}
