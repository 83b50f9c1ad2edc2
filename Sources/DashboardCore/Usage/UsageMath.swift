import Foundation

/// Pure arithmetic for usage limits: used fraction, alert level and average burn.
/// Reset times live in `UsageMath+ResetWindow.swift`.
public enum UsageMath {
    /// Fraction of the cap in use (1.0 = exactly at the cap; may exceed 1).
    ///
    /// `nil` when usage is unknown or not finite, or the limit is not a finite positive
    /// number (a zero cap has no meaningful percentage). Negative usage counts as zero.
    public static func fraction(used: Double?, limit: Double) -> Double? {
        guard let used, used.isFinite, limit.isFinite, limit > 0 else { return nil }
        return max(used, 0) / limit
    }

    /// The alert level for a used fraction; unknown (`nil`, NaN) counts as `.normal`.
    public static func level(for fraction: Double?) -> UsageLevel {
        guard let fraction, !fraction.isNaN else { return .normal }
        if fraction > 1.0 { return .over }
        if fraction >= 0.9 { return .danger }
        if fraction >= 0.75 { return .warning }
        return .normal
    }

    /// Average consumption per hour since `windowStart`, e.g. to estimate burn from one reading.
    ///
    /// `nil` when usage is not finite or less than one second of the window has passed.
    /// Negative usage counts as zero.
    public static func averageRatePerHour(used: Double, since windowStart: Date, now: Date) -> Double? {
        let elapsed = now.timeIntervalSince(windowStart)
        guard used.isFinite, elapsed >= 1 else { return nil }
        return max(used, 0) / elapsed * 3_600
    }
}
