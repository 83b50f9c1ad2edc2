import TerminalUI
import Foundation

/// How a usage limit's counter is reset, parsed from the API's `cleanupInterval` string.
///
/// Rolling rules restart a fixed span after the last cleanup; calendar rules restart at
/// day, week or month boundaries in the viewer's calendar. Strings this client does not
/// know (and a missing value) become `.unknown`, for which no reset time is computed.
public enum ResetRule: Sendable, Equatable, Hashable {
    /// A fixed span after `lastCleanup` ("1h", "12h", "24h", "1w").
    case rolling(TimeInterval)
    /// One calendar month after `lastCleanup` ("1m"); month lengths vary, so it is not a fixed span.
    case rollingMonth
    /// Every midnight ("calendar_day").
    case calendarDay
    /// Every Sunday at 00:00 ("calendar_week_sunday").
    case calendarWeekSunday
    /// Every Monday at 00:00 ("calendar_week_monday").
    case calendarWeekMonday
    /// The first of every month at 00:00 ("calendar_month").
    case calendarMonth
    /// A missing (`""`) or unrecognised API value, kept verbatim.
    case unknown(String)

    /// Parses a `cleanupInterval` value; `nil`, empty and unknown strings give `.unknown`.
    public init(apiValue: String?) {
        // The server's own spelling, as nearly every value comes, needs no trimming or case folding.
        if let apiValue, let exact = Self.exactValues[apiValue] {
            self = exact
            return
        }
        let raw = apiValue?.trimmedWhitespace ?? ""
        switch raw.lowercased() {
        case "1h": self = .rolling(3_600)
        case "12h": self = .rolling(12 * 3_600)
        case "24h": self = .rolling(24 * 3_600)
        case "1w": self = .rolling(7 * 24 * 3_600)
        case "1m": self = .rollingMonth
        case "calendar_day": self = .calendarDay
        case "calendar_week_sunday": self = .calendarWeekSunday
        case "calendar_week_monday": self = .calendarWeekMonday
        case "calendar_month": self = .calendarMonth
        default: self = .unknown(raw)
        }
    }

    private static let exactValues: [String: ResetRule] = {
        let rules: [ResetRule] = [
            .rolling(3_600), .rolling(12 * 3_600), .rolling(24 * 3_600), .rolling(7 * 24 * 3_600), .rollingMonth,
            .calendarDay, .calendarWeekSunday, .calendarWeekMonday, .calendarMonth,
        ]
        var values: [String: ResetRule] = [:]
        for rule in rules { if let value = rule.apiValue { values[value] = rule } }
        return values
    }()

    /// The API string for this rule, or `nil` when no API value matches it.
    public var apiValue: String? {
        switch self {
        case .rolling(let span):
            switch span {
            case 3_600: return "1h"
            case 12 * 3_600: return "12h"
            case 24 * 3_600: return "24h"
            case 7 * 24 * 3_600: return "1w"
            default: return nil
            }
        case .rollingMonth: return "1m"
        case .calendarDay: return "calendar_day"
        case .calendarWeekSunday: return "calendar_week_sunday"
        case .calendarWeekMonday: return "calendar_week_monday"
        case .calendarMonth: return "calendar_month"
        case .unknown(let raw): return raw.isEmpty ? nil : raw
        }
    }

    /// A short human label, e.g. "rolling 1h", "rolling 1 week", "weekly (Mon)", "monthly".
    public var label: String {
        switch self {
        case .rolling(let span) where span == 7 * 24 * 3_600: return "rolling 1 week"
        case .rolling(let span) where span > 0 && span < 7 * 24 * 3_600 && span.truncatingRemainder(dividingBy: 3_600) == 0:
            // Whole hours read like the API values ("rolling 24h", not "rolling 1d").
            return "rolling \(Int(span / 3_600))h"
        case .rolling(let span): return "rolling " + NumberFormat.duration(span)
        case .rollingMonth: return "rolling 1 month"
        case .calendarDay: return "daily"
        case .calendarWeekSunday: return "weekly (Sun)"
        case .calendarWeekMonday: return "weekly (Mon)"
        case .calendarMonth: return "monthly"
        case .unknown(let raw): return raw.isEmpty ? "no reset" : raw
        }
    }
}
