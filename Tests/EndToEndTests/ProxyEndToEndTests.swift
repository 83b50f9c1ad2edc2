import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator
import TestCertificates

/// Issue 13 end to end: the console through a real HTTP proxy (Debian's tinyproxy).
final class ProxyEndToEndTests: XCTestCase {
    /// Proxy variables in both spellings, so whatever the test runner's own environment holds cannot win.
    func variables(http: String = "", https: String = "", noProxy: String = "") -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in [("http_proxy", http), ("https_proxy", https), ("no_proxy", noProxy), ("all_proxy", "")] {
            result[name] = value
            result[name.uppercased()] = value
        }
        return result
    }

    func testHTTPAndHTTPSProxyVariablesCarryTheConsoleThroughTheProxy() async throws {
        let proxy = try TinyproxyProcess()
        defer { proxy.stop() }
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(refresh: 0.5, environment: variables(http: proxy.url, https: proxy.url))
        defer { session.kill() }
        try session.waitFor(text: "connected", timeout: 15)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        // The simulator speaks plain HTTP: HTTP_PROXY applies, and the requests are passed on, not tunnelled.
        XCTAssertGreaterThan(proxy.forwardedRequests(to: "127.0.0.1:\(fixture.port)"), 0, "the proxy carried the console:\n\(proxy.log())")
        XCTAssertEqual(proxy.connectRequests(to: "127.0.0.1:\(fixture.port)"), 0, proxy.log())
        let served = await fixture.simulator.recordedRequests().filter { $0.path == "/api/agents" }
        XCTAssertFalse(served.isEmpty, "the requests reached the server through the tunnel")
        await fixture.shutdown()
    }

    func testHTTPSThroughTheProxyWithAPrivateCA() async throws {
        let proxy = try TinyproxyProcess()
        defer { proxy.stop() }
        let pem = try PEMFolder()
        defer { pem.remove() }
        let authority = try TestAuthority()
        let caFile = try pem.write(authority.certificatePEM, as: "ca.pem")
        let issued = try authority.serverCertificate()
        var options = SimulatorFixture.stableOptions()
        options.tls = SimulatorTLS(certificateChainPEM: issued.certificatePEM, privateKeyPEM: issued.privateKeyPEM)
        let fixture = try await SimulatorFixture(options: options, clientNetwork: NetworkSettings(caFile: caFile))
        let session = try fixture.console(
            refresh: 0.5, extraArguments: "--ca-file \(TmuxSession.quote(caFile))",
            environment: variables(https: proxy.url))
        defer { session.kill() }
        try session.waitFor(text: "connected", timeout: 15)
        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-", timeout: 10)
        XCTAssertGreaterThan(proxy.connectRequests(to: "127.0.0.1:\(fixture.port)"), 0, proxy.log())
        await fixture.shutdown()
    }

    func testNoProxyForTheServersHostBypassesTheProxy() async throws {
        let proxy = try TinyproxyProcess()
        defer { proxy.stop() }
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(
            refresh: 0.5, environment: variables(http: proxy.url, https: proxy.url, noProxy: "localhost,127.0.0.1"))
        defer { session.kill() }
        try session.waitFor(text: "connected", timeout: 15)
        try session.send("2")
        try session.waitFor(text: "Agents 1-", timeout: 10)
        XCTAssertEqual(
            proxy.connectRequests(to: "127.0.0.1:\(fixture.port)") + proxy.forwardedRequests(to: "127.0.0.1:\(fixture.port)"), 0,
            "NO_PROXY bypasses the proxy:\n\(proxy.log())")
        await fixture.shutdown()
    }

    func testAProxyThatWantsCredentialsSaysSoAndNeverShowsThem() async throws {
        let proxy = try TinyproxyProcess(basicAuth: ("operator", "pr0xy-secret"))
        defer { proxy.stop() }
        let fixture = try await SimulatorFixture()
        let without = try fixture.console(refresh: 0.5, extraArguments: "--proxy \(proxy.url)", environment: variables())
        defer { without.kill() }
        try without.waitFor(text: "needs credentials", timeout: 15)
        without.kill()

        let credentialed = "http://operator:pr0xy-secret@127.0.0.1:\(proxy.port)"
        let with = try fixture.console(refresh: 0.5, environment: variables(http: credentialed))
        defer { with.kill() }
        let screen = try with.waitFor(text: "connected", timeout: 15)
        try with.send("?")
        let help = try with.waitFor(text: "refresh", timeout: 5)
        XCTAssertFalse(screen.contains("pr0xy-secret") || help.contains("pr0xy-secret"), "the proxy password is never drawn")
        XCTAssertGreaterThan(proxy.forwardedRequests(to: "127.0.0.1:\(fixture.port)"), 0, proxy.log())
        await fixture.shutdown()
    }

    func testARefusedProxyIsNamedWithoutItsCredentials() async throws {
        let fixture = try await SimulatorFixture()
        // Nothing listens on port 9 of loopback.
        let session = try fixture.console(refresh: 0.5, environment: variables(http: "http://someone:hidden-word@127.0.0.1:9"))
        defer { session.kill() }
        let screen = try session.waitFor(text: "refused the connection", timeout: 15)
        XCTAssertTrue(screen.contains("http://127.0.0.1:9"), screen)
        XCTAssertFalse(screen.contains("hidden-word"), screen)
        await fixture.shutdown()
    }
}
