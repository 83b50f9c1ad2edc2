import Foundation

/// Fixed dates and calendars for the usage tests (namespaced so other test folders cannot clash).
enum UsageFixture {
    /// Parses a fixed ISO-8601 instant such as "2026-09-08T14:03:11Z".
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else {
            preconditionFailure("bad fixture date \(text)")
        }
        return date
    }

    /// A Gregorian calendar in the named time zone (fails loudly if the zone is missing).
    static func calendar(_ zoneIdentifier: String, firstWeekday: Int = 1) -> Calendar {
        guard let zone = TimeZone(identifier: zoneIdentifier) else {
            preconditionFailure("missing time zone \(zoneIdentifier)")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        calendar.firstWeekday = firstWeekday
        return calendar
    }
}
