/// UTC timestamps as epoch seconds, formatted and parsed as the API's ISO-8601 strings.
///
/// Written by hand (civil-calendar arithmetic) so formatting is fast, deterministic and free of
/// locale or formatter state.
enum Timestamp {
    static let minute: Double = 60
    static let hour: Double = 3_600
    static let day: Double = 86_400

    /// `2026-09-08T14:03:11.482Z` for `seconds` since 1970 (milliseconds, always `Z`).
    static func iso(_ seconds: Double) -> String {
        let totalMilliseconds = Int64((seconds * 1000).rounded(.down))
        let days = floorDivide(totalMilliseconds, 86_400_000)
        let millisecondOfDay = totalMilliseconds - days * 86_400_000
        let civil = civilDate(fromDays: days)
        let hours = millisecondOfDay / 3_600_000
        let minutes = millisecondOfDay / 60_000 % 60
        let secs = millisecondOfDay / 1000 % 60
        let millis = millisecondOfDay % 1000
        return pad(civil.year, 4) + "-" + pad(civil.month, 2) + "-" + pad(civil.day, 2)
            + "T" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(secs, 2) + "." + pad(millis, 3) + "Z"
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `…:SS`, `…:SS.fff`, each optionally followed by `Z` or
    /// `±HH:MM` (no zone means UTC). Returns `nil` for anything else, including impossible dates.
    static func parse(_ text: String) -> Double? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.take("-"),
            let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(days(fromYear: year, month: month, day: day)) * Timestamp.day
        if scanner.isAtEnd { return seconds }
        guard scanner.take("T") || scanner.take(" "),
            let hours = scanner.number(digits: 2), hours < 24, scanner.take(":"),
            let minutes = scanner.number(digits: 2), minutes < 60
        else { return nil }
        seconds += Double(hours) * hour + Double(minutes) * minute
        if scanner.take(":") {
            guard let wholeSeconds = scanner.number(digits: 2), wholeSeconds < 61 else { return nil }
            seconds += Double(wholeSeconds)
            if scanner.take(".") {
                guard let fraction = scanner.fraction() else { return nil }
                seconds += fraction
            }
        }
        if scanner.isAtEnd || (scanner.take("Z") && scanner.isAtEnd) { return seconds }
        let sign: Double
        if scanner.take("+") { sign = 1 } else if scanner.take("-") { sign = -1 } else { return nil }
        guard let offsetHours = scanner.number(digits: 2) else { return nil }
        _ = scanner.take(":")  // both `+02:00` and `+0200` occur in the wild
        guard let offsetMinutes = scanner.number(digits: 2), scanner.isAtEnd else { return nil }
        return seconds - sign * (Double(offsetHours) * hour + Double(offsetMinutes) * minute)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func days(fromYear year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day count since 1970-01-01.
    static func civilDate(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Start (epoch seconds) of the calendar month containing `seconds`.
    static func monthStart(containing seconds: Double) -> Double {
        let civil = civilDate(fromDays: floorDivide(Int64(seconds.rounded(.down)), 86_400))
        return Double(days(fromYear: Int(civil.year), month: Int(civil.month), day: 1)) * day
    }

    /// Start of the calendar month after the one starting at `monthStart`.
    static func nextMonthStart(after monthStart: Double) -> Double {
        let civil = civilDate(fromDays: floorDivide(Int64(monthStart.rounded(.down)), 86_400))
        let nextMonth = civil.month == 12 ? 1 : Int(civil.month) + 1
        let nextYear = civil.month == 12 ? Int(civil.year) + 1 : Int(civil.year)
        return Double(days(fromYear: nextYear, month: nextMonth, day: 1)) * day
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// Reads fixed-width numbers and separators from UTF-8 bytes.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[position + offset]
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        position += digits
        return value
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = position
        while position < bytes.count, (48...57).contains(bytes[position]) {
            value += Double(bytes[position] - 48) * scale
            scale /= 10
            position += 1
        }
        return position > start ? value : nil
    }
}
