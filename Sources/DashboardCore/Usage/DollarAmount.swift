import Foundation

/// Formats USD amounts compactly and independently of the locale: "$4.45", "$412", "$5,000".
public enum DollarAmount {
    /// Cents below $100, whole dollars with thousands separators from $100; "—" when not finite.
    public static func string(_ amount: Double) -> String {
        guard amount.isFinite else { return "—" }
        let sign = amount < 0 ? "-" : ""
        let magnitude = abs(amount)
        if magnitude < 99.995 {
            return sign + "$" + String(format: "%.2f", magnitude)
        }
        // Clamp so the Int conversion cannot trap on absurd values.
        let dollars = Int(min(magnitude, 1e15).rounded())
        return sign + "$" + grouped(dollars)
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
