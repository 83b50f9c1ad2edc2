/// Quantiles from histogram buckets, the way Prometheus' `histogram_quantile` estimates them:
/// find the bucket the rank falls in and interpolate linearly inside it.
public enum HistogramQuantile {
    /// - Parameters:
    ///   - q: the quantile, 0...1 (0.95 for p95).
    ///   - buckets: upper bound (`le`) and cumulative count (or rate) of each bucket, in any order; must
    ///     include `+Inf`, whose count is the total.
    /// - Returns: nil without observations, without a `+Inf` bucket, or with fewer than two buckets.
    public static func quantile(_ q: Double, buckets: [(upperBound: Double, count: Double)]) -> Double? {
        guard q.isFinite, !buckets.isEmpty else { return nil }
        let q = min(max(q, 0), 1)
        var sorted = buckets.filter { !$0.upperBound.isNaN && $0.count.isFinite }.sorted { $0.upperBound < $1.upperBound }
        guard sorted.count >= 2, let last = sorted.last, last.upperBound == .infinity else { return nil }
        // Counts from separate series, or rates over slightly different spans, can dip: a cumulative
        // count never falls, so take the largest seen so far.
        var highest = 0.0
        for index in sorted.indices {
            highest = max(highest, sorted[index].count)
            sorted[index].count = highest
        }
        let observations = sorted[sorted.count - 1].count
        guard observations > 0 else { return nil }
        var rank = q * observations
        guard let found = sorted.firstIndex(where: { $0.count >= rank }) else { return nil }
        if found == sorted.count - 1 {
            // Beyond the last finite bound: that bound is the best estimate.
            return sorted[sorted.count - 2].upperBound
        }
        if found == 0, sorted[0].upperBound <= 0 { return sorted[0].upperBound }
        var lower = 0.0
        var inBucket = sorted[found].count
        if found > 0 {
            lower = sorted[found - 1].upperBound
            inBucket -= sorted[found - 1].count
            rank -= sorted[found - 1].count
        }
        let upper = sorted[found].upperBound
        guard inBucket > 0 else { return upper }
        return lower + (upper - lower) * (rank / inBucket)
    }
}
