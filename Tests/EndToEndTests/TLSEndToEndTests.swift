import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator
import TestCertificates

/// Issue 13 end to end: an HTTPS server behind a private CA, as an operator meets it.
final class TLSEndToEndTests: XCTestCase {
    var pem: PEMFolder!
    var authority: TestAuthority!
    var caFile: String!

    override func setUpWithError() throws {
        pem = try PEMFolder()
        authority = try TestAuthority()
        caFile = try pem.write(authority.certificatePEM, as: "ca.pem")
    }

    override func tearDown() {
        pem.remove()
    }

    /// An HTTPS simulator with a certificate from the test's private CA (for 127.0.0.1 and localhost).
    func httpsFixture() async throws -> SimulatorFixture {
        let issued = try authority.serverCertificate()
        var options = SimulatorFixture.stableOptions()
        options.tls = SimulatorTLS(certificateChainPEM: issued.certificatePEM, privateKeyPEM: issued.privateKeyPEM)
        return try await SimulatorFixture(options: options, clientNetwork: NetworkSettings(caFile: caFile))
    }

    func testAPrivateCAIsRefusedInPlainWordsThenTrustedWithCAFile() async throws {
        let fixture = try await httpsFixture()
        XCTAssertTrue(fixture.baseURL.hasPrefix("https://"), fixture.baseURL)
        let refused = try fixture.console(width: 160, refresh: 0.5)
        defer { refused.kill() }
        let screen = try refused.waitFor(text: "--ca-file", timeout: 15)
        XCTAssertTrue(screen.contains("not trusted"), screen)
        XCTAssertTrue(screen.contains("Archestra Test CA"), "the issuer is named:\n\(screen)")
        XCTAssertFalse(screen.contains("handshakeFailed"), "no Swift enum dump:\n\(screen)")
        XCTAssertFalse(screen.contains("connected"), screen)
        refused.kill()

        let trusted = try fixture.console(refresh: 0.5, extraArguments: "--ca-file \(TmuxSession.quote(caFile))")
        defer { trusted.kill() }
        try trusted.waitFor(text: "connected", timeout: 15)
        try trusted.send("2")
        try trusted.waitFor(text: "Agents 1-", timeout: 10)
        let agents = await fixture.simulator.recordedRequests().filter { $0.path == "/api/agents" }
        XCTAssertFalse(agents.isEmpty, "the HTTPS server received the agent requests")
        await fixture.shutdown()
    }

    func testInsecureConnectsShowsItInTheHeaderAndWarnsInTheLog() async throws {
        let fixture = try await httpsFixture()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-e2e-tls-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let session = try fixture.console(refresh: 0.5, extraArguments: "--insecure", environment: ["XDG_STATE_HOME": state])
        defer { session.kill() }
        let screen = try session.waitFor(text: "connected", timeout: 15)
        XCTAssertTrue(screen.contains("INSECURE"), screen)
        let log = (try? String(contentsOfFile: state + "/archestra-tui/archestra-tui.log", encoding: .utf8)) ?? ""
        XCTAssertTrue(log.contains("--insecure"), "the log warns at start:\n\(log)")
        XCTAssertFalse(log.contains(fixture.apiKey), "the key is never logged")
        await fixture.shutdown()
    }

    func testAnExpiredCertificateNamesItsDate() async throws {
        let expired = try authority.serverCertificate(
            notValidBefore: Date(timeIntervalSince1970: 1_700_000_000), notValidAfter: Date(timeIntervalSince1970: 1_710_000_000))
        var options = SimulatorFixture.stableOptions()
        options.tls = SimulatorTLS(certificateChainPEM: expired.certificatePEM, privateKeyPEM: expired.privateKeyPEM)
        let fixture = try await SimulatorFixture(options: options, clientNetwork: NetworkSettings(allowInsecureTLS: true))
        let session = try fixture.console(refresh: 0.5, extraArguments: "--ca-file \(TmuxSession.quote(caFile))")
        defer { session.kill() }
        // 1_710_000_000 is 2024-03-09 16:00 UTC.
        let screen = try session.waitFor(text: "expired on 2024-03-09 16:00 UTC", timeout: 15)
        XCTAssertFalse(screen.contains("connected"), screen)
        await fixture.shutdown()
    }

    func testPlainHTTPToAnHTTPSPortSaysToUseHTTPS() async throws {
        let fixture = try await httpsFixture()
        let session = try fixture.console(refresh: 0.5, baseURL: "http://127.0.0.1:\(fixture.port)")
        defer { session.kill() }
        try session.waitFor(text: "use https://", timeout: 15)
        await fixture.shutdown()
    }

    func testASelfSignedServerIsRefusedAsSelfSigned() async throws {
        let issued = try TestAuthority.selfSigned()
        var options = SimulatorFixture.stableOptions()
        options.tls = SimulatorTLS(certificateChainPEM: issued.certificatePEM, privateKeyPEM: issued.privateKeyPEM)
        let fixture = try await SimulatorFixture(options: options, clientNetwork: NetworkSettings(allowInsecureTLS: true))
        let session = try fixture.console(width: 160, refresh: 0.5)
        defer { session.kill() }
        let screen = try session.waitFor(text: "self-signed", timeout: 15)
        XCTAssertTrue(screen.contains("Certificate not trusted — use --ca-file"), screen)
        await fixture.shutdown()
    }

    func testMutualTLSWithClientCertificateFlags() async throws {
        let issued = try authority.serverCertificate()
        let client = try authority.clientCertificate()
        let certificate = try pem.write(client.certificatePEM, as: "client.pem")
        let key = try pem.write(client.privateKeyPEM, as: "client.key")
        var options = SimulatorFixture.stableOptions()
        options.tls = SimulatorTLS(
            certificateChainPEM: issued.certificatePEM, privateKeyPEM: issued.privateKeyPEM,
            clientCertificateAuthorityPEM: authority.certificatePEM)
        let fixture = try await SimulatorFixture(
            options: options,
            clientNetwork: NetworkSettings(
                caFile: caFile, clientCertificateFile: certificate, clientKeyFile: key))
        let without = try fixture.console(refresh: 0.5, extraArguments: "--ca-file \(TmuxSession.quote(caFile))")
        defer { without.kill() }
        try without.waitFor(text: "The server wants a client certificate — pass --client-cert and --client-key", timeout: 15)
        without.kill()

        let with = try fixture.console(
            refresh: 0.5,
            extraArguments: "--ca-file \(TmuxSession.quote(caFile)) "
                + "--client-cert \(TmuxSession.quote(certificate)) --client-key \(TmuxSession.quote(key))")
        defer { with.kill() }
        try with.waitFor(text: "connected", timeout: 15)
        await fixture.shutdown()
    }
}
