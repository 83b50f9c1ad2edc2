/// How much a counter grew between two readings.
public enum CounterIncrease {
    /// `current - previous`; a counter that went down was reset (the process restarted) and counted up
    /// from zero since, so all of `current` is new. A series seen for the first time (created by its
    /// first increment since the last scrape) is new in full. Values that are not finite add nothing.
    public static func between(_ previous: Double?, _ current: Double) -> Double {
        guard current.isFinite else { return 0 }
        guard let previous, previous.isFinite else { return max(0, current) }
        return current >= previous ? current - previous : max(0, current)
    }
}
