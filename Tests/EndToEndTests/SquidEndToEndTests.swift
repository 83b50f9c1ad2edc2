import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator
import TestCertificates

/// Issue 21 end to end: the console through Debian's squid with the rules it ships, which allow CONNECT
/// only to port 443 (`http_access deny CONNECT !SSL_ports`), as corporate proxies commonly do.
final class SquidEndToEndTests: XCTestCase {
    func variables(http: String = "", https: String = "") -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in [("http_proxy", http), ("https_proxy", https), ("no_proxy", ""), ("all_proxy", "")] {
            result[name] = value
            result[name.uppercased()] = value
        }
        return result
    }

    /// Item 17: an http:// server goes through the proxy as `GET http://host:port/path`, as curl does, not a tunnel.
    func testAPlainHTTPServerIsReachedThroughSquidInAbsoluteForm() async throws {
        let squid = try SquidProcess()
        defer { squid.stop() }
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(
            refresh: 0.5, extraArguments: "--metrics-url \(fixture.baseURL)/metrics",
            environment: variables(http: squid.url))
        defer { session.kill() }
        try session.waitFor(text: "connected", timeout: 15)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        let server = "127.0.0.1:\(fixture.port)"
        let forwarded = squid.requests("GET", to: "http://\(server)/api/")
        XCTAssertFalse(forwarded.isEmpty, "squid passed the requests on:\n\(squid.accessLog())")
        // The metrics page, another http:// service, goes the same way.
        try session.send("9")
        try session.waitFor(text: "Metrics [models]", timeout: 10)
        try session.waitFor("squid to log the metrics page", timeout: 10) { _ in
            !squid.requests("GET", to: "http://\(server)/metrics").isEmpty
        }
        // The proxy let every request through; a per-row look-up the console replaced may end aborted.
        XCTAssertFalse(forwarded.contains { $0.contains("DENIED") || $0.contains("/403 ") }, squid.accessLog())
        XCTAssertTrue(forwarded.contains { $0.contains("/200 ") && $0.contains("/api/agents?") }, squid.accessLog())
        XCTAssertTrue(squid.requests("CONNECT", to: server).isEmpty, "no tunnel for plain HTTP:\n\(squid.accessLog())")
        let served = await fixture.simulator.recordedRequests().filter { $0.path == "/api/agents" }
        XCTAssertFalse(served.isEmpty, "the requests reached the server")
        await fixture.shutdown()
    }
}

extension SquidEndToEndTests {
    /// Item 18: squid's shipped rules refuse CONNECT to any port but 443; the console says the proxy
    /// refused, with its status, and what to do, not that the server could not be reached.
    func testSquidRefusingATunnelIsReportedAsTheProxysRefusal() async throws {
        let squid = try SquidProcess()
        defer { squid.stop() }
        let pem = try PEMFolder()
        defer { pem.remove() }
        let authority = try TestAuthority()
        let caFile = try pem.write(authority.certificatePEM, as: "ca.pem")
        let issued = try authority.serverCertificate()
        var options = SimulatorFixture.stableOptions()
        options.tls = SimulatorTLS(certificateChainPEM: issued.certificatePEM, privateKeyPEM: issued.privateKeyPEM)
        let fixture = try await SimulatorFixture(options: options, clientNetwork: NetworkSettings(caFile: caFile))
        let session = try fixture.console(
            width: 160, height: 48, refresh: 0.5,
            extraArguments: "--ca-file \(TmuxSession.quote(caFile))",
            environment: variables(https: squid.url))
        defer { session.kill() }
        let screen = try session.waitFor(text: "NO_PROXY", timeout: 20)
        XCTAssertTrue(screen.contains("refused") && screen.contains("403"), screen)
        XCTAssertFalse(screen.contains("could not reach the server"), screen)
        XCTAssertFalse(
            squid.requests("CONNECT", to: "127.0.0.1:\(fixture.port)").isEmpty,
            "squid was asked for the tunnel:\n\(squid.accessLog())")
        XCTAssertTrue(squid.accessLog().contains("TCP_DENIED/403"), "and refused it, as shipped:\n\(squid.accessLog())")
        await fixture.shutdown()
    }
}
