import XCTest
import ArchestraAPI
@testable import archestra_tui

/// The corporate-network flags and how they combine with the proxy variables.
final class NetworkOptionsTests: XCTestCase {
    let environment = ["HTTPS_PROXY": "http://proxy.corp:3128", "no_proxy": "localhost", "ARCHESTRA_API_KEY": "arch_x"]

    func testProxyVariablesApplyByDefault() throws {
        let settings = try NetworkOptions.parse([]).settings(insecure: false, environment: environment)
        XCTAssertEqual(settings.proxy, .environment(ProxyEnvironment(environment)))
        let route = try settings.proxy.route(for: URL(string: "https://archestra.example.com")!)
        XCTAssertEqual(route.description, "http://proxy.corp:3128 (from HTTPS_PROXY)")
    }

    func testProxyFlagOverridesTheVariablesButNoProxyStillApplies() throws {
        let settings = try NetworkOptions.parse(["--proxy", "http://flag:8080"]).settings(insecure: false, environment: environment)
        XCTAssertEqual(
            try settings.proxy.route(for: URL(string: "https://archestra.example.com")!).description,
            "http://flag:8080 (from --proxy)")
        XCTAssertEqual(try settings.proxy.route(for: URL(string: "https://localhost:9000")!), .direct(reason: "localhost is in NO_PROXY"))
    }

    func testNoProxyIgnoresTheVariables() throws {
        let settings = try NetworkOptions.parse(["--no-proxy"]).settings(insecure: true, environment: environment)
        XCTAssertEqual(settings.proxy, .none)
        XCTAssertTrue(settings.allowInsecureTLS)
    }

    func testFilesAndConflictingFlags() throws {
        let settings = try NetworkOptions.parse(["--ca-file", "/ca.pem", "--client-cert", "/c.pem", "--client-key", "/c.key"])
            .settings(insecure: false, environment: [:])
        XCTAssertEqual(settings.caFile, "/ca.pem")
        XCTAssertEqual(settings.clientCertificateFile, "/c.pem")
        XCTAssertEqual(settings.clientKeyFile, "/c.key")
        XCTAssertThrowsError(try NetworkOptions.parse(["--proxy", "http://p:1", "--no-proxy"]))
        XCTAssertThrowsError(try NetworkOptions.parse(["--client-cert", "/c.pem"]))
    }
}
