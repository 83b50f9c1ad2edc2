import Foundation

/// One bucket of an embedded statistics time series: `{timestamp, value}`.
public struct TimeSeriesPoint: LenientDecodable, Decodable, Equatable {
    /// Bucket start as sent.
    public var timestamp: String
    public var value: Double
    /// `timestamp` parsed; `nil` when unparseable.
    public var date: Date?

    public init(timestamp: String, value: Double) {
        self.timestamp = timestamp
        self.value = value
        self.date = ISO8601.date(from: timestamp)
    }

    /// Requires a string `timestamp`; a missing or non-numeric `value` reads as 0.
    public init(json: JSONValue) throws {
        guard let timestamp = json.string("timestamp") else {
            throw RecordDecodingError("expected a time-series point with a \"timestamp\"")
        }
        self.init(timestamp: timestamp, value: json.double("value") ?? 0)
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}
