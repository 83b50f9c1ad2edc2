/// The proxy variables of an environment, read the way curl reads them: the lower-case name first,
/// then the upper-case one; an empty value counts as unset.
///
/// Only these variables are kept, so the value can be stored and printed without carrying anything else
/// from the environment (such as the API key).
public struct ProxyEnvironment: Sendable, Equatable {
    /// `https_proxy` / `HTTPS_PROXY`, for https:// servers.
    public var https: (value: String, name: String)? { pair("https_proxy") }
    /// `http_proxy` / `HTTP_PROXY`, for http:// servers.
    public var http: (value: String, name: String)? { pair("http_proxy") }
    /// `all_proxy` / `ALL_PROXY`, when the scheme's own variable is unset.
    public var all: (value: String, name: String)? { pair("all_proxy") }
    /// `no_proxy` / `NO_PROXY`.
    public var noProxy: NoProxyList { NoProxyList(pair("no_proxy")?.value ?? "") }

    private let values: [String: String]

    public init(_ environment: [String: String]) {
        var kept: [String: String] = [:]
        for name in ["https_proxy", "http_proxy", "all_proxy", "no_proxy"] {
            for spelling in [name, name.uppercased()] {
                if let value = environment[spelling], !value.isEmpty { kept[spelling] = value }
            }
        }
        values = kept
    }

    /// The proxy variable that applies to `scheme` (`http` or `https`), with its name.
    public func proxyVariable(forScheme scheme: String) -> (value: String, name: String)? {
        (scheme == "https" ? https : http) ?? all
    }

    private func pair(_ lowerName: String) -> (value: String, name: String)? {
        if let value = values[lowerName] { return (value, lowerName) }
        let upper = lowerName.uppercased()
        if let value = values[upper] { return (value, upper) }
        return nil
    }

    public static func == (lhs: ProxyEnvironment, rhs: ProxyEnvironment) -> Bool { lhs.values == rhs.values }
}
