import Foundation
import ArchestraAPI
import DashboardCore
import TerminalUI

/// What to say about a failing source, in one line a person can act on.
struct SourceErrorText {
    /// What went wrong.
    var message: String
    /// The same in fewer words, for when `message` does not fit.
    var shortMessage: String
    /// " — retrying in 12s" for errors the poller retries; kept visible when the line is cut.
    var retry: String

    /// The whole line.
    var summary: String { message + retry }

    /// - Parameter scope: what a link limited the pane to; a 404 then means that record, not the endpoint.
    init(_ error: ArchestraError, source: AnySource, status: SourceStatus, now: Date, ascii: Bool, scope: PaneScope? = nil) {
        switch error.status {
        case 404? where scope != nil:
            message = "\(source.label) of \(scope?.label ?? ""): not found, or not yours to see (404)"
            retry = ""
        case 401?:
            message = "the API key was rejected (401): set ARCHESTRA_API_KEY or --api-key-file"
            retry = ""
        case 403? where error.isMissingLogRead:
            // The client has reworded it: say which permission is missing, not only that one is.
            message = "no permission to read \(source.label): the API key lacks log:read; other panes keep working"
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
        shortMessage = Self.short(error) ?? message
        if ascii {
            message = AsciiText.fold(message)
            shortMessage = AsciiText.fold(shortMessage)
            retry = AsciiText.fold(retry)
        }
    }

    /// The line for the first failing source of the visible pane, if any.
    init?(failingPaneOf context: RenderContext) {
        guard let failing = PaneSource.failing(for: context.state), let error = failing.status.error else { return nil }
        self.init(
            error, source: failing.source, status: failing.status, now: context.state.now, ascii: context.isASCII,
            scope: context.state.currentScope)
    }

    /// " — retrying in 12s", or "" when no retry is scheduled.
    static func retrySuffix(_ status: SourceStatus, now: Date) -> String {
        guard let retryAt = status.nextRetryAt else { return "" }
        let seconds = max(0, retryAt.timeIntervalSince(now)).rounded(.up)
        return " — retrying in " + NumberFormat.duration(seconds)
    }

    /// The gist of errors whose full text names the endpoint and what to do, for narrow lines.
    static func short(_ error: ArchestraError) -> String? {
        switch error {
        case .transport(let failure, _):
            switch failure {
            case .connectionRefused: return "Connection refused — is the server running?"
            case .hostNotFound: return "Host not found — check the base URL"
            case .timeout: return "Request timed out"
            case .connectionClosed: return "The server closed the connection"
            case .untrustedCertificate(let facts?) where facts.isSelfSigned:
                return "Self-signed certificate for \(facts.subject) not trusted — use --ca-file or --insecure"
            case .untrustedCertificate(let facts?):
                return "Certificate by \(facts.issuer) not trusted — use --ca-file or --insecure"
            case .untrustedCertificate(nil): return "Certificate not trusted — use --ca-file or --insecure"
            case .hostNameMismatch(_, let facts?): return "Certificate is for \(facts.names.joined(separator: ", ")) — check the base URL"
            case .hostNameMismatch(_, nil): return "Certificate is for another host — check the base URL"
            case .certificateExpired(let facts): return "Certificate expired on \(UTCDay.text(facts.notValidAfter))"
            case .certificateNotYetValid(let facts): return "Certificate valid only from \(UTCDay.text(facts.notValidBefore))"
            case .clientCertificateRejected: return "Client certificate needed — use --client-cert"
            case .serverSpeaksPlainHTTP: return "The server speaks http — use an http:// base URL"
            case .serverSpeaksTLS: return "The server speaks https — use an https:// base URL"
            case .proxyAuthenticationRequired(let proxy, _): return "The proxy \(proxy) needs credentials in its URL"
            case .proxyRefused(let proxy): return "The proxy \(proxy) refused the connection — check --proxy"
            case .proxyHostNotFound(let proxy): return "The proxy \(proxy) was not found — check --proxy"
            case .proxyTunnelFailed(let proxy): return "The proxy \(proxy) would not reach the server"
            case .proxyAnswered(let proxy, let status) where status >= 500:
                return "The proxy \(proxy) could not reach the server (\(status))"
            case .proxyAnswered(let proxy, let status):
                return "The proxy \(proxy) refused (\(status)) — NO_PROXY or its rules"
            default: return nil
            }
        case .http(let status, _, let message, _):
            return "\(status) \(message)"
        case .decoding(let endpoint, _):
            return "Could not read the response of \(endpoint)"
        case .invalidConfiguration:
            return nil
        }
    }

    /// Draws `prefix` + message + retry from `x`: the full message when it fits, else the short one,
    /// shortened further if need be (never the retry time).
    @discardableResult
    func draw(
        into buffer: inout ScreenBuffer, prefix: String = "", x: Int, y: Int, maxX: Int,
        style: CellStyle, glyphs: GlyphSet
    ) -> Int {
        let room = maxX - x
        guard room > 0 else { return x }
        let retryWidth = DisplayWidth.of(retry)
        let messageRoom = max(0, room - retryWidth)
        let fits = DisplayWidth.of(prefix + message) <= messageRoom
        let head = DisplayWidth.truncate(prefix + (fits ? message : shortMessage), to: messageRoom, ellipsis: glyphs.ellipsis)
        var column = x + buffer.put(head, x: x, y: y, maxWidth: messageRoom, style: style, glyphs: glyphs)
        column += buffer.put(retry, x: column, y: y, maxWidth: maxX - column, style: style, glyphs: glyphs)
        return column
    }
}

/// "2026-12-01", in UTC.
enum UTCDay {
    static func text(_ date: Date) -> String {
        String(ISO8601.string(from: date).prefix(10))
    }
}
