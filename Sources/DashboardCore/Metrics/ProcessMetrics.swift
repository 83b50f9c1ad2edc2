/// The platform's processes: resident memory, event-loop lag, HTTP requests/s and p95, one row per
/// instance (the one scraped page, or every instance Prometheus scrapes).
struct ProcessMetrics: MetricsTabSpec {
    static let grouping = ["instance", "job"]
    let memory = MetricSelector("process_resident_memory_bytes", .value, by: grouping)
    let lag = MetricSelector("nodejs_eventloop_lag_seconds", .value, by: grouping)
    let requests = MetricSelector("http_request_duration_seconds_count", .rate, by: grouping)
    let latency = MetricSelector("http_request_duration_seconds_bucket", .buckets, by: grouping)

    var selectors: [MetricSelector] { [memory, lag, requests, latency] }

    var columns: [MetricsColumn] {
        [
            MetricsColumn(ColumnSpec("Instance", sort: "n", min: 18, weight: 2, priority: 10), .name),
            MetricsColumn(ColumnSpec("Job", sort: "j", min: 8, priority: 4), .kind),
            MetricsColumn(ColumnSpec("Memory", sort: "m", min: 7, priority: 9, right: true), .figure(.memoryBytes, .bytes)),
            MetricsColumn(ColumnSpec("Loop lag", sort: "l", min: 8, priority: 9, right: true), .figure(.eventLoopLag, .seconds)),
            MetricsColumn(ColumnSpec("HTTP/s", sort: "h", min: 7, priority: 7, right: true), .figure(.rate, .perSecond)),
            MetricsColumn(ColumnSpec("HTTP p95", sort: "9", min: 8, priority: 8, right: true), .figure(.p95, .seconds)),
        ]
    }

    func trendValue(_ row: MetricsRow) -> Double? { row[.memoryBytes] }

    var trendLines: [MetricsTrendLine] {
        [MetricsTrendLine(memory) { labels in labels["instance"].flatMap { $0.isEmpty ? nil : $0 } }]
    }

    func rows(_ snapshot: MetricsSnapshot, target: String) -> [MetricsRow] {
        let instances = snapshot.keys(memory, by: Self.grouping).union(snapshot.keys(lag, by: Self.grouping))
            .union(snapshot.keys(requests, by: Self.grouping))
        let rows = instances.map { key -> MetricsRow in
            var figures: [MetricFigure: Double] = [:]
            if !snapshot[memory].isEmpty { figures[.memoryBytes] = snapshot.sum(memory, where: key) }
            if !snapshot[lag].isEmpty { figures[.eventLoopLag] = snapshot.sum(lag, where: key) }
            if snapshot.hasRates {
                figures[.rate] = snapshot.sum(requests, where: key)
                figures[.p95] = snapshot.quantile(0.95, latency, where: key)
            }
            let lagging = figures[.eventLoopLag] ?? 0
            let level: RowLevel = lagging >= 0.5 ? .danger : lagging >= 0.1 ? .warning : .normal
            // A page scraped directly names no instance: it is the page's own process.
            let instance = key["instance"].flatMap { $0.isEmpty ? nil : $0 } ?? target
            let job = key["job"].flatMap { $0.isEmpty ? nil : $0 } ?? "direct"
            return MetricsRow(id: instance, name: instance, kind: job, figures: figures, level: level, labels: key)
        }
        return WorstFirst.sorted(rows, by: [.eventLoopLag, .p95])
    }
}
