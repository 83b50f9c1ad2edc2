import Foundation

/// Writes a connector's cron schedule in words where the pattern is simple ("every 6 h",
/// "daily at 02:00"), else gives the cron text back (whitespace tidied).
public enum CronWording {
    private static let weekdays = ["Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"]

    public static func describe(_ cron: String) -> String {
        let fields = cron.split(whereSeparator: \.isWhitespace).map(String.init)
        let text = fields.joined(separator: " ")
        if fields.count == 1, let macro = macro(fields[0].lowercased()) { return macro }
        guard fields.count == 5 else { return text }
        let (minute, hour, day, month, weekday) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        guard month == "*" else { return text }
        if day == "*", weekday == "*" {
            if minute == "*", hour == "*" { return "every minute" }
            if let step = step(minute), hour == "*" { return step == 1 ? "every minute" : "every \(step) min" }
            if let at = number(minute, in: 0...59), hour == "*" { return at == 0 ? "hourly" : "hourly at :\(pad(at))" }
            if let at = number(minute, in: 0...59), let step = step(hour) {
                let every = step == 1 ? "hourly" : "every \(step) h"
                return at == 0 ? every : "\(every) at :\(pad(at))"
            }
        }
        guard let at = number(minute, in: 0...59), let hourValue = number(hour, in: 0...23) else { return text }
        let time = "\(pad(hourValue)):\(pad(at))"
        if day == "*", weekday == "*" { return "daily at \(time)" }
        if day == "*", weekday == "1-5" { return "weekdays at \(time)" }
        if day == "*", let weekdayValue = number(weekday, in: 0...7) { return "\(weekdays[weekdayValue % 7]) at \(time)" }
        if weekday == "*", let dayValue = number(day, in: 1...31) { return "monthly on day \(dayValue) at \(time)" }
        return text
    }

    private static func macro(_ name: String) -> String? {
        switch name {
        case "@hourly": return "hourly"
        case "@daily", "@midnight": return "daily at 00:00"
        case "@weekly": return "Sundays at 00:00"
        case "@monthly": return "monthly on day 1 at 00:00"
        case "@yearly", "@annually": return "yearly on 1 Jan at 00:00"
        default: return nil
        }
    }

    /// `*/n` (or `0/n`) → n.
    private static func step(_ field: String) -> Int? {
        for prefix in ["*/", "0/"] where field.hasPrefix(prefix) {
            if let value = Int(field.dropFirst(prefix.count)), value > 0 { return value }
        }
        return nil
    }

    private static func number(_ field: String, in range: ClosedRange<Int>) -> Int? {
        guard field.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(field), range.contains(value) else { return nil }
        return value
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
