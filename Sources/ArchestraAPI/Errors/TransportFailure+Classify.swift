import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// What the client knew when a request failed, so the failure can be told in the person's terms.
struct FailureContext: Sendable {
    /// The server's host, as in the base URL.
    var host: String
    /// Whether the base URL is https://.
    var usesTLS: Bool
    /// The proxy in use, if any.
    var proxy: ProxyEndpoint?
    /// Whether a client certificate is configured.
    var sendsClientCertificate: Bool

    static let unknown = FailureContext(host: "", usesTLS: false, proxy: nil, sendsClientCertificate: false)
}

extension TransportFailure {
    /// Maps an AsyncHTTPClient / NIO error to what a person can act on, without knowing the setup.
    init(classifying error: Error) {
        self.init(classifying: error, context: .unknown)
    }

    /// Maps an AsyncHTTPClient / NIO error to what a person can act on, in the terms of `context`
    /// (a refused connection is the proxy's when one is used).
    init(classifying error: Error, context: FailureContext) {
        let plain = Self.classify(error, context: context) ?? .other(String(describing: error))
        guard let proxy = context.proxy else {
            self = plain
            return
        }
        switch plain {
        case .connectionRefused: self = .proxyRefused(proxy: proxy.description)
        case .hostNotFound: self = .proxyHostNotFound(proxy: proxy.description)
        default: self = plain
        }
    }

    private static func classify(_ error: Error, context: FailureContext) -> TransportFailure? {
        if let refusal = error as? ProxyRefusal {
            return .proxyAnswered(proxy: context.proxy?.description ?? "in use", status: refusal.status)
        }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout,
                .getConnectionFromPoolTimeout, .tlsHandshakeTimeout, .httpProxyHandshakeTimeout:
                return .timeout
            case .remoteConnectionClosed:
                return .connectionClosed
            case .proxyAuthenticationRequired:
                return .proxyAuthenticationRequired(
                    proxy: context.proxy?.description ?? "in use",
                    credentialsSent: context.proxy?.hasCredentials ?? false)
            case .invalidProxyResponse:
                return .proxyTunnelFailed(proxy: context.proxy?.description ?? "in use")
            default:
                return .other(String(describing: clientError))
            }
        }
        if let connectionError = error as? NIOConnectionError {
            if connectionError.dnsAError != nil || connectionError.dnsAAAAError != nil,
                connectionError.connectionErrors.isEmpty
            {
                return .hostNotFound
            }
            for attempt in connectionError.connectionErrors {
                if let failure = classify(attempt.error, context: context) { return failure }
            }
            return .other(String(describing: connectionError))
        }
        if let ioError = error as? IOError {
            switch ioError.errnoCode {
            case ECONNREFUSED: return .connectionRefused
            case ECONNRESET, EPIPE, ECONNABORTED: return .connectionClosed
            case ETIMEDOUT: return .timeout
            case EHOSTUNREACH, ENETUNREACH: return .other("host unreachable")
            default: return .other(ioError.description)
            }
        }
        if error is SocketAddressError {
            return .hostNotFound
        }
        if let channelError = error as? ChannelError {
            switch channelError {
            case .connectTimeout: return .timeout
            case .ioOnClosedChannel, .alreadyClosed, .eof, .outputClosed, .inputClosed: return .connectionClosed
            default: return .other(String(describing: channelError))
            }
        }
        if let parserError = error as? HTTPParserError {
            // The body stopped short of its announced length: the peer hung up mid-answer.
            if case .invalidEOFState = parserError { return .connectionClosed }
            return .other("malformed HTTP response (\(parserError.debugDescription))")
        }
        if let hostnameError = error as? NIOSSLExtraError, hostnameError == .failedToValidateHostname {
            return .hostNameMismatch(host: context.host, nil)
        }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            return classifyTLS(error, context: context)
        }
        return nil
    }

    /// BoringSSL names the reason; the certificate details come later from ``FailureDiagnoser``.
    private static func classifyTLS(_ error: Error, context: FailureContext) -> TransportFailure {
        let reasons = Set(TLSErrorText.reasons(of: error))
        if reasons.contains("CERTIFICATE_VERIFY_FAILED") {
            return .untrustedCertificate(nil)
        }
        // An HTTP server answering a ClientHello with "HTTP/1.1 400": not a TLS record at all.
        if reasons.contains("WRONG_VERSION_NUMBER") || reasons.contains("HTTP_REQUEST") {
            return .serverSpeaksPlainHTTP
        }
        let clientCertificateAlerts: Set = [
            "TLSV1_ALERT_CERTIFICATE_REQUIRED", "SSLV3_ALERT_BAD_CERTIFICATE", "TLSV1_ALERT_UNKNOWN_CA",
            "SSLV3_ALERT_CERTIFICATE_UNKNOWN", "SSLV3_ALERT_CERTIFICATE_EXPIRED", "TLSV1_ALERT_ACCESS_DENIED",
        ]
        if !reasons.isDisjoint(with: clientCertificateAlerts) {
            return .clientCertificateRejected(sent: context.sendsClientCertificate)
        }
        if reasons.contains("SSLV3_ALERT_HANDSHAKE_FAILURE"), !context.sendsClientCertificate {
            // TLS 1.2 servers that require a certificate refuse the handshake this way.
            return .tls(TLSErrorText.words("SSLV3_ALERT_HANDSHAKE_FAILURE") + " (the server may want a client certificate: --client-cert)")
        }
        return .tls(TLSErrorText.summary(of: error))
    }
}
