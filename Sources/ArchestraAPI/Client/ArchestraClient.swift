import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL

/// A typed client for the Archestra platform REST API.
///
/// Owns one `HTTPClient` on the shared event-loop group; call ``shutdown()`` when done.
/// Every method throws ``ArchestraError`` (or `CancellationError` when its task is cancelled).
public final class ArchestraClient: Sendable {
    /// The settings this client was made with.
    public let configuration: ClientConfiguration
    let httpClient: HTTPClient
    let logger: Logger

    public init(configuration: ClientConfiguration) {
        self.configuration = configuration
        var httpConfiguration = HTTPClient.Configuration()
        let timeout = TimeAmount.milliseconds(Int64((configuration.timeout * 1_000).rounded(.up)))
        httpConfiguration.timeout = .init(connect: timeout, read: timeout)
        // Pollers retry on their own schedule; report "connection refused" now rather than
        // after a timeout spent reconnecting in the background.
        httpConfiguration.connectionPool.retryConnectionEstablishment = false
        // Redirects could carry the Authorization header to another host.
        httpConfiguration.redirectConfiguration = .disallow
        if configuration.allowInsecureTLS {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = .none
            httpConfiguration.tlsConfiguration = tls
        }
        httpClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: httpConfiguration)
        logger = Logger(label: "archestra.api")
    }

    deinit {
        // A forgotten shutdown would trip AsyncHTTPClient's debug check; close without blocking.
        httpClient.shutdown { _ in }
    }

    /// Closes idle connections and stops the client. Calling it again does nothing.
    public func shutdown() async {
        try? await httpClient.shutdown()
    }
}
