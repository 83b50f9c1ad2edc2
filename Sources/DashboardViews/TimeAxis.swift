import ArchestraAPI

/// Labels under a chart that spans a timeframe: "-24h", "-12h", "now".
enum TimeAxis {
    static func labels(for timeframe: Timeframe) -> [String] {
        guard let window = timeframe.window, window > 0 else { return ["start", "now"] }
        return ["-" + span(window), "-" + span(window / 2), "now"]
    }

    /// A whole number of the largest unit that fits: "12h", "3d", "90m" stays "1h" only when exact.
    static func span(_ seconds: Double) -> String {
        if seconds >= 2 * 86_400 { return "\(Int((seconds / 86_400).rounded()))d" }
        if seconds >= 3_600 { return "\(Int((seconds / 3_600).rounded()))h" }
        if seconds >= 60 { return "\(Int((seconds / 60).rounded()))m" }
        return "\(Int(seconds.rounded()))s"
    }

    /// The width of one bucket: "1m", "5m", "1h", "6h", "1d", "3d", "7d", "month".
    static func bucket(_ seconds: Double) -> String {
        if seconds >= 28 * 86_400 { return "month" }
        if seconds >= 86_400 { return "\(Int((seconds / 86_400).rounded()))d" }
        return span(seconds)
    }
}
