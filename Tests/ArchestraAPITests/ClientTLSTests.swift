import Foundation
import XCTest
import ArchestraSimulator
import TestCertificates
@testable import ArchestraAPI

/// The client against an HTTPS simulator whose certificates the test makes: each TLS failure in words.
final class ClientTLSTests: XCTestCase {
    var pem: PEMFolder!
    var authority: TestAuthority!
    var caFile: String!
    var simulators: [ArchestraSimulator] = []

    override func setUpWithError() throws {
        pem = try PEMFolder()
        authority = try TestAuthority()
        caFile = try pem.write(authority.certificatePEM, as: "ca.pem")
    }

    override func tearDown() async throws {
        for simulator in simulators { await simulator.stop() }
        pem.remove()
    }

    /// Starts an HTTPS simulator with `issued` and returns its port.
    func serve(_ issued: TestAuthority.Issued, clientCA: String? = nil) async throws -> Int {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        options.tls = SimulatorTLS(
            certificateChainPEM: issued.certificatePEM, privateKeyPEM: issued.privateKeyPEM,
            clientCertificateAuthorityPEM: clientCA)
        let simulator = ArchestraSimulator(options: options)
        simulators.append(simulator)
        return try await simulator.start()
    }

    /// The transport failure of `GET /health` with `network`, or `nil` when it succeeds.
    func failure(_ baseURL: String, _ network: NetworkSettings = NetworkSettings()) async throws -> TransportFailure? {
        let client = ArchestraClient(configuration: try ClientConfiguration(baseURL: baseURL, apiKey: nil, network: network))
        var outcome: TransportFailure?
        do {
            _ = try await client.health()
        } catch let error as ArchestraError {
            if case .transport(let failure, _) = error { outcome = failure } else { XCTFail("\(error)") }
        }
        await client.shutdown()
        return outcome
    }

    func testAPrivateCAIsUntrustedUntilCAFileAndInsecureAlwaysConnects() async throws {
        let port = try await serve(try authority.serverCertificate())
        let refused = try await failure("https://127.0.0.1:\(port)")
        guard case .untrustedCertificate(let facts?)? = refused else { return XCTFail("\(String(describing: refused))") }
        XCTAssertEqual(facts.issuer, authority.subject)
        XCTAssertEqual(facts.subject, "CN=archestra.test")
        XCTAssertEqual(facts.names, ["localhost", "127.0.0.1"])
        let error = ArchestraError.transport(.untrustedCertificate(facts), endpoint: "GET /health")
        XCTAssertTrue(error.needsAction)
        XCTAssertEqual(error.actionHeadline, "certificate not trusted")
        XCTAssertTrue(error.description.contains("--ca-file"), error.description)
        XCTAssertTrue(error.description.contains("--insecure"), error.description)
        XCTAssertTrue(error.description.contains("issued by \(authority.subject) for CN=archestra.test"), error.description)
        XCTAssertTrue(authority.subject.contains("CN=Archestra Test CA"), authority.subject)

        let trusted = try await failure("https://127.0.0.1:\(port)", NetworkSettings(caFile: caFile))
        XCTAssertNil(trusted, "--ca-file trusts the private CA")
        let byName = try await failure("https://localhost:\(port)", NetworkSettings(caFile: caFile))
        XCTAssertNil(byName, "the name in the certificate works too")
        let insecure = try await failure("https://127.0.0.1:\(port)", NetworkSettings(allowInsecureTLS: true))
        XCTAssertNil(insecure)
    }

    func testASelfSignedCertificateSaysSo() async throws {
        let port = try await serve(try TestAuthority.selfSigned(commonName: "localhost"))
        let refused = try await failure("https://127.0.0.1:\(port)")
        guard case .untrustedCertificate(let facts?)? = refused else { return XCTFail("\(String(describing: refused))") }
        XCTAssertTrue(facts.isSelfSigned)
        XCTAssertTrue(ArchestraError.transport(refused!, endpoint: "GET /health").description.contains("self-signed"))
    }

    func testExpiredAndNotYetValidCertificatesGiveTheirDates() async throws {
        let expiredPort = try await serve(
            try authority.serverCertificate(
                notValidBefore: Date(timeIntervalSince1970: 1_700_000_000), notValidAfter: Date(timeIntervalSince1970: 1_710_000_000)))
        let expired = try await failure("https://127.0.0.1:\(expiredPort)", NetworkSettings(caFile: caFile))
        guard case .certificateExpired(let facts)? = expired else { return XCTFail("\(String(describing: expired))") }
        XCTAssertEqual(facts.notValidAfter, Date(timeIntervalSince1970: 1_710_000_000))
        let sentence = ArchestraError.transport(expired!, endpoint: "GET /health").description
        XCTAssertTrue(sentence.hasPrefix("Certificate expired on 2024-03-09 16:00 UTC"), sentence)
        // Without the CA the date is still the more useful reason.
        let expiredUntrusted = try await failure("https://127.0.0.1:\(expiredPort)")
        XCTAssertEqual(expiredUntrusted, expired)

        // Half past a whole minute: the sentence shows minutes, so the date must not sit on a minute's edge.
        let minute = (Date().timeIntervalSince1970 / 60).rounded(.down) * 60
        let future = Date(timeIntervalSince1970: minute + 30).addingTimeInterval(86_400 * 365 * 3)
        let futurePort = try await serve(
            try authority.serverCertificate(
                notValidBefore: future, notValidAfter: future.addingTimeInterval(86_400)))
        let early = try await failure("https://127.0.0.1:\(futurePort)", NetworkSettings(caFile: caFile))
        guard case .certificateNotYetValid(let earlyFacts)? = early else { return XCTFail("\(String(describing: early))") }
        let earlySentence = ArchestraError.transport(.certificateNotYetValid(earlyFacts), endpoint: "GET /health").description
        XCTAssertTrue(earlySentence.contains(UTCDateText.format(future)), earlySentence)
        XCTAssertTrue(earlySentence.contains("clock"), earlySentence)
    }

    func testAHostNameMismatchListsTheCertificatesNames() async throws {
        let port = try await serve(
            try authority.serverCertificate(commonName: "other", dnsNames: ["other.test", "*.other.test"], ipAddresses: []))
        let mismatch = try await failure("https://127.0.0.1:\(port)", NetworkSettings(caFile: caFile))
        guard case .hostNameMismatch(let host, let facts?)? = mismatch else { return XCTFail("\(String(describing: mismatch))") }
        XCTAssertEqual(host, "127.0.0.1")
        XCTAssertEqual(facts.names, ["other.test", "*.other.test"])
        let sentence = ArchestraError.transport(mismatch!, endpoint: "GET /health").description
        XCTAssertTrue(sentence.hasPrefix("Certificate is for other.test, *.other.test, not 127.0.0.1"), sentence)
        XCTAssertTrue(ArchestraError.transport(mismatch!, endpoint: "x").needsAction)
    }

    func testTheWrongSchemeEitherWay() async throws {
        let tlsPort = try await serve(try authority.serverCertificate())
        let plainToTLS = try await failure("http://127.0.0.1:\(tlsPort)")
        XCTAssertEqual(plainToTLS, .serverSpeaksTLS)

        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let plain = ArchestraSimulator(options: options)
        simulators.append(plain)
        let plainPort = try await plain.start()
        let tlsToPlain = try await failure("https://127.0.0.1:\(plainPort)")
        XCTAssertEqual(tlsToPlain, .serverSpeaksPlainHTTP)
        XCTAssertTrue(ArchestraError.transport(.serverSpeaksPlainHTTP, endpoint: "GET /health").description.contains("use http://"))
        XCTAssertTrue(ArchestraError.transport(.serverSpeaksTLS, endpoint: "GET /health").description.contains("use https://"))
    }

    func testMutualTLSNeedsTheClientCertificate() async throws {
        let port = try await serve(try authority.serverCertificate(), clientCA: authority.certificatePEM)
        let without = try await failure("https://127.0.0.1:\(port)", NetworkSettings(caFile: caFile))
        XCTAssertEqual(without, .clientCertificateRejected(sent: false))

        let client = try authority.clientCertificate()
        let network = NetworkSettings(
            caFile: caFile, clientCertificateFile: try pem.write(client.certificatePEM, as: "client.pem"),
            clientKeyFile: try pem.write(client.privateKeyPEM, as: "client.key"))
        let with = try await failure("https://127.0.0.1:\(port)", network)
        XCTAssertNil(with, "the client certificate is accepted")

        let stranger = try TestAuthority(commonName: "Someone Else CA").clientCertificate()
        let wrong = NetworkSettings(
            caFile: caFile, clientCertificateFile: try pem.write(stranger.certificatePEM, as: "other.pem"),
            clientKeyFile: try pem.write(stranger.privateKeyPEM, as: "other.key"))
        let rejected = try await failure("https://127.0.0.1:\(port)", wrong)
        XCTAssertEqual(rejected, .clientCertificateRejected(sent: true))
    }

    func testUnusableFilesAreReportedAtStart() throws {
        func message(_ network: NetworkSettings) -> String {
            do {
                _ = try ClientConfiguration(baseURL: "https://127.0.0.1:1", apiKey: nil, network: network)
                return "no error"
            } catch {
                return String(describing: error)
            }
        }
        XCTAssertTrue(message(NetworkSettings(caFile: pem.path + "/missing.pem")).contains("no such file"))
        let notPEM = try pem.write("hello", as: "not.pem")
        XCTAssertTrue(message(NetworkSettings(caFile: notPEM)).contains("PEM"), message(NetworkSettings(caFile: notPEM)))
        let client = try authority.clientCertificate()
        let certificate = try pem.write(client.certificatePEM, as: "c.pem")
        XCTAssertTrue(message(NetworkSettings(clientCertificateFile: certificate)).contains("--client-key"))
        let otherKey = try pem.write(try authority.clientCertificate().privateKeyPEM, as: "other.key")
        let mismatched = message(NetworkSettings(clientCertificateFile: certificate, clientKeyFile: otherKey))
        XCTAssertTrue(mismatched.contains("cannot be used together"), mismatched)
    }

    func testVerdictOrderDatesThenNamesThenTrust() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let facts = CertificateFacts(
            subject: "CN=a", issuer: "CN=ca", names: ["a.test", "*.b.test", "10.0.0.1"],
            notValidBefore: now.addingTimeInterval(-10), notValidAfter: now.addingTimeInterval(10))
        let untrusted = TransportFailure.untrustedCertificate(nil)
        XCTAssertEqual(FailureDiagnoser.verdict(for: untrusted, leaf: facts, host: "a.test", now: now), .untrustedCertificate(facts))
        XCTAssertEqual(FailureDiagnoser.verdict(for: untrusted, leaf: facts, host: "x.b.test", now: now), .untrustedCertificate(facts))
        XCTAssertEqual(FailureDiagnoser.verdict(for: untrusted, leaf: facts, host: "10.0.0.1", now: now), .untrustedCertificate(facts))
        XCTAssertEqual(
            FailureDiagnoser.verdict(for: untrusted, leaf: facts, host: "y.x.b.test", now: now),
            .hostNameMismatch(host: "y.x.b.test", facts), "a wildcard covers one label")
        XCTAssertEqual(
            FailureDiagnoser.verdict(for: untrusted, leaf: facts, host: "a.test", now: now.addingTimeInterval(60)),
            .certificateExpired(facts))
        XCTAssertEqual(
            FailureDiagnoser.verdict(for: untrusted, leaf: facts, host: "a.test", now: now.addingTimeInterval(-60)),
            .certificateNotYetValid(facts))
        XCTAssertEqual(FailureDiagnoser.verdict(for: untrusted, leaf: nil, host: "a.test", now: now), untrusted)
    }

    func testOnlyFailuresAPersonMustFixNeedAction() {
        for failure: TransportFailure in [
            .connectionRefused, .hostNotFound, .timeout, .connectionClosed, .other("x"),
            .tls("x"), .proxyRefused(proxy: "p"), .proxyTunnelFailed(proxy: "p"),
        ] {
            XCTAssertFalse(ArchestraError.transport(failure, endpoint: "GET /x").needsAction, "\(failure)")
        }
        XCTAssertTrue(ArchestraError.transport(.proxyAuthenticationRequired(proxy: "p", credentialsSent: false), endpoint: "x").needsAction)
        XCTAssertFalse(ArchestraError.http(status: 500, type: nil, message: "x", endpoint: "x").needsAction)
    }

    func testUTCDatesWithoutAFormatter() {
        XCTAssertEqual(UTCDateText.format(Date(timeIntervalSince1970: 0)), "1970-01-01 00:00 UTC")
        XCTAssertEqual(UTCDateText.format(Date(timeIntervalSince1970: 1_710_000_000)), "2024-03-09 16:00 UTC")
        XCTAssertEqual(UTCDateText.format(Date(timeIntervalSince1970: 951_782_400)), "2000-02-29 00:00 UTC")
        XCTAssertEqual(UTCDateText.format(Date(timeIntervalSince1970: -86_400)), "1969-12-31 00:00 UTC")
    }
}
