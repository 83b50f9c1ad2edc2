import Foundation
import ArchestraAPI
import DashboardCore
import TerminalUI

/// What `snapshot` makes of what it fetched: the exit status and the lines for stderr.
///
/// The statuses follow the monitoring-plugin convention (0 OK, 2 CRITICAL, 3 UNKNOWN), so the
/// command can be a Nagios, Icinga or Zabbix check as it is; 1 is any other error.
struct SnapshotVerdict: Equatable {
    static let ok: Int32 = 0
    static let error: Int32 = 1
    static let limitReached: Int32 = 2
    static let unreachable: Int32 = 3

    var status: Int32
    /// For stderr, one line each; server text already cleaned of control characters.
    var messages: [String]
    /// Whether the table goes to stdout (not when the pane's own data could not be fetched).
    var printsTable: Bool

    /// - Parameters:
    ///   - failAbove: the percentage at or above which a usage limit fails the check.
    ///   - server: the base URL, named when it cannot be reached.
    static func judge(_ snapshot: Snapshot, failAbove: Double?, server: String) -> SnapshotVerdict {
        if snapshot.unreachable {
            let reason = snapshot.failures.first.map { ": " + Sanitizer.clean($0.error.description) } ?? ""
            return SnapshotVerdict(
                status: unreachable, messages: ["cannot reach the Archestra server at \(server)\(reason)"],
                printsTable: false)
        }
        var messages = snapshot.notes.map { "note: " + Sanitizer.clean($0) }
        var status = ok
        if snapshot.failures.contains(where: { $0.error.isUnauthorized }) {
            messages.append(
                "authentication failed: \(server) answered 401 (the API key was rejected; set ARCHESTRA_API_KEY, --api-key-file or the context's key)"
            )
            status = error
        }
        let limitsFailed = snapshot.failures.contains { $0.source == LimitsResource.source.id }
        // Every source fails alike when the key is rejected: the line above says it once.
        for failure in snapshot.failures where !failure.error.isUnauthorized {
            // Only what the output or the check rests on fails the run; a missing label is a warning.
            let matters = failure.isPaneData || (failAbove != nil && failure.source == LimitsResource.source.id)
            messages.append((matters ? "error: " : "warning: ") + Sanitizer.clean(failure.description))
            if matters { status = error }
        }
        // Without its main source the table would be empty or stale: better nothing on stdout.
        let printsTable = !snapshot.failures.contains { $0.isPaneData }
        guard let failAbove else { return SnapshotVerdict(status: status, messages: messages, printsTable: printsTable) }
        if limitsFailed {
            messages.append("cannot check --fail-above: the usage limits could not be read")
            return SnapshotVerdict(status: error, messages: messages, printsTable: printsTable)
        }
        let reached = snapshot.limits.filter { $0.percent >= failAbove }
        for limit in reached {
            messages.append("usage limit at or above \(format(failAbove)): \(Sanitizer.clean(limit.name)) at \(format(limit.percent))")
        }
        // A check says what it found even when all is well: monitoring shows this line as its message.
        if reached.isEmpty {
            messages.append(
                snapshot.limits.first.map {
                    "every usage limit is below \(format(failAbove)); the fullest: \(Sanitizer.clean($0.name)) at \(format($0.percent))"
                } ?? "no usage limit has a usage to check against \(format(failAbove))")
        }
        return SnapshotVerdict(status: reached.isEmpty ? status : limitReached, messages: messages, printsTable: printsTable)
    }

    /// "90%", "87.5%": one decimal, none when it is 0.
    static func format(_ percent: Double) -> String {
        let tenths = (percent * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e15 else { return "\(percent)%" }
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))%" : String(format: "%.1f%%", tenths / 10)
    }
}
