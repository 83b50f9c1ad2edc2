import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

extension TransportFailure {
    /// Maps an AsyncHTTPClient / NIO error to what a person can act on.
    init(classifying error: Error) {
        if let failure = Self.classify(error) {
            self = failure
        } else {
            self = .other(String(describing: error))
        }
    }

    private static func classify(_ error: Error) -> TransportFailure? {
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout,
                 .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
                return .timeout
            case .remoteConnectionClosed:
                return .connectionClosed
            default:
                return .other(String(describing: clientError))
            }
        }
        if let connectionError = error as? NIOConnectionError {
            if connectionError.dnsAError != nil || connectionError.dnsAAAAError != nil,
               connectionError.connectionErrors.isEmpty {
                return .hostNotFound
            }
            for attempt in connectionError.connectionErrors {
                if let failure = classify(attempt.error) { return failure }
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
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            return .tls(String(describing: error))
        }
        return nil
    }
}
