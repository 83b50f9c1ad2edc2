import NIOHTTP1

/// The proxy answered a forwarded request with an error of its own (squid's `403 Forbidden` for a
/// destination its rules do not allow, a `502` when it could not reach the server), not the server.
struct ProxyRefusal: Error, Equatable {
    var status: Int

    /// Proxies mark the answers they write themselves: RFC 9209's `Proxy-Status` with an error, or
    /// squid's `X-Squid-Error`. A server's answer passed on carries neither.
    init?(status: Int, headers: HTTPHeaders) {
        guard status >= 400 else { return nil }
        let proxyStatus = headers["Proxy-Status"].joined(separator: ",").lowercased()
        guard !headers["X-Squid-Error"].isEmpty || proxyStatus.contains("error=") else { return nil }
        self.status = status
    }

    init(status: Int) { self.status = status }
}
