import Foundation
import ArchestraAPI

/// The last good value of one data source with how fresh it is and what went wrong since.
///
/// A failure never clears `value`: the console keeps showing the last good data, marked stale.
public struct Loadable<Value: Sendable>: Sendable {
    public var value: Value?
    public var status: SourceStatus

    public init(value: Value? = nil, status: SourceStatus = .idle) {
        self.value = value
        self.status = status
    }

    public init(value: Value?, updatedAt: Date?) {
        self.init(value: value, status: SourceStatus(updatedAt: updatedAt))
    }

    public mutating func succeed(_ newValue: Value, at time: Date) {
        value = newValue
        status.succeed(at: time)
    }

    public mutating func fail(_ failure: ArchestraError, at time: Date, retryAfter delay: TimeInterval?) {
        status.fail(failure, at: time, retryAfter: delay)
    }

    // The freshness fields, read through `status`.
    public var updatedAt: Date? { status.updatedAt }
    public var error: ArchestraError? { status.error }
    public var failedAt: Date? { status.failedAt }
    public var consecutiveFailures: Int { status.consecutiveFailures }
    public var nextRetryAt: Date? { status.nextRetryAt }
    public var isLoading: Bool { status.isLoading }

    /// Seconds since the last success, or nil when nothing was ever loaded.
    public func age(now: Date) -> TimeInterval? { status.age(now: now) }

    /// Data older than two poll intervals of its source is stale (and drawn dimmed).
    public func isStale(now: Date, interval: TimeInterval) -> Bool { status.isStale(now: now, interval: interval) }
}

extension Loadable: Equatable where Value: Equatable {}

/// How fresh one source is, the same for every source.
public struct SourceStatus: Sendable, Equatable {
    /// When the value was last fetched successfully.
    public var updatedAt: Date?
    /// The most recent failure, cleared by the next success.
    public var error: ArchestraError?
    public var failedAt: Date?
    /// Failures in a row; drives the backoff.
    public var consecutiveFailures: Int = 0
    /// Seconds after the failure until the next attempt; nil when only the person can retry (401).
    public var retryDelay: TimeInterval?
    public var isLoading: Bool = false
    /// The last answer holds for as long as this connection lasts (there is nothing configured to read
    /// from): the scheduler does not ask again until `r`, and the figures never go stale.
    public var isSettled = false

    /// When the scheduler will try again after a failure (for "retrying in 12s").
    public var nextRetryAt: Date? {
        guard let failedAt, let retryDelay else { return nil }
        return failedAt.addingTimeInterval(retryDelay)
    }

    public init(updatedAt: Date? = nil) {
        self.updatedAt = updatedAt
    }

    public static let idle = SourceStatus()

    public mutating func succeed(at time: Date) {
        updatedAt = time
        isSettled = false
        error = nil
        failedAt = nil
        consecutiveFailures = 0
        retryDelay = nil
        isLoading = false
    }

    /// Records a failure; the last good value is untouched.
    public mutating func fail(_ failure: ArchestraError, at time: Date, retryAfter delay: TimeInterval?) {
        error = failure
        failedAt = time
        consecutiveFailures += 1
        retryDelay = delay
        isLoading = false
    }

    /// Forgets a failure that no longer holds (the server answered another request).
    public mutating func clearFailure() {
        error = nil
        failedAt = nil
        consecutiveFailures = 0
        retryDelay = nil
    }

    public func age(now: Date) -> TimeInterval? {
        updatedAt.map { max(0, now.timeIntervalSince($0)) }
    }

    public func isStale(now: Date, interval: TimeInterval) -> Bool {
        guard !isSettled, let age = age(now: now) else { return false }
        return age > 2 * interval
    }
}
