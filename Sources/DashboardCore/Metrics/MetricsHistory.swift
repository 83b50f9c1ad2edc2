import Foundation

/// A history line of a tab: a selector Prometheus answers over time, and which row each of its
/// series belongs to.
public struct MetricsTrendLine: Sendable {
    public var selector: MetricSelector
    /// The row a series with these labels draws on; nil when none.
    public var rowID: @Sendable (MetricLabels) -> String?
    /// Multiplies each point (e.g. to bytes, or per minute).
    public var scale: Double

    public init(_ selector: MetricSelector, scale: Double = 1, rowID: @escaping @Sendable (MetricLabels) -> String?) {
        self.selector = selector
        self.scale = scale
        self.rowID = rowID
    }
}

/// One series per row over the selected timeframe, from Prometheus (`available` false without one).
public struct MetricsHistory: Sendable, Equatable {
    public var series: [String: [Double]]
    /// Seconds between two points.
    public var step: TimeInterval
    public var available: Bool

    public init(series: [String: [Double]] = [:], step: TimeInterval = 0, available: Bool) {
        self.series = series
        self.step = step
        self.available = available
    }

    public static let unavailable = MetricsHistory(available: false)
}
