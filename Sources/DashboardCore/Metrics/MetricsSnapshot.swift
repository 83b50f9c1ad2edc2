/// What a set of selectors read at one moment: per selector, per group, a per-second rate (counters,
/// histogram buckets) or a current value (gauges). Built from a scrape window or a Prometheus answer.
public struct MetricsSnapshot: Sendable, Equatable {
    public var groups: [MetricSelector: [MetricLabels: Double]]
    /// Whether rates could be computed (a scrape needs one before it to compare with).
    public var hasRates: Bool

    public init(groups: [MetricSelector: [MetricLabels: Double]] = [:], hasRates: Bool = true) {
        self.groups = groups
        self.hasRates = hasRates
    }

    public subscript(selector: MetricSelector) -> [MetricLabels: Double] {
        groups[selector] ?? [:]
    }

    /// The sum over groups whose labels include `match`.
    public func sum(_ selector: MetricSelector, where match: MetricLabels = [:]) -> Double {
        self[selector].reduce(0) { total, entry in
            Self.matches(entry.key, match) && entry.value.isFinite ? total + entry.value : total
        }
    }

    /// The `q` quantile of a histogram's bucket rates among groups whose labels include `match`
    /// (every group when `match` is empty: the buckets add up across them).
    public func quantile(_ q: Double, _ selector: MetricSelector, where match: MetricLabels = [:]) -> Double? {
        var cumulative: [Double: Double] = [:]
        for (labels, value) in self[selector] where Self.matches(labels, match) && value.isFinite {
            guard let bound = labels["le"].flatMap({ ExpositionBound.parse($0) }) else { continue }
            cumulative[bound, default: 0] += value
        }
        return HistogramQuantile.quantile(q, buckets: cumulative.map { ($0.key, $0.value) })
    }

    /// The distinct values of the labels `names` among a selector's groups.
    public func keys(_ selector: MetricSelector, by names: [String]) -> Set<MetricLabels> {
        Set(
            self[selector].keys.map { labels in
                var key: MetricLabels = [:]
                for name in names { key[name] = labels[name] ?? "" }
                return key
            })
    }

    static func matches(_ labels: MetricLabels, _ match: MetricLabels) -> Bool {
        match.allSatisfy { labels[$0.key] == $0.value }
    }
}

/// Reads a bucket's `le`.
enum ExpositionBound {
    static func parse(_ text: String) -> Double? {
        switch text.lowercased() {
        case "+inf", "inf": .infinity
        default: Double(text)
        }
    }
}
