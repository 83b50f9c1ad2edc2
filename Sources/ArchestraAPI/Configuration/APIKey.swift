import Foundation

/// An Archestra API key. Prints masked everywhere so it never lands in logs or on screen.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key exactly as sent in the `Authorization` header. Use for nothing else.
    public let raw: String

    /// Wraps a key, trimming surrounding whitespace and newlines (keys often come from files).
    public init(_ raw: String) {
        self.raw = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the key is empty after trimming (e.g. an empty key file).
    public var isEmpty: Bool { raw.isEmpty }

    /// The first five characters followed by `****`; keys shorter than 12 characters show only `****`.
    public var description: String {
        raw.count < 12 ? "****" : String(raw.prefix(5)) + "****"
    }

    public var debugDescription: String { "APIKey(\(description))" }

    /// Keeps `dump` and mirrors from printing the raw key.
    public var customMirror: Mirror {
        Mirror(self, children: ["masked": description])
    }
}
