import Foundation
import ArchestraAPI
import DashboardCore
import TerminalUI

/// What to say about a failing source, in one line a person can act on.
struct SourceErrorText {
    /// What went wrong.
    var message: String
    /// " — retrying in 12s" for errors the poller retries; kept visible when the line is cut.
    var retry: String

    /// The whole line.
    var summary: String { message + retry }

    init(_ error: ArchestraError, source: AnySource, status: SourceStatus, now: Date, ascii: Bool) {
        switch error.status {
        case 401?:
            message = "the API key was rejected (401): set ARCHESTRA_API_KEY or --api-key-file"
            retry = ""
        case 403?:
            message = "no permission to read \(source.label)"
            retry = ""
        case 404?, 400?:
            message = "\(source.label): not available on this server version"
            retry = ""
        default:
            message = error.description
            retry = Self.retrySuffix(status, now: now)
        }
        if ascii {
            message = AsciiText.fold(message)
            retry = AsciiText.fold(retry)
        }
    }

    /// The line for the first failing source of the visible pane, if any.
    init?(failingPaneOf context: RenderContext) {
        guard let failing = PaneSource.failing(for: context.state), let error = failing.status.error else { return nil }
        self.init(error, source: failing.source, status: failing.status, now: context.state.now, ascii: context.isASCII)
    }

    /// " — retrying in 12s", or "" when no retry is scheduled.
    static func retrySuffix(_ status: SourceStatus, now: Date) -> String {
        guard let retryAt = status.nextRetryAt else { return "" }
        let seconds = max(0, retryAt.timeIntervalSince(now)).rounded(.up)
        return " — retrying in " + NumberFormat.duration(seconds)
    }

    /// Draws `prefix` + message + retry from `x`, shortening the message (never the retry time) to fit.
    @discardableResult
    func draw(into buffer: inout ScreenBuffer, prefix: String = "", x: Int, y: Int, maxX: Int,
              style: CellStyle, glyphs: GlyphSet) -> Int {
        let room = maxX - x
        guard room > 0 else { return x }
        let retryWidth = DisplayWidth.of(retry)
        let messageRoom = max(0, room - retryWidth)
        let head = DisplayWidth.truncate(prefix + message, to: messageRoom, ellipsis: glyphs.ellipsis)
        var column = x + buffer.put(head, x: x, y: y, maxWidth: messageRoom, style: style, glyphs: glyphs)
        column += buffer.put(retry, x: column, y: y, maxWidth: maxX - column, style: style, glyphs: glyphs)
        return column
    }
}
