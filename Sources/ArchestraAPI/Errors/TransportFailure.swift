import Foundation
import NIOHTTP1

/// Why a request never got an HTTP response.
public enum TransportFailure: Sendable, Equatable {
    case connectionRefused
    case hostNotFound
    /// A TLS failure without a more precise case; the text is in words (e.g. "sslv3 alert handshake failure").
    case tls(String)
    case timeout
    case connectionClosed
    case other(String)

    /// The certificate chain does not lead to a trusted authority (facts when they could be read).
    case untrustedCertificate(CertificateFacts?)
    /// The certificate is valid, but not for the host in the base URL.
    case hostNameMismatch(host: String, CertificateFacts?)
    case certificateExpired(CertificateFacts)
    case certificateNotYetValid(CertificateFacts)
    /// The server wants a client certificate, or refused the one sent.
    case clientCertificateRejected(sent: Bool)
    /// The base URL says https://, the server answers plain HTTP.
    case serverSpeaksPlainHTTP
    /// The base URL says http://, the server speaks TLS.
    case serverSpeaksTLS

    /// The proxy (shown without credentials) refused the connection.
    case proxyRefused(proxy: String)
    /// The proxy's host name does not resolve.
    case proxyHostNotFound(proxy: String)
    /// The proxy answered 407.
    case proxyAuthenticationRequired(proxy: String, credentialsSent: Bool)
    /// The proxy would not open a tunnel to the server (CONNECT answered with an error, status unknown).
    case proxyTunnelFailed(proxy: String)
    /// The proxy answered the request (or its CONNECT) with an error of its own: `status` 403 is its
    /// rules refusing the server, a 5xx that it could not reach it.
    case proxyAnswered(proxy: String, status: Int)

    /// Whether only a person can fix it (trust, names, dates, scheme, credentials): retrying soon cannot help.
    public var needsAction: Bool {
        switch self {
        case .untrustedCertificate, .hostNameMismatch, .certificateExpired, .certificateNotYetValid,
            .clientCertificateRejected, .serverSpeaksPlainHTTP, .serverSpeaksTLS, .proxyAuthenticationRequired:
            return true
        case .proxyAnswered(_, let status):
            // Its rules will not change by themselves; a server it cannot reach may come back.
            return status < 500
        default:
            return false
        }
    }

    /// A few words for the header, e.g. "certificate not trusted"; `nil` for ordinary network trouble.
    public var headline: String? {
        switch self {
        case .untrustedCertificate: return "certificate not trusted"
        case .hostNameMismatch: return "certificate for another host"
        case .certificateExpired: return "certificate expired"
        case .certificateNotYetValid: return "certificate not yet valid"
        case .clientCertificateRejected: return "client certificate needed"
        case .serverSpeaksPlainHTTP: return "server speaks http, not https"
        case .serverSpeaksTLS: return "server speaks https, not http"
        case .proxyAuthenticationRequired: return "proxy needs credentials"
        case .proxyAnswered(_, let status) where status < 500: return "proxy refused (\(status))"
        case .proxyRefused, .proxyHostNotFound, .proxyTunnelFailed, .proxyAnswered: return "proxy trouble"
        default: return nil
        }
    }

    /// One sentence: what happened on `endpoint`, then what to do.
    func sentence(endpoint: String) -> String {
        switch self {
        case .connectionRefused:
            return "Connection refused on \(endpoint) — is the Archestra server running at the base URL?"
        case .hostNotFound:
            return "Host not found (DNS) for \(endpoint) — check the base URL (ARCHESTRA_BASE_URL or --base-url)"
        case .tls(let reason):
            return "TLS failed on \(endpoint): \(reason) — check --ca-file, --client-cert and the http/https scheme"
        case .timeout:
            return "Request \(endpoint) timed out — the server is slow or unreachable"
        case .connectionClosed:
            return "The server closed the connection during \(endpoint) — it may be restarting"
        case .other(let detail):
            return "Request \(endpoint) failed: \(detail)"
        case .untrustedCertificate(let facts?):
            let origin = facts.isSelfSigned ? "self-signed" : "issued by \(facts.issuer)"
            return "Certificate not trusted — use --ca-file with your CA, or --insecure: \(origin) for \(facts.subject)"
        case .untrustedCertificate(nil):
            return "Certificate not trusted — use --ca-file with your CA, or --insecure (\(endpoint))"
        case .hostNameMismatch(let host, let facts):
            let names = facts.map { $0.names.isEmpty ? "no host name" : $0.names.joined(separator: ", ") } ?? "other names"
            return "Certificate is for \(names), not \(host) — use one of those names in the base URL, or --insecure"
        case .certificateExpired(let facts):
            return "Certificate expired on \(UTCDateText.format(facts.notValidAfter)) — renew it on the server,"
                + " or use --insecure meanwhile (\(facts.subject))"
        case .certificateNotYetValid(let facts):
            return "Certificate not valid before \(UTCDateText.format(facts.notValidBefore)) — check the clocks of"
                + " this machine and the server (\(facts.subject))"
        case .clientCertificateRejected(let sent):
            return sent
                ? "The server refused the client certificate — check --client-cert and --client-key (\(endpoint))"
                : "The server wants a client certificate — pass --client-cert and --client-key (\(endpoint))"
        case .serverSpeaksPlainHTTP:
            return "The server speaks plain HTTP, not HTTPS — use http:// in the base URL (\(endpoint))"
        case .serverSpeaksTLS:
            return "The server speaks HTTPS, not plain HTTP — use https:// in the base URL (\(endpoint))"
        case .proxyRefused(let proxy):
            return "The proxy \(proxy) refused the connection — is it running? Check HTTPS_PROXY/HTTP_PROXY, --proxy or --no-proxy"
        case .proxyHostNotFound(let proxy):
            return "Proxy host not found (DNS): \(proxy) — check HTTPS_PROXY/HTTP_PROXY or --proxy"
        case .proxyAuthenticationRequired(let proxy, let sent):
            return sent
                ? "The proxy \(proxy) rejected its credentials (407) — check the user and password in the proxy URL"
                : "The proxy \(proxy) needs credentials (407) — use http://user:password@host:port as the proxy URL"
        case .proxyTunnelFailed(let proxy):
            return "The proxy \(proxy) could not reach the server (CONNECT failed) — is the server up?"
                + " If it is reachable directly, add its host to NO_PROXY"
        case .proxyAnswered(let proxy, let status) where status >= 500:
            return "The proxy \(proxy) could not reach the server (\(Self.statusText(status))) — is the server up?"
                + " If it is reachable directly, add its host to NO_PROXY"
        case .proxyAnswered(let proxy, let status):
            return "The proxy \(proxy) refused \(endpoint) (\(Self.statusText(status))): its rules do not let this"
                + " server through — add the server's host to NO_PROXY if it is reachable directly, or ask for the"
                + " proxy's rules to allow it"
        }
    }

    /// "403 Forbidden".
    static func statusText(_ status: Int) -> String {
        let phrase = HTTPResponseStatus(statusCode: status).reasonPhrase
        return phrase.isEmpty ? "\(status)" : "\(status) \(phrase)"
    }
}
