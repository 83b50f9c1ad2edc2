import Foundation
import TerminalUI

/// The table cells format numbers the same way as the charts.
enum NumberFormatAdapter {
    static func age(since date: Date, now: Date) -> String { NumberFormat.age(since: date, now: now) }
    static func compact(_ value: Double) -> String { NumberFormat.compact(value) }
    static func money(_ value: Double) -> String { NumberFormat.money(value) }
    static func percent(_ fraction: Double?) -> String { NumberFormat.percent(fraction) }
    static func duration(_ seconds: Double) -> String { NumberFormat.duration(seconds) }
}
