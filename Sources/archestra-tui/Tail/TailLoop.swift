import Foundation
import ArchestraAPI
import DashboardCore
import TerminalUI

/// How `logs` keeps going: the newest rows first, then with `--follow` a poll every refresh interval. A server
/// that goes away or fails (connection trouble, 5xx, 429, an unreadable answer) is said on stderr and asked
/// again with the dashboard's backoff, for as long as it takes (a certificate or proxy problem at the slowest
/// pace); a rejected key (401), a missing permission (403) or a bad request ends the loop with its error.
/// Without `--follow` every error ends it.
struct TailLoop: Sendable {
    var refresh: TimeInterval
    var follow: Bool
    /// Waits; throws when the task is cancelled (Ctrl-C).
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    /// A number in 0...1 that spreads the backoff.
    var jitter: @Sendable () -> Double = { Double.random(in: 0...1) }
    /// One line for stderr.
    var say: @Sendable (String) -> Void

    /// Runs `tail`, handing each batch of rows to `emit` (which may throw to stop, e.g. when stdout closed):
    /// the newest `count` rows, then with `follow` what each poll brings.
    func run<Row: LogFeedRow>(
        _ tail: inout LogTail<Row>, count: Int, emit: ([Row]) async throws -> Void
    ) async throws {
        try await emit(try await retrying { try await tail.start(count: count) })
        guard follow else { return }
        while true {
            try await sleep(Self.duration(refresh))
            try await emit(try await retrying { try await tail.poll() })
        }
    }

    /// `body`'s answer; with `follow`, errors that can pass are said and `body` asked again after the backoff.
    func retrying<Value>(_ body: () async throws -> Value) async throws -> Value {
        var failures = 0
        while true {
            do {
                let value = try await body()
                if failures > 0 { say("the server answers again") }
                return value
            } catch let error as ArchestraError where follow && Self.isPassing(error) {
                failures += 1
                let delay = error.needsAction ? Backoff.cap : Backoff.delay(afterFailures: failures, base: refresh, jitter: jitter())
                say(Sanitizer.clean(error.description) + " — retrying in " + NumberFormat.duration(delay.rounded(.up)))
                try await sleep(Self.duration(delay))
            }
        }
    }

    /// Whether asking again later can succeed: the dashboard retries these too (a certificate or proxy
    /// problem at the slowest pace, as someone may be fixing it).
    static func isPassing(_ error: ArchestraError) -> Bool {
        error.isRetryable || error.needsAction
    }

    /// `seconds` to the millisecond, at most a day.
    static func duration(_ seconds: TimeInterval) -> Duration {
        .milliseconds(Int64((max(0, min(seconds, 86_400)) * 1000).rounded()))
    }
}
