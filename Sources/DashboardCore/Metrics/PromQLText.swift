import Foundation
import ArchestraAPI

/// The PromQL that answers a ``MetricSelector`` on a Prometheus-compatible server.
public enum PromQLText {
    /// `sum by (model, le) (rate(x_bucket[60s]))`, `sum by (server_name, state) (x)`.
    public static func query(_ selector: MetricSelector, rateWindow: TimeInterval) -> String {
        let by = "sum by (" + selector.groupLabels.joined(separator: ", ") + ")"
        switch selector.reading {
        case .rate, .buckets: return "\(by) (rate(\(selector.sample)[\(duration(rateWindow))]))"
        case .value: return "\(by) (\(selector.sample))"
        }
    }

    /// Whole seconds, at least one: `60s`, `1800s`.
    public static func duration(_ seconds: TimeInterval) -> String {
        "\(max(1, Int(seconds.rounded())))s"
    }
}

/// How far back the figures a Prometheus gives reach, and how finely its history is cut.
public enum PrometheusWindows {
    /// Live figures are rates over the last minute by default (`--metrics-rate-window`), like the direct
    /// scrapes' (Prometheus needs to scrape at least twice a window for them).
    public static let live: TimeInterval = MetricsSettings.defaultRateWindow
    /// Points in a history series.
    public static let points = 60

    /// Seconds between two points of a timeframe's history (at least 1 s).
    public static func step(for window: TimeInterval) -> TimeInterval {
        max(1, (window / Double(points)).rounded(.up))
    }

    /// The rate window of each history point: its step, but never under a minute, so a point always
    /// spans two scrapes.
    public static func rateWindow(forStep step: TimeInterval) -> TimeInterval {
        max(step, live)
    }
}
