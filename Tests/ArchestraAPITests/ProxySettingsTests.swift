import XCTest
@testable import ArchestraAPI

/// Proxy URLs, the proxy variables of the environment, and which one a server gets.
final class ProxySettingsTests: XCTestCase {
    func testProxyURLParts() throws {
        let full = try ProxyEndpoint(parsing: "http://alice:s%40cret@proxy.corp:3128/", source: "HTTPS_PROXY")
        XCTAssertEqual(full.host, "proxy.corp")
        XCTAssertEqual(full.port, 3128)
        XCTAssertEqual(full.username, "alice")
        XCTAssertEqual(full.password, "s@cret", "percent-decoded")
        XCTAssertEqual(full.basicAuthorization, "Basic " + Data("alice:s@cret".utf8).base64EncodedString())

        let bare = try ProxyEndpoint(parsing: "proxy.corp", source: "HTTP_PROXY")
        XCTAssertEqual(bare.port, 1080, "curl's default proxy port")
        XCTAssertNil(bare.username)
        XCTAssertNil(bare.basicAuthorization)

        let v6 = try ProxyEndpoint(parsing: "HTTP://[::1]:8888", source: "--proxy")
        XCTAssertEqual(v6.host, "::1")
        XCTAssertEqual(v6.description, "http://[::1]:8888")
    }

    func testCredentialsNeverPrint() throws {
        let proxy = try ProxyEndpoint(parsing: "http://alice:topsecret@proxy.corp:3128", source: "HTTPS_PROXY")
        XCTAssertEqual(proxy.description, "http://proxy.corp:3128")
        for text in [
            proxy.description, proxy.debugDescription, String(reflecting: proxy), "\(proxy)",
            ProxyRoute.proxy(proxy, source: "HTTPS_PROXY").description,
        ] {
            XCTAssertFalse(text.contains("topsecret"), text)
        }
        var dumped = ""
        dump(proxy, to: &dumped)
        XCTAssertFalse(dumped.contains("topsecret"), dumped)
    }

    func testMalformedProxiesAreRefusedWithTheirSourceAndNoPassword() {
        for (text, reason) in [
            ("socks5://proxy:1080", "only http://"), ("https://proxy:443", "only http://"),
            ("http://proxy:3128/path", "no path"), ("http://:3128", "no host"),
            ("http://bob:hunter2@proxy:99999", "out of range"),
        ] {
            XCTAssertThrowsError(try ProxyEndpoint(parsing: text, source: "HTTPS_PROXY"), text) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.contains("HTTPS_PROXY"), message)
                XCTAssertTrue(message.contains(reason), message)
                XCTAssertFalse(message.contains("hunter2"), message)
            }
        }
    }

    func testEnvironmentPrefersLowerCaseAndTheSchemesOwnVariable() {
        let environment = ProxyEnvironment([
            "https_proxy": "http://lower:1", "HTTPS_PROXY": "http://upper:1", "HTTP_PROXY": "http://plain:1",
            "ALL_PROXY": "http://all:1", "NO_PROXY": "internal", "ARCHESTRA_API_KEY": "arch_secret_value",
        ])
        XCTAssertEqual(environment.proxyVariable(forScheme: "https")?.value, "http://lower:1")
        XCTAssertEqual(environment.proxyVariable(forScheme: "https")?.name, "https_proxy")
        XCTAssertEqual(environment.proxyVariable(forScheme: "http")?.name, "HTTP_PROXY")
        XCTAssertEqual(ProxyEnvironment(["ALL_PROXY": "http://all:1"]).proxyVariable(forScheme: "https")?.name, "ALL_PROXY")
        XCTAssertNil(ProxyEnvironment(["HTTPS_PROXY": ""]).proxyVariable(forScheme: "https"), "empty means unset")
        XCTAssertTrue(environment.noProxy.matches(host: "api.internal", port: 443))
        XCTAssertFalse(String(reflecting: environment).contains("arch_secret_value"), "nothing else is kept")
    }

    func testRouteForAServer() throws {
        let environment = ProxyEnvironment(["HTTPS_PROXY": "http://u:p@proxy.corp:3128", "NO_PROXY": "localhost,.internal"])
        let external = try ProxyPolicy.environment(environment).route(for: URL(string: "https://archestra.example.com")!)
        XCTAssertEqual(external.endpoint?.host, "proxy.corp")
        XCTAssertEqual(external.description, "http://proxy.corp:3128 (from HTTPS_PROXY, with credentials)")

        let insideNoProxy = try ProxyPolicy.environment(environment).route(for: URL(string: "https://archestra.internal/x")!)
        XCTAssertEqual(insideNoProxy, .direct(reason: "archestra.internal is in NO_PROXY"))
        XCTAssertEqual(insideNoProxy.description, "none (archestra.internal is in NO_PROXY)")

        let plainHTTP = try ProxyPolicy.environment(environment).route(for: URL(string: "http://archestra.example.com")!)
        XCTAssertEqual(plainHTTP, .direct(reason: nil), "HTTPS_PROXY is for https:// servers only")

        let flag = try ProxyPolicy.explicit("http://flag:8080", source: "--proxy", noProxy: environment.noProxy)
            .route(for: URL(string: "http://archestra.example.com")!)
        XCTAssertEqual(flag.description, "http://flag:8080 (from --proxy)")
        XCTAssertEqual(try ProxyPolicy.none.route(for: URL(string: "https://archestra.example.com")!), .direct(reason: nil))
    }

    func testClientConfigurationResolvesTheRouteAndSummarises() throws {
        let configuration = try ClientConfiguration(
            baseURL: "https://archestra.example.com/archestra", apiKey: nil,
            network: NetworkSettings(
                allowInsecureTLS: true,
                proxy: .environment(ProxyEnvironment(["https_proxy": "http://a:b@proxy.corp:3128"]))))
        XCTAssertEqual(configuration.proxyRoute.endpoint?.port, 3128)
        XCTAssertTrue(configuration.allowInsecureTLS)
        XCTAssertEqual(
            configuration.networkSummary,
            [
                "proxy http://proxy.corp:3128 (from https_proxy, with credentials)",
                "TLS certificates NOT verified (--insecure)",
            ])
        XCTAssertThrowsError(
            try ClientConfiguration(
                apiKey: nil, network: NetworkSettings(proxy: .explicit("ftp://x", source: "--proxy", noProxy: NoProxyList("")))))
    }
}
