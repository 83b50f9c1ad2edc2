import Foundation

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
    /// Skip TLS certificate verification (self-signed test servers only).
    public var allowInsecureTLS: Bool
    /// The `User-Agent` header value.
    public var userAgent: String
    /// Responses larger than this many bytes are rejected instead of being read into memory.
    public var maxResponseBytes: Int

    /// Validates and normalises the settings.
    /// - Throws: `ArchestraError.invalidConfiguration` when `baseURL` is not `http(s)://host[:port][/path]`
    ///   or `timeout` is not positive.
    public init(
        baseURL: String = ClientConfiguration.defaultBaseURL,
        apiKey: APIKey?,
        timeout: TimeInterval = 10,
        allowInsecureTLS: Bool = false
    ) throws {
        self.baseURL = try Self.normalisedBaseURL(baseURL)
        guard timeout.isFinite, timeout > 0 else {
            throw ArchestraError.invalidConfiguration("The timeout must be a positive number of seconds, not \(timeout)")
        }
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.timeout = timeout
        self.allowInsecureTLS = allowInsecureTLS
        self.userAgent = Self.defaultUserAgent
        self.maxResponseBytes = 64 * 1024 * 1024
    }

    /// `host:port` of the base URL, for messages such as "Connection refused by localhost:9000".
    public var hostAndPort: String {
        let host = baseURL.host ?? baseURL.absoluteString
        if let port = baseURL.port { return "\(host):\(port)" }
        return host
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
