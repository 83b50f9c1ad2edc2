import Foundation

/// While the `/metrics` page fails and a Prometheus stands in for it: why, and when to try the page again.
///
/// The page is not asked every refresh meanwhile: a port reachable only inside the cluster often costs
/// a whole timeout per try, which would hold the stand-in's figures back as long.
public struct DirectFallback: Sendable, Equatable {
    /// How long Prometheus stands in before the page is tried again.
    public static let retryAfter: TimeInterval = 30

    /// Why the page is not read ("h:9050/metrics: connection refused"), while it is not.
    public private(set) var reason: String?
    private var failedAt: Date?

    public init() {}

    /// The reason to skip the page at `now`, or `nil` when it is to be tried.
    public func standingIn(at now: Date) -> String? {
        guard let reason, let failedAt else { return nil }
        let since = now.timeIntervalSince(failedAt)
        return since >= 0 && since < Self.retryAfter ? reason : nil
    }

    public mutating func pageFailed(_ reason: String, at time: Date) {
        self.reason = reason
        failedAt = time
    }

    public mutating func pageAnswered() {
        reason = nil
        failedAt = nil
    }
}
