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
    /// Looks at the server when TLS or the scheme fails, to say why in words.
    let diagnoser: FailureDiagnoser
    /// What a failure is explained against.
    let failureContext: FailureContext
    /// Carries requests to an `http://` server through its proxy in absolute form (`nil`: no proxy, or https).
    let forwardProxy: ForwardProxyClient?
    /// Reads metrics from the services `configuration.metrics` names; sources reach it through the client.
    public let metrics: MetricsFetcher
    /// What this connection learned about the log endpoints (whether summaries exist).
    let logEndpoints = LogEndpointMemory()

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
        httpConfiguration.tlsConfiguration = configuration.tlsConfiguration
        let usesTLS = configuration.baseURL.scheme?.lowercased() == "https"
        let proxy = configuration.proxyRoute.endpoint
        if let proxy, usesTLS {
            // A CONNECT tunnel for https:// servers only; http:// ones go through `forwardProxy`.
            httpConfiguration.proxy = .server(
                host: proxy.host, port: proxy.port,
                authorization: proxy.username.map { .basic(username: $0, password: proxy.password ?? "") })
        }
        forwardProxy = usesTLS ? nil : proxy.map { ForwardProxyClient(proxy: $0, group: ClientEventLoop.group) }
        httpClient = HTTPClient(eventLoopGroup: ClientEventLoop.group, configuration: httpConfiguration)
        logger = Logger(label: "archestra.api")
        failureContext = FailureContext(
            host: configuration.baseURL.host ?? "", usesTLS: configuration.baseURL.scheme == "https",
            proxy: configuration.proxyRoute.endpoint,
            sendsClientCertificate: configuration.network.clientCertificateFile != nil)
        diagnoser = FailureDiagnoser(
            context: failureContext, port: configuration.effectivePort,
            timeout: .milliseconds(Int64((min(configuration.timeout, 5) * 1_000).rounded(.up))),
            group: ClientEventLoop.group)
        metrics = MetricsFetcher(
            settings: configuration.metrics, baseURL: configuration.baseURL,
            tls: configuration.tlsConfiguration, network: configuration.network,
            timeout: configuration.timeout, userAgent: configuration.userAgent)
    }

    deinit {
        // A forgotten shutdown would trip AsyncHTTPClient's debug check; close without blocking.
        httpClient.shutdown { _ in }
    }

    /// Closes idle connections and stops the client. Calling it again does nothing.
    public func shutdown() async {
        try? await httpClient.shutdown()
        await metrics.shutdown()
    }
}
