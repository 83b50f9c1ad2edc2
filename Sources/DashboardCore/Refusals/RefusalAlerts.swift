import Foundation

/// Refusals waiting to ring, coalesced: the first rings at once, then at most one notification every
/// ``quietPeriod`` says everything that came meanwhile ("3 tool calls refused: agent X tool Y, …"), so a
/// burst rings once and a steady trickle every half minute, never per refusal.
public struct RefusalAlerts: Sendable, Equatable {
    /// The least time between two refusal notifications.
    public static let quietPeriod: TimeInterval = 30
    /// Refusals named in one notification; the rest are counted.
    static let named = 3

    /// The first few waiting, named.
    private(set) var waiting: [NamedRefusal] = []
    /// How many wait in all.
    private(set) var waitingCount = 0
    private(set) var lastRang: Date?

    public init() {}

    /// A refusal the notification names: the agent's name as the console knows it, and the tool.
    struct NamedRefusal: Sendable, Equatable {
        var agent: String
        var tool: String
    }

    mutating func queue(agent: String, tool: String) {
        waitingCount += 1
        if waiting.count < Self.named { waiting.append(NamedRefusal(agent: agent, tool: tool)) }
    }

    /// The notification to ring now, if any waits and the quiet period since the last one is over.
    mutating func due(at now: Date) -> PendingNotification? {
        guard waitingCount > 0 else { return nil }
        if let lastRang, now.timeIntervalSince(lastRang) < Self.quietPeriod { return nil }
        defer {
            waiting = []
            waitingCount = 0
            lastRang = now
        }
        let names = waiting.map { "\($0.agent): \($0.tool)" }
        guard waitingCount > 1 else {
            return PendingNotification(title: "Guardrail refused a tool call", body: names.first ?? "")
        }
        let more = waitingCount - waiting.count
        let list = names.joined(separator: ", ") + (more > 0 ? ", and \(more) more" : "")
        return PendingNotification(title: "Guardrails refused \(waitingCount) tool calls", body: list)
    }
}
