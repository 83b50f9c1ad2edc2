/// The labels of one series, or of one group of series.
public typealias MetricLabels = [String: String]

/// One thing a metrics tab reads: a sample name, how it is read, and the labels it is grouped by.
/// The same selector is answered by scraping `/metrics` (``ScrapeWindow``) or by asking a
/// Prometheus (``PromQLText``), so the figures built from it do not care where they came from.
public struct MetricSelector: Hashable, Sendable, CustomStringConvertible {
    public enum Reading: Hashable, Sendable {
        /// Per-second increase of a counter (`x_total`, a histogram's `x_count`).
        case rate
        /// Per-second increase of each bucket of a histogram (`x_bucket`), grouped with `le`.
        case buckets
        /// The current value: a gauge, or a counter's total.
        case value
    }

    /// The sample name as exposed (`llm_cost_total`, `llm_request_duration_seconds_bucket`).
    public var sample: String
    public var reading: Reading
    /// Labels the series are summed by; `le` is added for buckets.
    public var groupBy: [String]

    public init(_ sample: String, _ reading: Reading, by groupBy: [String] = []) {
        self.sample = sample
        self.reading = reading
        self.groupBy = groupBy
    }

    /// The labels a sum groups by, `le` last for buckets.
    public var groupLabels: [String] {
        reading == .buckets ? groupBy + ["le"] : groupBy
    }

    /// The group a series with `labels` adds to; a label the series lacks counts as "".
    public func group(of labels: MetricLabels) -> MetricLabels {
        var group: MetricLabels = [:]
        for name in groupLabels { group[name] = labels[name] ?? "" }
        return group
    }

    public var description: String {
        "\(sample)[\(reading)] by \(groupBy.joined(separator: ","))"
    }
}
