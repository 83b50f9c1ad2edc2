import Foundation
import NIOSSL

/// Where and how the client talks to an Archestra server.
public struct ClientConfiguration: Sendable {
    /// The default base URL of a local platform.
    public static let defaultBaseURL = "http://localhost:9000"
    /// Sent as `User-Agent` unless changed.
    public static let defaultUserAgent = "archestra-tui/0.1.0"

    /// The API base URL: `http(s)://host[:port][/path]`, without a trailing slash.
    public var baseURL: URL
    /// The key sent raw in `Authorization`; `nil` sends no key.
    public var apiKey: APIKey?
    /// Per-request timeout in seconds (connect, read and whole request).
    public var timeout: TimeInterval
    /// Skip TLS certificate verification (self-signed test servers only). Same as `network.allowInsecureTLS`.
    public var allowInsecureTLS: Bool { network.allowInsecureTLS }
    /// Trust, client certificate and proxy; fixed at init, where its files are read and checked.
    public private(set) var network: NetworkSettings
    /// How requests reach the server (direct or through which proxy), resolved for `baseURL` at init.
    public private(set) var proxyRoute: ProxyRoute
    /// The TLS settings built from `network` (files read and checked at init).
    let tlsConfiguration: TLSConfiguration
    /// The `User-Agent` header value.
    public var userAgent: String
    /// Responses larger than this many bytes are rejected instead of being read into memory.
    public var maxResponseBytes: Int
    /// Where metrics are read (the platform's `/metrics`, a Prometheus); a separate service from the API.
    public var metrics = MetricsSettings()

    /// Validates and normalises the settings.
    /// - Throws: `ArchestraError.invalidConfiguration` when `baseURL` is not `http(s)://host[:port][/path]`,
    ///   `timeout` is not positive, a proxy URL is malformed, or a CA, certificate or key file cannot be used.
    public init(
        baseURL: String = ClientConfiguration.defaultBaseURL,
        apiKey: APIKey?,
        timeout: TimeInterval = 10,
        allowInsecureTLS: Bool = false,
        network: NetworkSettings = NetworkSettings()
    ) throws {
        self.baseURL = try Self.normalisedBaseURL(baseURL)
        guard timeout.isFinite, timeout > 0 else {
            throw ArchestraError.invalidConfiguration("The timeout must be a positive number of seconds, not \(timeout)")
        }
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.timeout = timeout
        var network = network
        if allowInsecureTLS { network.allowInsecureTLS = true }
        self.network = network
        self.proxyRoute = try network.proxy.route(for: self.baseURL)
        self.tlsConfiguration = try TLSSetup.configuration(for: network)
        self.userAgent = Self.defaultUserAgent
        self.maxResponseBytes = 64 * 1024 * 1024
    }

    /// `host:port` of the base URL, for messages such as "Connection refused by localhost:9000".
    public var hostAndPort: String {
        let host = baseURL.host ?? baseURL.absoluteString
        if let port = baseURL.port { return "\(host):\(port)" }
        return host
    }

    /// The port requests go to: the base URL's, else 443 or 80.
    public var effectivePort: Int {
        baseURL.port ?? (baseURL.scheme == "https" ? 443 : 80)
    }

    /// How the connection is set up, one line each, for help screens and `info`; never credentials.
    /// E.g. `["proxy http://proxy.corp:3128 (from HTTPS_PROXY)", "extra CA /etc/corp-ca.pem"]`.
    public var networkSummary: [String] {
        var lines = ["proxy \(proxyRoute)"]
        if let caFile = network.caFile { lines.append("extra CA \(caFile)") }
        if let certificate = network.clientCertificateFile { lines.append("client certificate \(certificate)") }
        if network.allowInsecureTLS { lines.append("TLS certificates NOT verified (--insecure)") }
        return lines
    }

    static func normalisedBaseURL(_ text: String) throws -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let problem = "Invalid base URL \"\(trimmed)\": expected http(s)://host[:port][/path], e.g. \(defaultBaseURL)"
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil,
            components.user == nil, components.password == nil
        else {
            throw ArchestraError.invalidConfiguration(problem)
        }
        var normalised = components
        normalised.scheme = scheme
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        normalised.path = path
        guard let url = normalised.url else { throw ArchestraError.invalidConfiguration(problem) }
        return url
    }
}
