import Foundation
import ArchestraAPI
import TerminalUI

/// Helpers the resource tables share.
public enum ResourceTables {
    /// "3m ago" for a date, "-" when absent.
    static func age(_ date: Date?, now: Date) -> String {
        guard let date else { return "-" }
        return NumberFormat.age(since: date, now: now)
    }

    static func dateKey(_ date: Date?) -> SortKey {
        date.map { .number($0.timeIntervalSince1970) } ?? .none
    }
}
