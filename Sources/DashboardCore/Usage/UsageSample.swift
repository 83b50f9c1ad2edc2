import Foundation

/// One observation of a limit's usage, taken from a poll.
public struct UsageSample: Sendable, Equatable, Hashable {
    /// When the usage was observed.
    public var time: Date
    /// Usage in the limit's unit (dollars for `token_cost`).
    public var used: Double

    public init(time: Date, used: Double) {
        self.time = time
        self.used = used
    }
}
