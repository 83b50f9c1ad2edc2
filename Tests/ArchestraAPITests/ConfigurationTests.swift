import Foundation
import XCTest
@testable import ArchestraAPI

final class ConfigurationTests: XCTestCase {
    private let secret = "arch_Zq81VbTkLm29xWc4"

    func testAPIKeyIsTrimmedAndNeverPrintedWhole() {
        let key = APIKey("  \(secret)\n")
        XCTAssertEqual(key.raw, secret)
        XCTAssertEqual(key.description, "arch_****")
        XCTAssertEqual("\(key)", "arch_****")
        for rendering in [String(describing: key), String(reflecting: key), "\(String(describing: Optional(key)))", dumped(key)] {
            XCTAssertFalse(rendering.contains("Zq81"), "leaked in: \(rendering)")
        }
    }

    func testShortKeysAreFullyMasked() {
        XCTAssertEqual(APIKey("abcdefghijk").description, "****")
        XCTAssertEqual(APIKey("").description, "****")
        XCTAssertEqual(APIKey("abcdefghijkl").description, "abcde****")
    }

    func testConfigurationNormalisesTheBaseURL() throws {
        let config = try ClientConfiguration(baseURL: " HTTPS://archestra.acme.example:8443/platform/// ", apiKey: APIKey(secret))
        XCTAssertEqual(config.baseURL.absoluteString, "https://archestra.acme.example:8443/platform")
        XCTAssertEqual(config.hostAndPort, "archestra.acme.example:8443")
        XCTAssertEqual(config.timeout, 10)
        XCTAssertFalse(config.allowInsecureTLS)
        let local = try ClientConfiguration(apiKey: nil)
        XCTAssertEqual(local.baseURL.absoluteString, "http://localhost:9000")
    }

    func testConfigurationRejectsBadURLsAndTimeouts() {
        for bad in ["ftp://x", "not a url", "", "localhost:9000", "http://", "http://host/path?q=1", "http://user:pw@host"] {
            XCTAssertThrowsError(try ClientConfiguration(baseURL: bad, apiKey: nil), bad) { error in
                guard case ArchestraError.invalidConfiguration(let message)? = error as? ArchestraError else {
                    return XCTFail("wrong error \(error) for \(bad)")
                }
                XCTAssertTrue(message.contains("http(s)://host"), message)
            }
        }
        XCTAssertThrowsError(try ClientConfiguration(apiKey: nil, timeout: 0))
        XCTAssertThrowsError(try ClientConfiguration(apiKey: nil, timeout: -.infinity))
    }

    func testEmptyKeyCountsAsNoKey() throws {
        XCTAssertNil(try ClientConfiguration(apiKey: APIKey(" \n")).apiKey)
    }

    private func dumped(_ value: some Any) -> String {
        var output = ""
        dump(value, to: &output)
        return output
    }
}
