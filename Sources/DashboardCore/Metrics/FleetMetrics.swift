/// Every Archestra instance a Prometheus scrapes (its `job` and `instance` labels): whether it is up,
/// its LLM request rate, error %, p95 and cost per hour. One screen for many instances.
struct FleetMetrics: MetricsTabSpec {
    static let grouping = ["job", "instance"]
    let up = MetricSelector("up", .value, by: grouping)
    let requests = MetricSelector("llm_request_duration_seconds_count", .rate, by: grouping + ["status_code"])
    let latency = MetricSelector("llm_request_duration_seconds_bucket", .buckets, by: grouping)
    let cost = MetricSelector("llm_cost_total", .rate, by: grouping)
    /// Every Archestra process exports its task queue, with or without LLM traffic.
    let tasks = MetricSelector("task_queue_active_tasks", .value, by: grouping)

    var selectors: [MetricSelector] { [up, requests, latency, cost, tasks] }

    var columns: [MetricsColumn] {
        [
            MetricsColumn(ColumnSpec("Instance", sort: "n", min: 18, weight: 2, priority: 10), .name),
            MetricsColumn(ColumnSpec("Job", sort: "j", min: 8, priority: 6), .kind),
            MetricsColumn(ColumnSpec("Up", sort: "u", min: 4, priority: 9), .figure(.up, .upDown)),
            MetricsColumn(ColumnSpec("Req/s", sort: "r", min: 7, priority: 9, right: true), .figure(.rate, .perSecond)),
            MetricsColumn(ColumnSpec("Err %", sort: "e", min: 6, priority: 9, right: true), .figure(.errorShare, .percent)),
            MetricsColumn(ColumnSpec("p95", sort: "9", min: 6, priority: 8, right: true), .figure(.p95, .seconds)),
            MetricsColumn(ColumnSpec("Cost/h", sort: "c", min: 9, priority: 7, right: true), .figure(.costPerHour, .moneyPerHour)),
        ]
    }

    func trendValue(_ row: MetricsRow) -> Double? { row[.rate] }

    var trendLines: [MetricsTrendLine] {
        [
            MetricsTrendLine(MetricSelector("llm_request_duration_seconds_count", .rate, by: Self.grouping)) { labels in
                Self.rowID(labels)
            }
        ]
    }

    static func rowID(_ labels: MetricLabels) -> String { "\(labels["job"] ?? "")/\(labels["instance"] ?? "")" }

    func rows(_ snapshot: MetricsSnapshot, target: String) -> [MetricsRow] {
        let archestra = snapshot.keys(requests, by: Self.grouping).union(snapshot.keys(cost, by: Self.grouping))
            .union(snapshot.keys(tasks, by: Self.grouping))
        let jobs = Set(archestra.compactMap { $0["job"] })
        // Instances of those jobs that are down export nothing but `up`.
        let down = snapshot.keys(up, by: Self.grouping).filter { jobs.contains($0["job"] ?? "") }
        let failures = LLMMetrics.failureRates(snapshot, requests, by: Self.grouping)
        let rows = archestra.union(down).map { key -> MetricsRow in
            var figures: [MetricFigure: Double] = [:]
            if snapshot[up][key] != nil { figures[.up] = snapshot.sum(up, where: key) }
            // An instance that is down exports nothing: no figures rather than zeros.
            if snapshot.hasRates, archestra.contains(key) {
                let rate = snapshot.sum(requests, where: key)
                figures[.rate] = rate
                if rate > 0 { figures[.errorShare] = (failures[key] ?? 0) / rate }
                figures[.p95] = snapshot.quantile(0.95, latency, where: key)
                figures[.costPerHour] = snapshot.sum(cost, where: key) * 3_600
            }
            let isDown = figures[.up].map { $0 < 1 } ?? false
            let level = isDown ? .danger : FailureLevel.level(errorShare: figures[.errorShare])
            return MetricsRow(
                id: Self.rowID(key), name: key["instance"] ?? "", kind: key["job"] ?? "", figures: figures,
                level: level, labels: key)
        }
        return rows.sorted { left, right in
            let leftDown = (left[.up] ?? 1) < 1
            let rightDown = (right[.up] ?? 1) < 1
            if leftDown != rightDown { return leftDown }
            return WorstFirst.precedes(left, right, by: [.errorShare, .p95, .rate])
        }
    }
}
