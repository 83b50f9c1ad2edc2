import Foundation

/// LLM traffic grouped by model or by agent: requests/s, error %, p50/p95 latency, time to first
/// token, tokens/s and cost per hour, from the platform's `llm_*` metrics.
struct LLMMetrics: MetricsTabSpec {
    /// Labels a row sums over (`provider, model` or `agent_id, agent_name, agent_type`).
    let grouping: [String]
    let nameLabel: String
    let kindLabel: String
    /// Labels that identify a row.
    let idLabels: [String]
    let nameTitle: String
    let kindTitle: String

    static let byModel = LLMMetrics(
        grouping: ["provider", "model"], nameLabel: "model", kindLabel: "provider",
        idLabels: ["provider", "model"], nameTitle: "Model", kindTitle: "Provider")
    static let byAgent = LLMMetrics(
        grouping: ["agent_id", "agent_name", "agent_type"], nameLabel: "agent_name",
        kindLabel: "agent_type", idLabels: ["agent_id"], nameTitle: "Agent", kindTitle: "Type")

    var requests: MetricSelector { MetricSelector("llm_request_duration_seconds_count", .rate, by: grouping + ["status_code"]) }
    var latency: MetricSelector { MetricSelector("llm_request_duration_seconds_bucket", .buckets, by: grouping) }
    var firstToken: MetricSelector { MetricSelector("llm_time_to_first_token_seconds_bucket", .buckets, by: grouping) }
    var tokens: MetricSelector { MetricSelector("llm_tokens_total", .rate, by: grouping + ["type"]) }
    var cost: MetricSelector { MetricSelector("llm_cost_total", .rate, by: grouping) }
    var speedSum: MetricSelector { MetricSelector("llm_tokens_per_second_sum", .rate, by: grouping) }
    var speedCount: MetricSelector { MetricSelector("llm_tokens_per_second_count", .rate, by: grouping) }

    var selectors: [MetricSelector] { [requests, latency, firstToken, tokens, cost, speedSum, speedCount] }

    var columns: [MetricsColumn] {
        [
            MetricsColumn(ColumnSpec(nameTitle, sort: "n", min: 14, weight: 2, priority: 10), .name),
            MetricsColumn(ColumnSpec(kindTitle, sort: "k", min: 9, priority: 3), .kind),
            MetricsColumn(ColumnSpec("Req/s", sort: "r", min: 7, priority: 9, right: true), .figure(.rate, .perSecond)),
            MetricsColumn(ColumnSpec("Err %", sort: "e", min: 6, priority: 9, right: true), .figure(.errorShare, .percent)),
            MetricsColumn(ColumnSpec("p50", sort: "5", min: 6, priority: 6, right: true), .figure(.p50, .seconds)),
            MetricsColumn(ColumnSpec("p95", sort: "9", min: 6, priority: 8, right: true), .figure(.p95, .seconds)),
            MetricsColumn(ColumnSpec("TTFT", sort: "f", min: 6, priority: 5, right: true), .figure(.timeToFirstToken, .seconds)),
            MetricsColumn(ColumnSpec("Tok/s", sort: "t", min: 7, priority: 4, right: true), .figure(.tokensPerSecond, .count)),
            MetricsColumn(ColumnSpec("Cost/h", sort: "c", min: 9, priority: 7, right: true), .figure(.costPerHour, .moneyPerHour)),
        ]
    }

    func trendValue(_ row: MetricsRow) -> Double? { row[.rate] }

    var trendLines: [MetricsTrendLine] {
        let idLabels = idLabels
        let nameLabel = nameLabel
        return [
            MetricsTrendLine(MetricSelector("llm_request_duration_seconds_count", .rate, by: grouping)) { labels in
                Self.rowID(labels, idLabels: idLabels, nameLabel: nameLabel)
            }
        ]
    }

    static func rowID(_ labels: MetricLabels, idLabels: [String], nameLabel: String) -> String {
        let id = idLabels.map { labels[$0] ?? "" }.joined(separator: "/")
        return id.replacingOccurrences(of: "/", with: "").isEmpty ? (labels[nameLabel] ?? "") : id
    }

    func rows(_ snapshot: MetricsSnapshot, target: String) -> [MetricsRow] {
        let keys = snapshot.keys(requests, by: grouping).union(snapshot.keys(cost, by: grouping))
            .union(snapshot.keys(tokens, by: grouping))
        let failures = Self.failureRates(snapshot, requests, by: grouping)
        let rows = keys.map { key -> MetricsRow in
            let figures = Self.figures(snapshot, self, key: key, failures: failures[key] ?? 0)
            let name = key[nameLabel].flatMap { $0.isEmpty ? nil : $0 } ?? "(unlabelled)"
            return MetricsRow(
                id: Self.rowID(key, idLabels: idLabels, nameLabel: nameLabel), name: name,
                kind: key[kindLabel] ?? "", figures: figures,
                level: FailureLevel.level(errorShare: figures[.errorShare], active: (figures[.rate] ?? 0) > 0),
                labels: key)
        }
        return WorstFirst.sorted(rows, by: [.errorShare, .p95, .rate])
    }

    /// Failed requests per second by group (status 4xx/5xx).
    static func failureRates(_ snapshot: MetricsSnapshot, _ requests: MetricSelector, by grouping: [String]) -> [MetricLabels: Double] {
        var failures: [MetricLabels: Double] = [:]
        for (labels, value) in snapshot[requests] where StatusCode.isFailure(labels["status_code"] ?? "") && value.isFinite {
            var key: MetricLabels = [:]
            for name in grouping { key[name] = labels[name] ?? "" }
            failures[key, default: 0] += value
        }
        return failures
    }

    /// The figures of the groups matching `key` (all of them for an empty key: the overview's totals).
    static func figures(_ snapshot: MetricsSnapshot, _ spec: LLMMetrics, key: MetricLabels, failures: Double) -> [MetricFigure: Double] {
        var figures: [MetricFigure: Double] = [:]
        guard snapshot.hasRates else { return figures }
        let rate = snapshot.sum(spec.requests, where: key)
        figures[.rate] = rate
        if rate > 0 { figures[.errorShare] = failures / rate }
        figures[.p50] = snapshot.quantile(0.5, spec.latency, where: key)
        figures[.p95] = snapshot.quantile(0.95, spec.latency, where: key)
        figures[.timeToFirstToken] = snapshot.quantile(0.5, spec.firstToken, where: key)
        figures[.inputTokensPerSecond] = snapshot.sum(spec.tokens, where: key.merging(["type": "input"]) { $1 })
        figures[.outputTokensPerSecond] = snapshot.sum(spec.tokens, where: key.merging(["type": "output"]) { $1 })
        figures[.tokensPerSecond] = snapshot.sum(spec.tokens, where: key)
        figures[.costPerHour] = snapshot.sum(spec.cost, where: key) * 3_600
        let responses = snapshot.sum(spec.speedCount, where: key)
        if responses > 0 { figures[.generationSpeed] = snapshot.sum(spec.speedSum, where: key) / responses }
        return figures.filter { $0.value.isFinite }
    }

    /// Every model together: what the overview shows beside the request rate.
    func overall(_ snapshot: MetricsSnapshot) -> [MetricFigure: Double] {
        let failures = Self.failureRates(snapshot, requests, by: []).values.reduce(0, +)
        return Self.figures(snapshot, self, key: [:], failures: failures)
    }
}
