/// What one metrics tab reads and shows.
protocol MetricsTabSpec: Sendable {
    /// Everything its rows are built from.
    var selectors: [MetricSelector] { get }
    /// Its columns before the trend.
    var columns: [MetricsColumn] { get }
    /// The figure a direct scrape's trend keeps for a row.
    func trendValue(_ row: MetricsRow) -> Double?
    /// What Prometheus is asked for the trend over the timeframe.
    var trendLines: [MetricsTrendLine] { get }
    /// The rows, worst first. `target` names the scraped page's process (direct scrapes carry no `instance`).
    func rows(_ snapshot: MetricsSnapshot, target: String) -> [MetricsRow]
}

/// Status codes that count as failures: 4xx and 5xx.
enum StatusCode {
    static func isFailure(_ code: String) -> Bool {
        code.hasPrefix("4") || code.hasPrefix("5")
    }
}
