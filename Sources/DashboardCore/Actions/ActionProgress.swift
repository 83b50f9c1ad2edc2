import Foundation

/// The window of an action: its question first if it asks, then the phases of its follow.
public struct ActionProgress: Sendable, Equatable {
    public var ref: ActionRef
    /// What is followed (the record's id).
    public var id: String
    public var name: String
    public var wording: FollowWording
    /// Set while the action waits for `y`.
    public var confirm: ActionConfirmWording?
    public var states: [String] = []
    public var error: String?
    public var isSettled = false

    public init(ref: ActionRef, id: String, name: String, wording: FollowWording, confirm: ActionConfirmWording? = nil) {
        self.ref = ref
        self.id = id
        self.name = name
        self.wording = wording
        self.confirm = confirm
    }

    public var isConfirming: Bool { confirm != nil }
    public var title: String { FollowWording.fill(wording.title, name) }
    public var following: String { wording.following }
    public var keepsGoing: String { FollowWording.fill(wording.keepsGoing, name) }
    public var question: String? { confirm.map { FollowWording.fill($0.question, name) } }
    public var declined: String? { confirm.map { FollowWording.fill($0.declined, name) } }

    /// Takes one answer of the follow.
    mutating func take(_ state: FollowState) {
        if states.last != state.phase { states.append(state.phase) }
        error = state.error
        isSettled = state.isSettled
    }
}
