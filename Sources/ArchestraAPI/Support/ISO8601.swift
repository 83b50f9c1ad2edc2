import Foundation

/// Parses the ISO-8601 timestamps of the API, with or without fractional seconds.
public enum ISO8601 {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    /// The date in `text` (e.g. `2026-09-08T14:03:11.482Z` or `2026-09-08T14:03:11Z`), or `nil`.
    public static func date(from text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let date = try? withFraction.parse(text) { return date }
        return try? withoutFraction.parse(text)
    }

    /// `date` as `2026-09-08T14:03:11.482Z` (UTC, milliseconds), the format the server sends.
    public static func string(from date: Date) -> String {
        withFraction.format(date)
    }
}
