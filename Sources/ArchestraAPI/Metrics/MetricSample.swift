/// The kind of a metric family, as its `# TYPE` line declares it.
public enum MetricType: String, Sendable, Equatable {
    case counter, gauge, histogram, summary, untyped
    /// OpenMetrics types the console reads like gauges.
    case info, stateset, gaugehistogram, unknown
}

/// One line of an exposition: a sample name with its labels and value.
public struct MetricSample: Sendable, Equatable {
    /// The name as written, suffix included (`x_bucket`, `x_total`).
    public var name: String
    public var labels: [String: String]
    public var value: Double
    /// As written: milliseconds in the Prometheus text format, seconds in OpenMetrics. Kept, not interpreted.
    public var timestamp: Double?
    /// An OpenMetrics exemplar after `#` (a trace id and the value it saw), when there is one.
    public var exemplar: Exemplar?

    public init(
        name: String, labels: [String: String] = [:], value: Double, timestamp: Double? = nil,
        exemplar: Exemplar? = nil
    ) {
        self.name = name
        self.labels = labels
        self.value = value
        self.timestamp = timestamp
        self.exemplar = exemplar
    }
}

/// An OpenMetrics exemplar: `# {trace_id="abc"} 0.67 1520879607.789`.
public struct Exemplar: Sendable, Equatable {
    public var labels: [String: String]
    public var value: Double
    public var timestamp: Double?
}

/// The samples of one metric, with what its `# HELP` and `# TYPE` lines say.
public struct MetricFamily: Sendable, Equatable {
    public var name: String
    public var type: MetricType
    public var help: String?
    public var samples: [MetricSample]

    public init(name: String, type: MetricType = .untyped, help: String? = nil, samples: [MetricSample] = []) {
        self.name = name
        self.type = type
        self.help = help
        self.samples = samples
    }

    /// Whether a sample called `sampleName` belongs to this family (`x_bucket` to histogram `x`).
    func owns(_ sampleName: String) -> Bool {
        if sampleName == name { return true }
        guard sampleName.hasPrefix(name) else { return false }
        let suffix = sampleName.dropFirst(name.count)
        switch type {
        case .histogram, .gaugehistogram: return ["_bucket", "_sum", "_count", "_created", "_gcount", "_gsum"].contains(suffix)
        case .summary: return ["_sum", "_count", "_created"].contains(suffix)
        case .counter: return ["_total", "_created"].contains(suffix)
        case .info: return suffix == "_info"
        default: return false
        }
    }
}

/// A whole `/metrics` page, parsed.
public struct Exposition: Sendable, Equatable {
    public var families: [MetricFamily]

    public init(families: [MetricFamily]) {
        self.families = families
    }

    /// Every sample called exactly `name` (`llm_cost_total`, `x_bucket`), whatever its family.
    public func samples(named name: String) -> [MetricSample] {
        families.flatMap { family in family.samples.filter { $0.name == name } }
    }

    public func family(_ name: String) -> MetricFamily? {
        families.first { $0.name == name }
    }
}
