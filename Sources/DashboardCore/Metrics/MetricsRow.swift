/// A figure a metrics row can carry.
public enum MetricFigure: String, Hashable, Sendable, CaseIterable {
    /// Requests, calls or syncs per second.
    case rate
    /// Failed share of `rate`, 0...1.
    case errorShare
    case p50, p95
    /// Median time to first token, seconds.
    case timeToFirstToken
    case tokensPerSecond, inputTokensPerSecond, outputTokensPerSecond
    /// Mean generation speed of a response (`llm_tokens_per_second`).
    case generationSpeed
    case costPerHour
    /// Failures so far (a counter's total), dead tasks so far, tasks running now.
    case failed, failedPerSecond, dead, active
    case memoryBytes, eventLoopLag
    /// 1 when Prometheus reaches the instance, 0 when not.
    case up
}

/// One row of a metrics tab: what it is, its figures, and how loudly to draw it.
public struct MetricsRow: Sendable, Equatable {
    /// Stable across polls and sources (the same row from a scrape and from Prometheus).
    public var id: String
    public var name: String
    /// A second word about it: the provider, the agent type, the server's state, the job.
    public var kind: String
    public var figures: [MetricFigure: Double]
    public var level: RowLevel
    /// The labels it sums, for its detail.
    public var labels: MetricLabels

    public init(
        id: String, name: String, kind: String, figures: [MetricFigure: Double], level: RowLevel = .normal,
        labels: MetricLabels = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.figures = figures
        self.level = level
        self.labels = labels
    }

    public subscript(figure: MetricFigure) -> Double? { figures[figure] }
}

/// How loud a share of failures is: 5 % warns, 20 % is bad.
enum FailureLevel {
    static func level(errorShare: Double?, active: Bool = true) -> RowLevel {
        guard active else { return .muted }
        guard let share = errorShare else { return .normal }
        if share >= 0.2 { return .danger }
        if share >= 0.05 { return .warning }
        return .normal
    }
}

/// Worst first: larger keys first, missing ones last, then by name.
enum WorstFirst {
    static func sorted(_ rows: [MetricsRow], by figures: [MetricFigure]) -> [MetricsRow] {
        rows.sorted { precedes($0, $1, by: figures) }
    }

    static func precedes(_ left: MetricsRow, _ right: MetricsRow, by figures: [MetricFigure]) -> Bool {
        for figure in figures {
            let a = left[figure] ?? -.infinity
            let b = right[figure] ?? -.infinity
            if a != b { return a > b }
        }
        if left.name.lowercased() != right.name.lowercased() { return left.name.lowercased() < right.name.lowercased() }
        return left.id < right.id
    }
}
