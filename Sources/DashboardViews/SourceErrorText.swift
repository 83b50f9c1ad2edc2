import Foundation
import ArchestraAPI
import DashboardCore
import TerminalUI

/// What to say about a failing source, in one line a person can act on.
enum SourceErrorText {
    static func summary(_ error: ArchestraError, source: DataSource, status: SourceStatus, now: Date,
                        ascii: Bool = false) -> String {
        let text = rawSummary(error, source: source, status: status, now: now)
        return ascii ? AsciiText.fold(text) : text
    }

    private static func rawSummary(_ error: ArchestraError, source: DataSource, status: SourceStatus, now: Date) -> String {
        switch error.status {
        case 401?:
            return "the API key was rejected (401): set ARCHESTRA_API_KEY or --api-key-file"
        case 403?:
            return "no permission to read \(source.label)"
        case 404?, 400?:
            return "\(source.label): not available on this server version"
        default:
            return error.description + retrySuffix(status, now: now)
        }
    }

    /// " — retrying in 12s", or "" when no retry is scheduled.
    static func retrySuffix(_ status: SourceStatus, now: Date) -> String {
        guard let retryAt = status.nextRetryAt else { return "" }
        let seconds = max(0, retryAt.timeIntervalSince(now)).rounded(.up)
        return " — retrying in " + NumberFormat.duration(seconds)
    }
}
