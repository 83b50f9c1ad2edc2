import Foundation
import ArchestraAPI
import TerminalUI

/// Which usage limits crossed a threshold on their way up since the last poll (80 %, 90 %, 100 % by
/// default). The limits slice keeps it and pushes what it finds to the notification outbox.
public struct LimitThresholds: Sendable, Equatable {
    /// Percentages, ascending.
    public var thresholds: [Double] = [80, 90, 100]
    /// The highest threshold each limit is known to be at or above.
    var reached: [String: Double] = [:]

    public init(thresholds: [Double] = [80, 90, 100]) {
        self.thresholds = thresholds.sorted()
    }

    /// Compares a poll with what was known and says each new crossing; the first poll of a limit
    /// only sets where it stands.
    mutating func observe(_ limits: [UsageLimit], names: (UsageLimit) -> String) -> [PendingNotification] {
        var crossed: [PendingNotification] = []
        for limit in limits {
            guard let fraction = UsageMath.fraction(used: limit.usedCost, limit: limit.limitValue) else { continue }
            let percent = fraction * 100
            let level = thresholds.last { percent >= $0 }
            defer { reached[limit.id] = level ?? 0 }
            guard let before = reached[limit.id] else { continue }
            guard let level, level > before else { continue }
            crossed.append(
                PendingNotification(
                    title: "Usage limit at \(Int(level)) %", body: "\(names(limit)): \(NumberFormat.percent(fraction)) of its cap"))
        }
        return crossed
    }
}
