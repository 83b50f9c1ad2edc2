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
        let session = try fixture.console(refresh: 0.5, environment: variables(http: squid.url))
        defer { session.kill() }
        try session.waitFor(text: "connected", timeout: 15)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        let server = "127.0.0.1:\(fixture.port)"
        let forwarded = squid.requests("GET", to: "http://\(server)/api/")
        XCTAssertFalse(forwarded.isEmpty, "squid passed the requests on:\n\(squid.accessLog())")
        XCTAssertTrue(forwarded.allSatisfy { $0.contains("/200 ") }, squid.accessLog())
        XCTAssertTrue(squid.requests("CONNECT", to: server).isEmpty, "no tunnel for plain HTTP:\n\(squid.accessLog())")
        let served = await fixture.simulator.recordedRequests().filter { $0.path == "/api/agents" }
        XCTAssertFalse(served.isEmpty, "the requests reached the server")
        await fixture.shutdown()
    }
}
