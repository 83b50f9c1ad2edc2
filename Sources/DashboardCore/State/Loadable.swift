import Foundation
import ArchestraAPI

/// The last good value of one data source together with how fresh it is and what went wrong since.
///
/// A failure never clears `value`: the console keeps showing the last good data, marked stale.
public struct Loadable<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value?
    /// When `value` was last fetched successfully.
    public var updatedAt: Date?
    /// The most recent failure, cleared by the next success.
    public var error: ArchestraError?
    public var failedAt: Date?
    /// Failures in a row; drives the backoff.
    public var consecutiveFailures: Int = 0
    /// When the poller will try again after a failure.
    public var nextRetryAt: Date?
    public var isLoading: Bool = false

    public init(value: Value? = nil, updatedAt: Date? = nil) {
        self.value = value
        self.updatedAt = updatedAt
    }

    public mutating func succeed(_ newValue: Value, at time: Date) {
        value = newValue
        updatedAt = time
        error = nil
        failedAt = nil
        consecutiveFailures = 0
        nextRetryAt = nil
        isLoading = false
    }

    public mutating func fail(_ failure: ArchestraError, at time: Date, retryAt: Date?) {
        status.fail(failure, at: time, retryAt: retryAt)
    }

    /// Seconds since the last success, or nil when nothing was ever loaded.
    public func age(now: Date) -> TimeInterval? {
        updatedAt.map { max(0, now.timeIntervalSince($0)) }
    }

    /// Data older than two refresh intervals is stale (and drawn dimmed).
    public func isStale(now: Date, refreshInterval: TimeInterval) -> Bool {
        guard let age = age(now: now) else { return false }
        return age > 2 * refreshInterval
    }
}

/// The freshness part of a `Loadable`, the same for every source.
public struct SourceStatus: Sendable, Equatable {
    public var updatedAt: Date?
    public var error: ArchestraError?
    public var failedAt: Date?
    public var consecutiveFailures: Int
    public var nextRetryAt: Date?
    public var isLoading: Bool

    public static let idle = SourceStatus(updatedAt: nil, error: nil, failedAt: nil, consecutiveFailures: 0, nextRetryAt: nil, isLoading: false)
}

extension SourceStatus {
    /// Records a failure; the last good value (held by the `Loadable`) is untouched.
    public mutating func fail(_ failure: ArchestraError, at time: Date, retryAt: Date?) {
        error = failure
        failedAt = time
        consecutiveFailures += 1
        nextRetryAt = retryAt
        isLoading = false
    }
}

extension Loadable {
    /// The freshness fields as one value, readable and writable whatever `Value` is, so code
    /// that handles every source alike can reach them through one key path.
    public var status: SourceStatus {
        get {
            SourceStatus(updatedAt: updatedAt, error: error, failedAt: failedAt,
                         consecutiveFailures: consecutiveFailures, nextRetryAt: nextRetryAt, isLoading: isLoading)
        }
        set {
            updatedAt = newValue.updatedAt
            error = newValue.error
            failedAt = newValue.failedAt
            consecutiveFailures = newValue.consecutiveFailures
            nextRetryAt = newValue.nextRetryAt
            isLoading = newValue.isLoading
        }
    }
}
