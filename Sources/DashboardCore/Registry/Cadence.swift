import Foundation
import ArchestraAPI

/// How fast a source's data can change, and so how often it is worth asking for.
/// Whatever the cadence, a source is never polled faster than the refresh interval.
public enum Cadence: Sendable, Equatable {
    /// Every refresh interval: lists, limits and live totals.
    case refresh
    /// Every `seconds` at most: data that changes rarely (team list, catalog, cost savings).
    case every(TimeInterval)
    /// Statistics in buckets: a sixtieth of the timeframe's bucket width (1 s for 1-minute buckets,
    /// a minute for hourly ones), so an hourly series is not fetched as often as the limits.
    case statistics
    /// Only when nothing else answered for two refresh intervals: any answer already tells
    /// whether the server is reachable (server health).
    case whenIdle

    /// The longest a statistics source waits, whatever its bucket width.
    public static let statisticsCeiling: TimeInterval = 60

    /// Seconds between two polls.
    public func interval(refresh: TimeInterval, timeframe: Timeframe) -> TimeInterval {
        switch self {
        case .refresh, .whenIdle: refresh
        case .every(let seconds): max(refresh, seconds)
        case .statistics: max(refresh, min(Self.statisticsCeiling, timeframe.bucketWidth / 60))
        }
    }
}

/// How often sources that only feed figures shown elsewhere (the limit forecasts) are polled.
public enum BackgroundCadence {
    public static let interval: TimeInterval = 60
}
