import Foundation

/// An HTTP proxy the client reaches the server through, read from a URL such as
/// `http://user:secret@proxy.corp:3128` (as in `HTTPS_PROXY`, `--proxy`).
///
/// HTTPS and plain HTTP servers alike are reached through a `CONNECT` tunnel. The credentials are
/// used for `Proxy-Authorization` only: ``description`` never shows them.
public struct ProxyEndpoint: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Host name or IP address of the proxy (IPv6 without brackets).
    public var host: String
    public var port: Int
    /// The user name from the URL, percent-decoded; `nil` when the URL has none.
    public var username: String?
    /// The password from the URL, percent-decoded. Internal so it cannot be printed by accident.
    var password: String?

    /// Port used when the URL names none; curl uses the same.
    public static let defaultPort = 1080

    /// Reads `[http://][user[:password]@]host[:port][/]`.
    /// - Throws: `ArchestraError.invalidConfiguration` naming `source` (e.g. "HTTPS_PROXY"), with any credentials masked.
    public init(parsing text: String, source: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let problem: (String) -> ArchestraError = { reason in
            .invalidConfiguration(
                "Invalid proxy \"\(Self.masked(trimmed))\" (\(source)): \(reason); expected http://[user:password@]host[:port]")
        }
        let withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed
        guard let components = URLComponents(string: withScheme), let scheme = components.scheme?.lowercased() else {
            throw problem("not a URL")
        }
        guard scheme == "http" else {
            throw problem("only http:// proxies are supported (HTTPS to the server still goes through them, tunnelled)")
        }
        guard var host = components.host, !host.isEmpty else { throw problem("no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil else {
            throw problem("a proxy URL has no path or query")
        }
        let port = components.port ?? Self.defaultPort
        guard (1...65_535).contains(port) else { throw problem("port \(port) is out of range") }
        self.host = host
        self.port = port
        self.username = components.user.flatMap { $0.isEmpty ? nil : $0 }
        self.password = components.password
    }

    /// Whether the URL carried a user name (and so a `Proxy-Authorization` header is sent).
    public var hasCredentials: Bool { username != nil }

    /// `http://host:port`, without credentials.
    public var description: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "http://\(hostPart):\(port)"
    }

    public var debugDescription: String { "ProxyEndpoint(\(description)\(hasCredentials ? ", with credentials" : ""))" }

    /// Keeps `dump` and mirrors from printing the password.
    public var customMirror: Mirror {
        Mirror(self, children: ["url": description, "hasCredentials": hasCredentials])
    }

    /// `text` with everything between `://` and the last `@` replaced by `****`.
    static func masked(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@") else { return text }
        let start = text.range(of: "://").map(\.upperBound) ?? text.startIndex
        guard start <= at else { return text }
        return String(text[..<start]) + "****" + String(text[at...])
    }
}
