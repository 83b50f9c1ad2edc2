import Foundation
import ArchestraAPI
@testable import DashboardCore

/// A server's interactions for the refusal watch, newest first: number `n` was made `n` seconds after
/// `start`; those in `refused` were refused by a guardrail (the tool named by a blocked tool result).
final class RefusalServer: @unchecked Sendable {
    private let lock = NSLock()
    private var newest: Int
    private var refused: Set<Int>
    let start: Date
    private(set) var asked: [RefusalWatchRequest] = []

    init(newest: Int, refused: Set<Int> = [], start: Date) {
        self.newest = newest
        self.refused = refused
        self.start = start
    }

    /// New interactions `from…to` (refused ones listed).
    func add(upTo number: Int, refused more: Set<Int> = []) {
        lock.withLock {
            newest = number
            refused.formUnion(more)
        }
    }

    static func summary(_ number: Int, at date: Date, refused: Bool) -> InteractionSummary {
        let boundary =
            refused
            ? #"{"kind": "tool_result", "reason": "tool_result_blocked", "toolCallId": "t", "toolName": "github__delete_repo"}"#
            : "null"
        let text = """
            {"id": "i-\(number)", "profileId": "a-\(number % 3)", "externalAgentIdLabel": "bot-\(number % 3)",
             "createdAt": "\(ISO8601.string(from: date))", "unsafeContextBoundary": \(boundary)}
            """
        // Written here: a failure is a mistake in this test.
        return try! InteractionSummary(json: JSONValue.parse(Data(text.utf8)))
    }

    func answer(_ request: RefusalWatchRequest) -> RefusalWatchAnswer {
        lock.withLock {
            asked.append(request)
            let position: LogPagePosition
            switch request {
            case .newest: position = .newest
            case .older(let older): position = older
            case .fill(let gap): position = gap.position
            }
            var offset = 0
            if case .offset(let start) = position { offset = start }
            let top = newest - offset
            let numbers = stride(from: top, to: max(0, top - 50), by: -1)
            let items = numbers.map { number in
                WatchedInteraction(Self.summary(number, at: start.addingTimeInterval(Double(number)), refused: refused.contains(number)))
            }
            let next: LogPagePosition? = offset + 50 < newest ? .offset(offset + 50) : nil
            return RefusalWatchAnswer(request: request, page: LogPage(items: items, style: .offset, total: newest, next: next))
        }
    }
}

extension AppState {
    /// The watch's answer to what it asks now, from `server`, at `time`.
    @discardableResult
    mutating func watch(_ server: RefusalServer, at time: Date) -> [Effect] {
        load(Refusals.source, server.answer(slices[Refusals.slice].next), at: time)
    }
}
