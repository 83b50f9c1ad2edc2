import Foundation
import ArchestraAPI

/// How the effect of an action is followed: ask every `every` until the state settles, or give up.
public struct ActionFollow: Sendable {
    public let every: Duration
    public let giveUpAfter: Duration
    public let poll: @Sendable (ArchestraClient, String) async throws -> FollowState
    public let wording: FollowWording

    public init(
        every: Duration = .seconds(1), giveUpAfter: Duration = .seconds(180), wording: FollowWording,
        poll: @escaping @Sendable (ArchestraClient, String) async throws -> FollowState
    ) {
        self.every = every
        self.giveUpAfter = giveUpAfter
        self.wording = wording
        self.poll = poll
    }

    /// The same follow under another title (a reinstall follows like an install).
    public func titled(_ title: String) -> ActionFollow {
        var wording = wording
        wording.title = title
        return ActionFollow(every: every, giveUpAfter: giveUpAfter, wording: wording, poll: poll)
    }
}

/// One answer of a follow: the phase the server reports, its error, whether it is over.
public struct FollowState: Sendable, Equatable {
    public var phase: String
    public var error: String?
    public var isSettled: Bool

    public init(phase: String, error: String? = nil, isSettled: Bool) {
        self.phase = phase
        self.error = error
        self.isSettled = isSettled
    }
}

/// The words of a followed action's window; `%@` is the record's name.
public struct FollowWording: Sendable, Equatable {
    /// "Install %@"
    public var title: String
    /// "following the installation state… (Esc closes, it keeps going)"
    public var following: String
    /// The flash when the window closes before the state settled ("%@ keeps installing; …").
    public var keepsGoing: String

    public init(title: String, following: String, keepsGoing: String) {
        self.title = title
        self.following = following
        self.keepsGoing = keepsGoing
    }

    static func fill(_ template: String, _ name: String) -> String {
        template.replacingOccurrences(of: "%@", with: name)
    }
}
