/// The labels of one series, in the order they are written.
struct LabelSet: Hashable, Sendable {
    var pairs: [(String, String)]

    init(_ pairs: [(String, String)]) {
        self.pairs = pairs
    }

    static func == (left: LabelSet, right: LabelSet) -> Bool {
        left.pairs.elementsEqual(right.pairs) { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    func hash(into hasher: inout Hasher) {
        for (name, value) in pairs {
            hasher.combine(name)
            hasher.combine(value)
        }
    }

    /// `{a="x",b="y"}`, values escaped as the exposition format wants; "" without labels.
    func text(adding extra: [(String, String)] = []) -> String {
        let all = pairs + extra
        guard !all.isEmpty else { return "" }
        return "{" + all.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",") + "}"
    }

    static func escape(_ value: String) -> String {
        var text = ""
        for character in value {
            switch character {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            default: text.append(character)
            }
        }
        return text
    }
}

/// A counter or gauge family: one value per label set.
struct ValueFamily: Sendable {
    let name: String
    let help: String
    let type: String
    var values: [LabelSet: Double] = [:]

    mutating func add(_ amount: Double, _ labels: LabelSet) {
        values[labels, default: 0] += amount
    }

    mutating func set(_ value: Double, _ labels: LabelSet) {
        values[labels] = value
    }

    func render(into text: inout String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
        for (labels, value) in values.sorted(by: { $0.key.text() < $1.key.text() }) {
            text += "\(name)\(labels.text()) \(MetricNumber.text(value))\n"
        }
    }
}

/// A histogram family: per label set, the count in each bucket, the sum and the count.
struct HistogramFamily: Sendable {
    struct Series: Sendable {
        var buckets: [Double]
        var sum = 0.0
        var count = 0.0
    }

    let name: String
    let help: String
    /// Upper bounds, ascending; `+Inf` is implied.
    let bounds: [Double]
    var series: [LabelSet: Series] = [:]

    mutating func observe(_ value: Double, _ labels: LabelSet, times: Double = 1) {
        var entry = series[labels] ?? Series(buckets: Array(repeating: 0, count: bounds.count))
        if let index = bounds.firstIndex(where: { value <= $0 }) { entry.buckets[index] += times }
        entry.sum += value * times
        entry.count += times
        series[labels] = entry
    }

    func render(into text: inout String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) histogram\n"
        for (labels, entry) in series.sorted(by: { $0.key.text() < $1.key.text() }) {
            var cumulative = 0.0
            for (bound, count) in zip(bounds, entry.buckets) {
                cumulative += count
                text += "\(name)_bucket\(labels.text(adding: [("le", MetricNumber.text(bound))])) \(MetricNumber.text(cumulative))\n"
            }
            text += "\(name)_bucket\(labels.text(adding: [("le", "+Inf")])) \(MetricNumber.text(entry.count))\n"
            text += "\(name)_sum\(labels.text()) \(MetricNumber.text(entry.sum))\n"
            text += "\(name)_count\(labels.text()) \(MetricNumber.text(entry.count))\n"
        }
    }
}

/// Numbers as prom-client writes them: whole numbers without a fraction.
enum MetricNumber {
    static func text(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
