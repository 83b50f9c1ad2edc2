#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// UTC timestamps for log lines (`2026-09-08T14:03:11.482Z`), built from `gmtime_r` digits.
///
/// A date formatter per line cost more than the rest of the line, and the first one loads ICU
/// (several MB of resident memory); this needs neither.
enum LogTimestamp {
    /// The current time.
    static func now() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return format(epochSeconds: Int(time.tv_sec), milliseconds: Int(time.tv_nsec / 1_000_000))
    }

    /// The timestamp of `epochSeconds` plus `milliseconds` (0...999).
    static func format(epochSeconds: Int, milliseconds: Int) -> String {
        var seconds = time_t(epochSeconds)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "\(epochSeconds)" }
        var text = ""
        text.reserveCapacity(24)
        append(Int(parts.tm_year) + 1900, width: 4, to: &text)
        text += "-"
        append(Int(parts.tm_mon) + 1, width: 2, to: &text)
        text += "-"
        append(Int(parts.tm_mday), width: 2, to: &text)
        text += "T"
        append(Int(parts.tm_hour), width: 2, to: &text)
        text += ":"
        append(Int(parts.tm_min), width: 2, to: &text)
        text += ":"
        append(Int(parts.tm_sec), width: 2, to: &text)
        text += "."
        append(min(max(milliseconds, 0), 999), width: 3, to: &text)
        text += "Z"
        return text
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    private static func append(_ value: Int, width: Int, to text: inout String) {
        let digits = String(value)
        if digits.count < width { text += String(repeating: "0", count: width - digits.count) }
        text += digits
    }
}
