import XCTest
@testable import ArchestraAPI

/// `NO_PROXY` read as curl reads it.
final class NoProxyListTests: XCTestCase {
    func testANameMatchesItselfAndItsSubdomainsOnly() {
        let list = NoProxyList("corp.example")
        XCTAssertTrue(list.matches(host: "corp.example", port: 443))
        XCTAssertTrue(list.matches(host: "api.corp.example", port: 443))
        XCTAssertTrue(list.matches(host: "API.Corp.Example.", port: 443), "case and a trailing dot do not matter")
        XCTAssertFalse(list.matches(host: "notcorp.example", port: 443))
        XCTAssertFalse(list.matches(host: "corp.example.org", port: 443))
    }

    func testLeadingDotAndStarDotAreTheSameAsTheBareName() {
        for text in [".corp.example", "*.corp.example"] {
            let list = NoProxyList(text)
            XCTAssertTrue(list.matches(host: "api.corp.example", port: 80), text)
            XCTAssertTrue(list.matches(host: "corp.example", port: 80), text)
            XCTAssertFalse(list.matches(host: "xcorp.example", port: 80), text)
        }
    }

    func testAStarAloneMatchesEverything() {
        XCTAssertTrue(NoProxyList("*").matches(host: "anything.at.all", port: 1))
        XCTAssertTrue(NoProxyList("internal, *").matches(host: "example.com", port: 443))
        XCTAssertFalse(NoProxyList("*.").matches(host: "example.com", port: 443), "only a lone * is the wildcard")
    }

    func testPortsRestrictTheEntry() {
        let list = NoProxyList("archestra.corp:9000,[::1]:8443")
        XCTAssertTrue(list.matches(host: "archestra.corp", port: 9000))
        XCTAssertFalse(list.matches(host: "archestra.corp", port: 443))
        XCTAssertTrue(list.matches(host: "::1", port: 8443))
        XCTAssertTrue(list.matches(host: "[::1]", port: 8443))
        XCTAssertFalse(list.matches(host: "::1", port: 80))
    }

    func testIPAddressesMatchExactlyOrByCIDR() {
        let list = NoProxyList("127.0.0.1, 10.0.0.0/8 ,::1,fd00::/8")
        XCTAssertTrue(list.matches(host: "127.0.0.1", port: 80))
        XCTAssertFalse(list.matches(host: "127.0.0.2", port: 80))
        XCTAssertTrue(list.matches(host: "10.20.30.40", port: 80))
        XCTAssertFalse(list.matches(host: "11.0.0.1", port: 80))
        XCTAssertTrue(list.matches(host: "::1", port: 80))
        XCTAssertTrue(list.matches(host: "fd12:3456::1", port: 80))
        XCTAssertFalse(list.matches(host: "fe80::1", port: 80))
        XCTAssertFalse(NoProxyList("0.0.1").matches(host: "10.0.0.1", port: 80), "addresses are not suffixes")
    }

    func testEmptyAndOddEntriesAreIgnored() {
        XCTAssertTrue(NoProxyList("").isEmpty)
        XCTAssertTrue(NoProxyList(" , ,").isEmpty)
        XCTAssertFalse(NoProxyList("").matches(host: "localhost", port: 80))
        let list = NoProxyList("host:notaport,localhost")
        XCTAssertTrue(list.matches(host: "localhost", port: 9000))
        XCTAssertFalse(list.matches(host: "host", port: 80), "an entry with a bad port is dropped")
    }
}
