import Foundation
import ArchestraAPI
import TerminalUI

/// Notifications when a usage limit crosses a threshold on its way up (80 %, 90 %, 100 % by
/// default). Off unless the person turns them on: a console must never ring by itself.
public struct LimitNotifications: Sendable, Equatable {
    public var isEnabled = false
    /// Percentages, ascending.
    public var thresholds: [Double] = [80, 90, 100]
    /// The highest threshold each limit is known to be at or above.
    var reached: [String: Double] = [:]
    /// Waiting to be rung by the main loop, oldest first.
    public private(set) var pending: [LimitNotification] = []
    private var nextID = 0
    /// Never more than this many waiting (a burst after a long pause is summed up by the header anyway).
    static let capacity = 20

    public init(isEnabled: Bool = false, thresholds: [Double] = [80, 90, 100]) {
        self.isEnabled = isEnabled
        self.thresholds = thresholds.sorted()
    }

    /// Compares a poll with what was known; the first poll of a limit only sets where it stands.
    mutating func observe(_ limits: [UsageLimit], names: (UsageLimit) -> String) {
        guard isEnabled else { return }
        for limit in limits {
            guard let fraction = UsageMath.fraction(used: limit.usedCost, limit: limit.limitValue) else { continue }
            let percent = fraction * 100
            let level = thresholds.last { percent >= $0 }
            defer { reached[limit.id] = level ?? 0 }
            guard let before = reached[limit.id] else { continue }
            guard let level, level > before else { continue }
            nextID += 1
            pending.append(
                LimitNotification(
                    id: nextID, title: "Usage limit at \(Int(level)) %",
                    body: "\(names(limit)): \(NumberFormat.percent(fraction)) of its cap"))
            if pending.count > Self.capacity { pending.removeFirst(pending.count - Self.capacity) }
        }
    }

    /// Forgets notifications up to `id`, once rung.
    mutating func acknowledge(upTo id: Int) {
        pending.removeAll { $0.id <= id }
    }
}

/// One notification to ring.
public struct LimitNotification: Sendable, Equatable {
    public var id: Int
    public var title: String
    public var body: String

    /// The terminal bell, then OSC 9 and OSC 777 desktop notifications (terminals ignore the ones they do not know).
    public var terminalBytes: String {
        let clean = { (text: String) in String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != ";" }) }
        return "\u{07}\u{1B}]9;\(clean(title)): \(clean(body))\u{07}\u{1B}]777;notify;\(clean(title));\(clean(body))\u{07}"
    }
}
