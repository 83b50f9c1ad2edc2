/// Knowledge ingestion and the task queue: connector syncs by type (per minute, failures), RAG
/// queries (per minute, p95), documents and embedding batches, and per task type the failed and dead
/// tasks so far and those running now.
struct QueueMetrics: MetricsTabSpec {
    let syncs = MetricSelector("rag_connector_syncs_total", .rate, by: ["connector_type", "status"])
    let syncTotals = MetricSelector("rag_connector_syncs_total", .value, by: ["connector_type", "status"])
    let documents = MetricSelector("rag_documents_ingested_total", .rate)
    let batches = MetricSelector("rag_embedding_batches_total", .rate)
    let queries = MetricSelector("rag_queries_total", .rate)
    let queryDuration = MetricSelector("rag_query_duration_seconds_bucket", .buckets)
    let failed = MetricSelector("task_queue_tasks_failed_total", .value, by: ["task_type"])
    let failedRate = MetricSelector("task_queue_tasks_failed_total", .rate, by: ["task_type"])
    let dead = MetricSelector("task_queue_tasks_dead_total", .value, by: ["task_type"])
    let active = MetricSelector("task_queue_active_tasks", .value, by: ["task_type"])

    var selectors: [MetricSelector] {
        [syncs, syncTotals, documents, batches, queries, queryDuration, failed, failedRate, dead, active]
    }

    var columns: [MetricsColumn] {
        [
            MetricsColumn(ColumnSpec("Name", sort: "n", min: 18, weight: 2, priority: 10), .name),
            MetricsColumn(ColumnSpec("Kind", sort: "k", min: 9, priority: 6), .kind),
            MetricsColumn(ColumnSpec("Per min", sort: "m", min: 8, priority: 9, right: true), .figure(.rate, .perMinute)),
            MetricsColumn(ColumnSpec("Err %", sort: "e", min: 6, priority: 7, right: true), .figure(.errorShare, .percent)),
            MetricsColumn(ColumnSpec("Failed", sort: "f", min: 6, priority: 9, right: true), .figure(.failed, .count)),
            MetricsColumn(ColumnSpec("Dead", sort: "d", min: 5, priority: 9, right: true), .figure(.dead, .count)),
            MetricsColumn(ColumnSpec("Active", sort: "a", min: 6, priority: 8, right: true), .figure(.active, .count)),
            MetricsColumn(ColumnSpec("p95", sort: "9", min: 6, priority: 5, right: true), .figure(.p95, .seconds)),
        ]
    }

    /// Syncs and queries per second; for tasks, failures per second.
    func trendValue(_ row: MetricsRow) -> Double? { row.kind == "task" ? row[.failedPerSecond] : row[.rate] }

    var trendLines: [MetricsTrendLine] {
        [
            MetricsTrendLine(MetricSelector("rag_connector_syncs_total", .rate, by: ["connector_type"])) { labels in
                "connector:" + (labels["connector_type"] ?? "")
            },
            MetricsTrendLine(MetricSelector("task_queue_tasks_failed_total", .rate, by: ["task_type"])) { labels in
                "task:" + (labels["task_type"] ?? "")
            },
            MetricsTrendLine(MetricSelector("rag_queries_total", .rate)) { _ in "rag:queries" },
            MetricsTrendLine(MetricSelector("rag_documents_ingested_total", .rate)) { _ in "rag:documents" },
        ]
    }

    /// Sync statuses that mean the sync failed.
    static let failedStatuses: Set<String> = ["failed", "failure", "error"]

    func rows(_ snapshot: MetricsSnapshot, target: String) -> [MetricsRow] {
        var rows: [MetricsRow] = []
        let connectorTypes = snapshot.keys(syncs, by: ["connector_type"]).union(snapshot.keys(syncTotals, by: ["connector_type"]))
        for key in connectorTypes {
            let type = key["connector_type"] ?? ""
            var figures: [MetricFigure: Double] = [:]
            let failedStatuses = Self.failedStatuses
            figures[.failed] = snapshot[syncTotals].filter {
                $0.key["connector_type"] == type && failedStatuses.contains($0.key["status"] ?? "")
            }
            .values.reduce(0, +)
            if snapshot.hasRates {
                let rate = snapshot.sum(syncs, where: key)
                figures[.rate] = rate
                let failing = snapshot[syncs].filter { $0.key["connector_type"] == type && failedStatuses.contains($0.key["status"] ?? "") }
                    .values.reduce(0, +)
                if rate > 0 { figures[.errorShare] = failing / rate }
            }
            let level: RowLevel = (figures[.errorShare] ?? 0) >= 0.2 ? .danger : (figures[.errorShare] ?? 0) > 0 ? .warning : .normal
            rows.append(
                MetricsRow(
                    id: "connector:\(type)", name: "\(type) syncs", kind: "connector", figures: figures,
                    level: level, labels: key))
        }
        if snapshot.hasRates {
            if !snapshot[queries].isEmpty || !snapshot[queryDuration].isEmpty {
                var figures: [MetricFigure: Double] = [.rate: snapshot.sum(queries)]
                figures[.p95] = snapshot.quantile(0.95, queryDuration)
                rows.append(MetricsRow(id: "rag:queries", name: "RAG queries", kind: "knowledge", figures: figures))
            }
            if !snapshot[documents].isEmpty {
                rows.append(
                    MetricsRow(
                        id: "rag:documents", name: "documents ingested", kind: "knowledge",
                        figures: [.rate: snapshot.sum(documents)]))
            }
            if !snapshot[batches].isEmpty {
                rows.append(
                    MetricsRow(
                        id: "rag:batches", name: "embedding batches", kind: "knowledge",
                        figures: [.rate: snapshot.sum(batches)]))
            }
        }
        let taskTypes = snapshot.keys(failed, by: ["task_type"]).union(snapshot.keys(dead, by: ["task_type"]))
            .union(snapshot.keys(active, by: ["task_type"]))
        for key in taskTypes {
            let type = key["task_type"] ?? ""
            var figures: [MetricFigure: Double] = [
                .failed: snapshot.sum(failed, where: key), .dead: snapshot.sum(dead, where: key),
                .active: snapshot.sum(active, where: key),
            ]
            if snapshot.hasRates { figures[.failedPerSecond] = snapshot.sum(failedRate, where: key) }
            let level: RowLevel = (figures[.dead] ?? 0) > 0 ? .danger : (figures[.failedPerSecond] ?? 0) > 0 ? .warning : .normal
            rows.append(
                MetricsRow(
                    id: "task:\(type)", name: type.isEmpty ? "(untyped tasks)" : type, kind: "task",
                    figures: figures, level: level, labels: key))
        }
        return WorstFirst.sorted(rows, by: [.dead, .failedPerSecond, .errorShare, .failed])
    }
}
