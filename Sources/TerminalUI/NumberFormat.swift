import Foundation

/// Short, fixed-style number texts for tables and charts.
public enum NumberFormat {
    /// Text for values that are missing or not finite.
    public static let notAvailable = "n/a"

    private static let units = ["", "k", "M", "G", "T", "P"]

    /// Compact count: 999 -> "999", 1234 -> "1.2k", 37065458 -> "37.1M", 2.5e9 -> "2.5G".
    /// One decimal below 100 of a unit, none from 100 up; small fractions keep one decimal.
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return notAvailable }
        let sign = value < 0 ? "-" : ""
        var magnitude = abs(value)
        var unitIndex = 0
        // Step up while the rounded text would reach 1000 of the current unit.
        while unitIndex < units.count - 1, rounded(magnitude, unitIndex: unitIndex) >= 1000 {
            magnitude /= 1000
            unitIndex += 1
        }
        let text: String
        if unitIndex == 0 {
            let whole = magnitude.rounded()
            text =
                abs(magnitude - whole) < 0.05 || magnitude >= 100
                ? String(Int(whole)) : fixed(magnitude, decimals: 1)
        } else {
            text = magnitude < 99.95 ? fixed(magnitude, decimals: 1) : String(Int(magnitude.rounded()))
        }
        return text == "0" || text == "0.0" ? text : sign + text + units[unitIndex]
    }

    /// A whole number with thin groups of three: 1234567 -> "1 234 567".
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: " ")
    }

    /// Compact count of an integer.
    public static func compact(_ value: Int) -> String {
        compact(Double(value))
    }

    /// Dollars: "$92.75" below 1000, then compact ("$1.2k"); "$0.00" for zero.
    public static func money(_ value: Double) -> String {
        guard value.isFinite else { return notAvailable }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        if (magnitude * 100).rounded() / 100 < 1000 {
            let text = fixed(magnitude, decimals: 2)
            return (text == "0.00" ? "" : sign) + "$" + text
        }
        return sign + "$" + compact(magnitude)
    }

    /// Whole percent of a fraction: 0.93 -> "93%", 1.04 -> "104%", nil -> "n/a".
    /// Under the cap it never reads "100%": 0.9972 -> "99%" (a limit is not full until it is).
    public static func percent(_ fraction: Double?) -> String {
        guard let fraction, fraction.isFinite else { return notAvailable }
        var value = (fraction * 100).rounded()
        if fraction < 1, value >= 100 { value = 99 }
        guard abs(value) < 1e15 else { return notAvailable }
        return "\(Int(value) == 0 ? 0 : Int(value))%"
    }

    /// Percent of a fraction with `decimals` decimals and no sign: 0.9345 -> "93.5"; under the cap it is
    /// rounded down rather than up to 100 (0.99996 -> "99.9"). Nil for values that are negative or not finite.
    public static func percentDigits(_ fraction: Double, decimals: Int) -> String? {
        guard fraction.isFinite, fraction >= 0, fraction < 1e12 else { return nil }
        let text = fixed(fraction * 100, decimals: decimals)
        guard fraction < 1, let shown = Double(text), shown >= 100 else { return text }
        // Only values within half a step of 100 round up to it; rounded down they are all 99.9…
        return decimals > 0 ? "99." + String(repeating: "9", count: decimals) : "99"
    }

    /// The unrounded percent of a fraction, for files that keep exact values (JSON): 0.9972 -> "99.72".
    public static func exactPercent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return notAvailable }
        return exact(fraction * 100, below: fraction < 1 ? 100 : nil)
    }

    /// A value as its shortest decimal text, without the binary noise of arithmetic (0.9972000000000001 ->
    /// "0.9972"): ten decimals are kept. `below` is a bound the value is under and its text must stay under.
    public static func exact(_ value: Double, below bound: Double? = nil) -> String {
        guard value.isFinite else { return notAvailable }
        var kept = abs(value) < 1e8 ? (value * 1e10).rounded() / 1e10 : value
        if let bound, value < bound, kept >= bound { kept = value }
        let text = String(kept)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Duration in its two largest units, rounded down: "45s", "3m 20s", "3h 10m", "2d 4h";
    /// a zero second unit is left out ("1h", "2d"). Negative durations show as "0s".
    /// Rounding down is deliberate: "cap in 2h" never promises more time than is left.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return notAvailable }
        let total = Int(max(0, min(seconds, 1e15)).rounded(.down))
        let days = total / 86_400
        let hours = total % 86_400 / 3600
        let minutes = total % 3600 / 60
        let secs = total % 60
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : "\(days)d" }
        if hours > 0 { return minutes > 0 ? "\(hours)h \(minutes)m" : "\(hours)h" }
        if minutes > 0 { return secs > 0 ? "\(minutes)m \(secs)s" : "\(minutes)m" }
        return "\(secs)s"
    }

    /// Age in its largest unit: "5s ago", "3m ago", "2h ago", "4d ago".
    /// Times in the future (clock skew) show as "0s ago".
    public static func age(_ seconds: Double) -> String {
        guard seconds.isFinite else { return notAvailable }
        let total = Int(max(0, min(seconds, 1e15)).rounded(.down))
        if total >= 86_400 { return "\(total / 86_400)d ago" }
        if total >= 3600 { return "\(total / 3600)h ago" }
        if total >= 60 { return "\(total / 60)m ago" }
        return "\(total)s ago"
    }

    /// Age of `date` as seen at `now`.
    public static func age(since date: Date, now: Date) -> String {
        age(now.timeIntervalSince(date))
    }

    /// `String(format: "%.Nf", value)` for a value ≥ 0, with the same digits (the exact binary value
    /// rounded half to even, as C's printf does), without going through Foundation's formatter, which
    /// cost as much as the rest of the overview's frame.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = [1.0, 10, 100, 1_000, 10_000][min(max(decimals, 0), 4)]
        let scaled = value * scale
        // Beyond 2^52 the integer steps are coarser than one; such values never come this way.
        guard value >= 0, decimals <= 4, scaled < 4_503_599_627_370_496 else { return String(format: "%.\(decimals)f", value) }
        // The product is rounded; fma gives its exact error, so ties and near-ties go the way the
        // exact value says.
        let error = fmaError(value, scale, scaled)
        let floor = scaled.rounded(.down)
        let above = scaled - floor
        var whole = Int64(floor)
        if above > 0.5 || (above == 0.5 && (error > 0 || (error == 0 && whole % 2 == 1))) { whole += 1 }
        let unit = Int64(scale)
        let integer = String(whole / unit)
        guard decimals > 0 else { return integer }
        let fraction = String(whole % unit)
        return integer + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// The exact error of the product `a * b` rounded to `product`.
    private static func fmaError(_ a: Double, _ b: Double, _ product: Double) -> Double {
        (-product).addingProduct(a, b)
    }

    private static func rounded(_ magnitude: Double, unitIndex: Int) -> Double {
        // What the text would show: one decimal below 100, whole numbers above.
        magnitude < 99.95 ? (magnitude * 10).rounded() / 10 : magnitude.rounded()
    }
}
