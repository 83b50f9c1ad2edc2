/// The time window and buckets of a statistics `timeframe` (API notes §7.1).
struct StatisticsWindow: Sendable, Equatable {
    /// Start of the first bucket (epoch seconds).
    var start: Double
    /// End of the window (exclusive): now, or the custom end.
    var end: Double
    /// Start of each bucket, ascending; one time-series point per entry.
    var bucketStarts: [Double]
    /// Width of the narrowest bucket (months differ in length).
    var narrowestBucket: Double

    /// Refuses windows with more buckets than this (a century of weeks), to protect memory.
    static let maximumBuckets = 5_300

    /// The window for `timeframe` (default `24h`) ending `now`; 400 for anything the contract does not list.
    /// `earliestData` anchors `all` (defaults to a year back).
    static func parse(_ timeframe: String?, now: Double, earliestData: Double?) throws -> StatisticsWindow {
        let text = timeframe ?? "24h"
        let minute = Timestamp.minute
        let hour = Timestamp.hour
        let day = Timestamp.day
        switch text {
        case "5m": return fixed(from: now - 5 * minute, to: now, width: minute)
        case "15m": return fixed(from: now - 15 * minute, to: now, width: minute)
        case "30m": return fixed(from: now - 30 * minute, to: now, width: 5 * minute)
        case "1h": return fixed(from: now - hour, to: now, width: 5 * minute)
        case "24h": return fixed(from: now - day, to: now, width: hour)
        case "7d": return fixed(from: now - 7 * day, to: now, width: 6 * hour)
        case "30d": return fixed(from: now - 30 * day, to: now, width: day)
        case "90d": return fixed(from: now - 90 * day, to: now, width: 3 * day)
        case "12m": return fixed(from: now - 365 * day, to: now, width: 7 * day)
        case "all": return monthly(from: min(earliestData ?? now, now - 365 * day), to: now)
        default: return try custom(text)
        }
    }

    /// `custom:<start>_<end>`: both parseable, end after start.
    private static func custom(_ text: String) throws -> StatisticsWindow {
        let invalid = APIError.validation("Invalid timeframe '\(text)'")
        guard text.hasPrefix("custom:") else { throw invalid }
        let parts = text.dropFirst("custom:".count).split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Timestamp.parse(String(parts[0])), let end = Timestamp.parse(String(parts[1])), end > start
        else { throw invalid }
        let length = end - start
        let width: Double
        if length <= 2 * Timestamp.hour {
            width = 5 * Timestamp.minute
        } else if length <= 48 * Timestamp.hour {
            width = Timestamp.hour
        } else if length <= 30 * Timestamp.day {
            width = Timestamp.day
        } else {
            width = 7 * Timestamp.day
        }
        guard length / width < Double(maximumBuckets) else { throw invalid }
        return fixed(from: start, to: end, width: width)
    }

    /// Equal-width buckets aligned to UTC multiples of `width` (weeks start on Monday).
    static func fixed(from start: Double, to end: Double, width: Double) -> StatisticsWindow {
        let offset = width == 7 * Timestamp.day ? 4 * Timestamp.day : 0  // 1970-01-05 was a Monday
        let first = ((start - offset) / width).rounded(.down) * width + offset
        var starts: [Double] = []
        var bucket = first
        while bucket < end {
            starts.append(bucket)
            bucket += width
        }
        return StatisticsWindow(start: first, end: end, bucketStarts: starts, narrowestBucket: width)
    }

    /// Calendar-month buckets from the month holding `start` to the month holding `end`.
    static func monthly(from start: Double, to end: Double) -> StatisticsWindow {
        var starts: [Double] = []
        var month = Timestamp.monthStart(containing: start)
        while month < end, starts.count < maximumBuckets {
            starts.append(month)
            month = Timestamp.nextMonthStart(after: month)
        }
        return StatisticsWindow(start: starts.first ?? start, end: end, bucketStarts: starts, narrowestBucket: 28 * Timestamp.day)
    }

    /// The bucket holding `time`, or `nil` outside the window.
    func bucketIndex(for time: Double) -> Int? {
        guard time >= start, time < end, !bucketStarts.isEmpty else { return nil }
        var low = 0
        var high = bucketStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if bucketStarts[middle] <= time { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
