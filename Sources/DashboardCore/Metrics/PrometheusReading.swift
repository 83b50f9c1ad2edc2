import Foundation
import ArchestraAPI

/// Answers selectors with a Prometheus query API: one instant query each for the live figures,
/// one range query per history line.
enum PrometheusReading {
    /// The selectors' figures now, asked all at once; rates over the last `rateWindow`.
    static func snapshot(
        _ selectors: [MetricSelector], rateWindow: TimeInterval = PrometheusWindows.live,
        fetcher: some LiveMetricsService
    ) async throws -> MetricsSnapshot {
        try await withThrowingTaskGroup(of: (MetricSelector, [MetricLabels: Double]).self) { group in
            for selector in selectors {
                group.addTask {
                    let result = try await fetcher.query(PromQLText.query(selector, rateWindow: rateWindow))
                    return (selector, groups(result.samples.map { ($0.labels, $0.value) }, selector))
                }
            }
            var snapshot = MetricsSnapshot()
            for try await (selector, groups) in group { snapshot.groups[selector] = groups }
            return snapshot
        }
    }

    /// A sum's answer keyed the way scrapes key it (every group label present).
    static func groups(_ samples: [(MetricLabels, Double)], _ selector: MetricSelector) -> [MetricLabels: Double] {
        var groups: [MetricLabels: Double] = [:]
        for (labels, value) in samples where value.isFinite {
            groups[selector.group(of: labels), default: 0] += value
        }
        return groups
    }

    /// One series per row for `lines`, over `window` seconds up to `end`, in `PrometheusWindows.points` steps.
    static func history(
        _ lines: [MetricsTrendLine], window: TimeInterval, end: Date,
        fetcher: MetricsFetcher
    ) async throws -> MetricsHistory {
        let step = PrometheusWindows.step(for: window)
        // The last point is now, so the newest minute shows at once rather than at the next step boundary.
        let start = end.addingTimeInterval(-window)
        let rateWindow = PrometheusWindows.rateWindow(forStep: step)
        let answers = try await withThrowingTaskGroup(of: (Int, [PromQLSeries]).self) { group in
            for (index, line) in lines.enumerated() {
                group.addTask {
                    let result = try await fetcher.queryRange(
                        PromQLText.query(line.selector, rateWindow: rateWindow),
                        start: start, end: end, step: step)
                    return (index, result.series)
                }
            }
            var answers: [Int: [PromQLSeries]] = [:]
            for try await (index, series) in group { answers[index] = series }
            return answers
        }
        var series: [String: [Double]] = [:]
        let count = Int((window / step).rounded()) + 1
        for (index, line) in lines.enumerated() {
            for answer in answers[index] ?? [] {
                guard let row = line.rowID(answer.labels), series[row] == nil else { continue }
                // Points only exist where there was data: missing steps read as zero.
                var values = [Double](repeating: 0, count: count)
                for point in answer.points {
                    let slot = Int(((point.time - start.timeIntervalSince1970) / step).rounded())
                    if values.indices.contains(slot), point.value.isFinite { values[slot] = point.value * line.scale }
                }
                series[row] = values
            }
        }
        return MetricsHistory(series: series, step: step, available: true)
    }
}
