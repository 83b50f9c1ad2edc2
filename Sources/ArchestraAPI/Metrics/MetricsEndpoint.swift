import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// One HTTP service metrics are read from (a `/metrics` page or a Prometheus query API), with the
/// client that reaches it: the API's TLS settings, and the proxy its own URL calls for.
struct MetricsEndpoint: Sendable {
    let url: URL
    let token: BearerToken?
    let client: HTTPClient
    let timeout: TimeInterval
    let userAgent: String
    let failureContext: FailureContext
    /// For an `http://` service behind a proxy: requests in absolute form rather than a tunnel.
    let forwardProxy: ForwardProxyClient?
    /// Larger answers are refused rather than read into memory.
    static let maximumBytes = 32 * 1024 * 1024

    init(
        url: URL, token: BearerToken?, tls: TLSConfiguration, proxy: ProxyPolicy, sendsClientCertificate: Bool,
        timeout: TimeInterval, userAgent: String
    ) {
        self.url = url
        self.token = token
        self.timeout = timeout
        self.userAgent = userAgent
        var configuration = HTTPClient.Configuration()
        let amount = TimeAmount.milliseconds(Int64((timeout * 1_000).rounded(.up)))
        configuration.timeout = .init(connect: amount, read: amount)
        configuration.connectionPool.retryConnectionEstablishment = false
        // A redirect could carry the bearer token to another host.
        configuration.redirectConfiguration = .disallow
        configuration.tlsConfiguration = tls
        let proxyEndpoint = (try? proxy.route(for: url))?.endpoint
        let usesTLS = url.scheme?.lowercased() == "https"
        forwardProxy = usesTLS ? nil : proxyEndpoint.map { ForwardProxyClient(proxy: $0, group: ClientEventLoop.group) }
        if let proxyEndpoint, usesTLS {
            configuration.proxy = .server(
                host: proxyEndpoint.host, port: proxyEndpoint.port,
                authorization: proxyEndpoint.username.map { .basic(username: $0, password: proxyEndpoint.password ?? "") })
        }
        client = HTTPClient(eventLoopGroup: ClientEventLoop.group, configuration: configuration)
        failureContext = FailureContext(
            host: url.host ?? "", usesTLS: url.scheme == "https", proxy: proxyEndpoint,
            sendsClientCertificate: sendsClientCertificate)
    }

    /// `host:port/path`, how errors name the endpoint: it is not the Archestra API, so its host matters.
    func endpoint(_ path: String = "") -> String {
        let host = url.host ?? ""
        let port = url.port.map { ":\($0)" } ?? ""
        return "GET \(host)\(port)\(url.path)\(path)"
    }

    /// GETs `url` + `path` with `query`; returns the status and the (capped) body. Transport failures are
    /// worded for a metrics service, not for the API ("is the Archestra server running at the base URL?").
    func get(_ path: String = "", query: [(String, String)] = [], accept: String) async throws -> (status: Int, body: [UInt8]) {
        var text = url.absoluteString + path
        if !query.isEmpty {
            text +=
                (text.contains("?") ? "&" : "?")
                + query.map { name, value in
                    ArchestraClient.encodeQueryComponent(name) + "=" + ArchestraClient.encodeQueryComponent(value)
                }.joined(separator: "&")
        }
        var request = HTTPClientRequest(url: text)
        request.method = .GET
        request.headers.add(name: "Accept", value: accept)
        request.headers.add(name: "User-Agent", value: userAgent)
        if let token { request.headers.add(name: "Authorization", value: "Bearer " + token.raw) }
        let amount = TimeAmount.milliseconds(Int64((timeout * 1_000).rounded(.up)))
        do {
            if let forwardProxy {
                guard let target = URL(string: text) else { throw HTTPClientError.invalidURL }
                let response = try await forwardProxy.execute(
                    .GET, url: target, headers: request.headers, body: nil, deadline: .now() + amount,
                    maxBodySize: Self.maximumBytes)
                return (response.status, response.body)
            }
            let response = try await client.execute(request, timeout: amount, logger: nil)
            let buffer: ByteBuffer
            do {
                buffer = try await response.body.collect(upTo: Self.maximumBytes)
            } catch is NIOTooManyBytesError {
                throw ArchestraError.decoding(endpoint: endpoint(path), detail: "the response is larger than 32 MiB")
            }
            return (Int(response.status.code), Array(buffer.readableBytesView))
        } catch let error as ArchestraError {
            throw error
        } catch is ForwardProxyClient.TooBig {
            throw ArchestraError.decoding(endpoint: endpoint(path), detail: "the response is larger than 32 MiB")
        } catch {
            if Task.isCancelled || error is CancellationError { throw CancellationError() }
            if let clientError = error as? HTTPClientError, clientError == .cancelled { throw CancellationError() }
            throw ArchestraError.transport(
                Self.reword(TransportFailure(classifying: error, context: failureContext)),
                endpoint: endpoint(path))
        }
    }

    /// The API's sentences for these failures send people to the base URL; this is another service.
    static func reword(_ failure: TransportFailure) -> TransportFailure {
        switch failure {
        case .connectionRefused: .other("connection refused — is the metrics service running at that address?")
        case .hostNotFound: .other("host not found (DNS) — check the metrics URL")
        default: failure
        }
    }

    func shutdown() async {
        try? await client.shutdown()
    }
}
