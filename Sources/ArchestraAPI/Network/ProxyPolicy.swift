import Foundation

/// Where the proxy setting comes from; ``route(for:)`` turns it into the route for one server.
public enum ProxyPolicy: Sendable, Equatable {
    /// Never use a proxy (`--no-proxy`, or a library user who wants none).
    case none
    /// `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` and `NO_PROXY` from this environment.
    case environment(ProxyEnvironment)
    /// This proxy URL (`--proxy`, later `proxy` in a context), named `source` in messages.
    /// `NO_PROXY` still applies, as it does in curl.
    case explicit(String, source: String, noProxy: NoProxyList)

    /// The route to `baseURL`.
    /// - Throws: `ArchestraError.invalidConfiguration` for a malformed proxy URL.
    public func route(for baseURL: URL) throws -> ProxyRoute {
        let scheme = baseURL.scheme?.lowercased() ?? "http"
        let host = baseURL.host ?? ""
        let port = baseURL.port ?? (scheme == "https" ? 443 : 80)
        let chosen: (value: String, source: String, noProxy: NoProxyList)
        switch self {
        case .none:
            return .direct(reason: nil)
        case .environment(let environment):
            guard let variable = environment.proxyVariable(forScheme: scheme) else { return .direct(reason: nil) }
            chosen = (variable.value, variable.name, environment.noProxy)
        case .explicit(let url, let source, let noProxy):
            chosen = (url, source, noProxy)
        }
        let endpoint = try ProxyEndpoint(parsing: chosen.value, source: chosen.source)
        if chosen.noProxy.matches(host: host, port: port) {
            return .direct(reason: "\(host) is in NO_PROXY")
        }
        return .proxy(endpoint, source: chosen.source)
    }
}

/// How requests reach the server.
public enum ProxyRoute: Sendable, Equatable, CustomStringConvertible {
    /// Straight to the server; `reason` says why a configured proxy is not used.
    case direct(reason: String?)
    /// Through `endpoint`, configured by `source` (e.g. "HTTPS_PROXY", "--proxy").
    case proxy(ProxyEndpoint, source: String)

    /// The proxy, if one is used.
    public var endpoint: ProxyEndpoint? {
        if case .proxy(let endpoint, _) = self { return endpoint }
        return nil
    }

    /// For help and logs, never with credentials: "http://proxy.corp:3128 (from HTTPS_PROXY)",
    /// "none (127.0.0.1 is in NO_PROXY)" or "none".
    public var description: String {
        switch self {
        case .direct(let reason?): return "none (\(reason))"
        case .direct(nil): return "none"
        case .proxy(let endpoint, let source):
            let credentials = endpoint.hasCredentials ? ", with credentials" : ""
            return "\(endpoint) (from \(source)\(credentials))"
        }
    }
}
