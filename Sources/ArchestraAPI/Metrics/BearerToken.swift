import Foundation

/// A secret sent as `Authorization: Bearer …` to a metrics endpoint or a Prometheus server.
/// Prints masked, so it never lands in a log or on screen.
public struct BearerToken: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The token exactly as sent. Use for nothing else.
    public let raw: String
    /// Where it came from (`ARCHESTRA_METRICS_SECRET`), for help screens.
    public let source: String

    /// Nil for an empty token: an empty header would only earn a confusing 401.
    public init?(_ raw: String, source: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        self.raw = trimmed
        self.source = source
    }

    public var description: String { "bearer token from \(source)" }
    public var debugDescription: String { "BearerToken(\(source))" }
    public var customMirror: Mirror { Mirror(self, children: ["source": source]) }
}
