import Foundation

/// Formats time spans in the short style used across the dashboard: "45s", "3m", "3h 10m", "2d 4h".
public enum CompactDuration {
    /// The span rounded down to at most two units. Negative spans read "0s"; NaN and infinity read "—".
    ///
    /// Rounding down is deliberate: "cap in 2h" should never promise more time than is left.
    public static func string(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite else { return "—" }
        // Clamp before converting so huge values cannot overflow Int.
        let whole = Int(min(max(seconds, 0), 1e15).rounded(.down))
        let days = whole / 86_400
        let hours = (whole % 86_400) / 3_600
        let minutes = (whole % 3_600) / 60
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : "\(days)d" }
        if hours > 0 { return minutes > 0 ? "\(hours)h \(minutes)m" : "\(hours)h" }
        if minutes > 0 { return "\(minutes)m" }
        return "\(whole)s"
    }
}
