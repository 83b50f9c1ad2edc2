import Foundation

/// Parses the ISO-8601 timestamps of the API, with or without fractional seconds.
public enum ISO8601 {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    /// The date in `text` (e.g. `2026-09-08T14:03:11.482Z`, `2026-09-08T14:03:11+02:00`), or `nil`.
    /// A timestamp without a zone is read as UTC.
    public static func date(from text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let date = UTCTimestamp.parse(text) { return date }
        if let date = parse(text) { return date }
        return parse(text + "Z")
    }

    private static func parse(_ text: String) -> Date? {
        if let date = try? withFraction.parse(text) { return date }
        return try? withoutFraction.parse(text)
    }

    /// `date` as `2026-09-08T14:03:11.482Z` (UTC, milliseconds), the format the server sends.
    public static func string(from date: Date) -> String {
        withFraction.format(date)
    }
}
