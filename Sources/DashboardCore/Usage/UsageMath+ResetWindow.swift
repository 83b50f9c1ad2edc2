import Foundation

extension UsageMath {
    /// The window that contains `now`: from the last reset (inclusive) to the next reset (exclusive).
    ///
    /// Rolling rules count whole intervals from `lastCleanup`, so a stale `lastCleanup` is
    /// advanced until the window reaches `now`; without `lastCleanup` there is no window.
    /// Calendar rules use the day, week or month boundaries of `calendar` (its time zone
    /// decides when midnight is). `.unknown` rules have no window.
    public static func currentWindow(rule: ResetRule, lastCleanup: Date?, now: Date, calendar: Calendar) -> DateInterval? {
        switch rule {
        case .rolling(let span):
            guard let lastCleanup else { return nil }
            return rollingWindow(span: span, anchor: lastCleanup, now: now)
        case .rollingMonth:
            guard let lastCleanup else { return nil }
            return rollingMonthWindow(anchor: lastCleanup, now: now, calendar: calendar)
        case .calendarDay:
            return calendar.dateInterval(of: .day, for: now)
        case .calendarWeekSunday:
            return weekWindow(firstWeekday: 1, now: now, calendar: calendar)
        case .calendarWeekMonday:
            return weekWindow(firstWeekday: 2, now: now, calendar: calendar)
        case .calendarMonth:
            return calendar.dateInterval(of: .month, for: now)
        case .unknown:
            return nil
        }
    }

    /// When the counter next resets: the first reset strictly after `now`, or `nil` when unknown.
    ///
    /// Rolling: `lastCleanup` + interval, advanced by whole intervals until after `now`
    /// ("1m" adds calendar months, so Jan 31 + 1m is the last day of February).
    /// Calendar: next midnight, next Sunday/Monday 00:00, or the 1st of next month 00:00.
    public static func nextReset(rule: ResetRule, lastCleanup: Date?, now: Date, calendar: Calendar) -> Date? {
        currentWindow(rule: rule, lastCleanup: lastCleanup, now: now, calendar: calendar)?.end
    }

    /// When the current window began (the previous reset), or `nil` when unknown.
    public static func windowStart(rule: ResetRule, lastCleanup: Date?, now: Date, calendar: Calendar) -> Date? {
        currentWindow(rule: rule, lastCleanup: lastCleanup, now: now, calendar: calendar)?.start
    }

    private static func rollingWindow(span: TimeInterval, anchor: Date, now: Date) -> DateInterval? {
        guard span.isFinite, span > 0 else { return nil }
        let elapsed = now.timeIntervalSince(anchor)
        // A lastCleanup in the future (clock skew) still yields its first window.
        var periods = elapsed < 0 ? 0 : (elapsed / span).rounded(.down)
        // Guard against floating-point error at exact multiples: the end must be after now.
        if anchor.addingTimeInterval((periods + 1) * span) <= now { periods += 1 }
        let start = anchor.addingTimeInterval(periods * span)
        return DateInterval(start: start, duration: span)
    }

    private static func rollingMonthWindow(anchor: Date, now: Date, calendar: Calendar) -> DateInterval? {
        // Months are added to the original anchor (not chained), so Jan 31 gives
        // Feb 28, Mar 31, Apr 30… rather than drifting to the 28th.
        var months = 0
        if now > anchor {
            months = max(calendar.dateComponents([.month], from: anchor, to: now).month ?? 0, 0)
            // dateComponents may be off by one around short months; step back, then forward.
            while months > 0, let start = calendar.date(byAdding: .month, value: months, to: anchor), start > now {
                months -= 1
            }
        }
        guard var start = calendar.date(byAdding: .month, value: months, to: anchor),
            var end = calendar.date(byAdding: .month, value: months + 1, to: anchor)
        else { return nil }
        while end <= now {
            months += 1
            start = end
            guard let next = calendar.date(byAdding: .month, value: months + 1, to: anchor) else { return nil }
            end = next
        }
        return DateInterval(start: start, end: end)
    }

    private static func weekWindow(firstWeekday: Int, now: Date, calendar: Calendar) -> DateInterval? {
        var weekCalendar = calendar
        weekCalendar.firstWeekday = firstWeekday
        return weekCalendar.dateInterval(of: .weekOfYear, for: now)
    }
}
