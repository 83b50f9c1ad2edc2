import ArchestraAPI
import Foundation
import TestCertificates
import XCTest

/// The certificate reader against certificates `openssl` made: what an operator's message would name.
final class CertificateReadingTests: XCTestCase {
    func testSubjectIssuerNamesAndDatesAreReadAsOpenSSLWroteThem() throws {
        let authority = try TestAuthority()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        // After 2049 a certificate carries GeneralizedTime instead of UTCTime.
        let end = Date(timeIntervalSince1970: 2_600_000_000)
        let issued = try authority.serverCertificate(
            commonName: "api.corp", dnsNames: ["api.corp", "*.api.corp"], ipAddresses: ["10.1.2.3", "::1"],
            notValidBefore: start, notValidAfter: end)
        let facts = try XCTUnwrap(CertificateFacts(derEncoded: try der(issued.certificatePEM)))
        XCTAssertEqual(facts.subject, "CN=api.corp")
        XCTAssertEqual(facts.issuer, "CN=Archestra Test CA,O=archestra-tui tests")
        XCTAssertEqual(facts.names, ["api.corp", "*.api.corp", "10.1.2.3", "::1"])
        XCTAssertEqual(facts.notValidBefore, start)
        XCTAssertEqual(facts.notValidAfter, end)
        XCTAssertFalse(facts.isSelfSigned)
        XCTAssertTrue(facts.covers(host: "eu.api.corp"))
        XCTAssertTrue(facts.covers(host: "[::1]"))
    }

    func testACertificateWithoutAlternativeNamesIsValidForItsCommonName() throws {
        let issued = try TestAuthority().serverCertificate(commonName: "legacy.corp", dnsNames: [], ipAddresses: [])
        let facts = try XCTUnwrap(CertificateFacts(derEncoded: try der(issued.certificatePEM)))
        XCTAssertEqual(facts.names, ["legacy.corp"])
        XCTAssertTrue(facts.covers(host: "legacy.corp"))
    }

    func testACommaInANameIsEscapedSoItCannotReadAsTwoParts() throws {
        let issued = try TestAuthority(commonName: "Example, Inc CA").serverCertificate()
        let facts = try XCTUnwrap(CertificateFacts(derEncoded: try der(issued.certificatePEM)))
        XCTAssertEqual(facts.issuer, #"CN=Example\, Inc CA,O=archestra-tui tests"#)
    }

    func testASelfSignedCertificateSaysSo() throws {
        let facts = try XCTUnwrap(CertificateFacts(derEncoded: try der(TestAuthority.selfSigned().certificatePEM)))
        XCTAssertTrue(facts.isSelfSigned)
        XCTAssertEqual(facts.names, ["localhost", "127.0.0.1"])
    }

    func testBytesThatAreNoCertificateGiveNothing() throws {
        XCTAssertNil(CertificateFacts(derEncoded: []))
        XCTAssertNil(CertificateFacts(derEncoded: Array("not a certificate".utf8)))
        let real = try der(TestAuthority.selfSigned().certificatePEM)
        XCTAssertNil(CertificateFacts(derEncoded: Array(real.prefix(real.count / 2))), "a certificate cut in half")
        XCTAssertNil(CertificateFacts(derEncoded: [0x30, 0x03, 0x02, 0x01, 0x01]), "a sequence holding one number")
    }

    private func der(_ pem: String) throws -> [UInt8] {
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return try XCTUnwrap(Data(base64Encoded: body).map { Array($0) })
    }
}
