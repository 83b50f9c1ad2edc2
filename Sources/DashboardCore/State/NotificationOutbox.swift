import Foundation

/// Bell and desktop notifications waiting for the main loop to ring them. Resources push into it
/// through `Effect.notify`; it only rings, and only when the person turned notifications on: a
/// console must never ring by itself.
public struct NotificationOutbox: Sendable, Equatable {
    public var isEnabled: Bool
    /// What rings when notifications are on (`notifyOn:` in config.yaml): limits and refusals by default.
    public var topics: Set<NotificationTopic>
    /// Waiting to be rung, oldest first.
    public private(set) var pending: [PendingNotification] = []
    private var nextID = 0
    /// Never more than this many waiting (a burst after a long pause is summed up by the header anyway).
    static let capacity = 20

    public init(isEnabled: Bool = false, topics: Set<NotificationTopic> = Set(NotificationTopic.allCases)) {
        self.isEnabled = isEnabled
        self.topics = topics
    }

    /// Whether notifications are on and `topic` is one of those picked.
    public func wants(_ topic: NotificationTopic) -> Bool { isEnabled && topics.contains(topic) }

    /// Queues a notification, numbered in order; dropped when notifications are off.
    mutating func push(_ notification: PendingNotification) {
        guard isEnabled else { return }
        nextID += 1
        var numbered = notification
        numbered.id = nextID
        pending.append(numbered)
        if pending.count > Self.capacity { pending.removeFirst(pending.count - Self.capacity) }
    }

    /// Forgets notifications up to `id`, once rung.
    mutating func acknowledge(upTo id: Int) {
        pending.removeAll { $0.id <= id }
    }
}

/// What can ring: a usage limit crossing a threshold, a guardrail refusing a tool call.
public enum NotificationTopic: String, Sendable, Hashable, CaseIterable {
    case limits, refusals
}

/// One notification to ring.
public struct PendingNotification: Sendable, Equatable {
    /// Given by the outbox when queued.
    public var id: Int
    public var title: String
    public var body: String

    public init(id: Int = 0, title: String, body: String) {
        self.id = id
        self.title = title
        self.body = body
    }

    /// The terminal bell, then OSC 9 and OSC 777 desktop notifications (terminals ignore the ones they do not know).
    public var terminalBytes: String {
        let clean = { (text: String) in String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != ";" }) }
        return "\u{07}\u{1B}]9;\(clean(title)): \(clean(body))\u{07}\u{1B}]777;notify;\(clean(title));\(clean(body))\u{07}"
    }
}
