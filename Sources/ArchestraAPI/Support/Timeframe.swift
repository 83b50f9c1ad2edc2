import Foundation

/// The statistics `timeframe` presets (API notes §7.1).
public enum Timeframe: String, Sendable, CaseIterable {
    case fiveMinutes = "5m"
    case fifteenMinutes = "15m"
    case thirtyMinutes = "30m"
    case oneHour = "1h"
    case day = "24h"
    case week = "7d"
    case month = "30d"
    case quarter = "90d"
    case year = "12m"
    case all = "all"

    private static let minute: TimeInterval = 60
    private static let hour: TimeInterval = 3_600
    private static let dayLength: TimeInterval = 86_400

    /// How far back the timeframe reaches; `nil` for `.all` (unbounded).
    public var window: TimeInterval? {
        switch self {
        case .fiveMinutes: return 5 * Self.minute
        case .fifteenMinutes: return 15 * Self.minute
        case .thirtyMinutes: return 30 * Self.minute
        case .oneHour: return Self.hour
        case .day: return Self.dayLength
        case .week: return 7 * Self.dayLength
        case .month: return 30 * Self.dayLength
        case .quarter: return 90 * Self.dayLength
        case .year: return 365 * Self.dayLength
        case .all: return nil
        }
    }

    /// The width of one time-series bucket; `.all` uses calendar months, approximated as 30 days.
    public var bucketWidth: TimeInterval {
        switch self {
        case .fiveMinutes, .fifteenMinutes: return Self.minute
        case .thirtyMinutes, .oneHour: return 5 * Self.minute
        case .day: return Self.hour
        case .week: return 6 * Self.hour
        case .month: return Self.dayLength
        case .quarter: return 3 * Self.dayLength
        case .year: return 7 * Self.dayLength
        case .all: return 30 * Self.dayLength
        }
    }
}
