import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import XCTest
@testable import ArchestraAPI

/// How NIO and AsyncHTTPClient errors become a `TransportFailure` a person can act on.
final class TransportFailureTests: XCTestCase {
    func testTimeoutsOfEveryKind() {
        for error in [HTTPClientError.deadlineExceeded, .readTimeout, .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout]
        {
            XCTAssertEqual(TransportFailure(classifying: error), .timeout, "\(error)")
        }
        XCTAssertEqual(TransportFailure(classifying: ChannelError.connectTimeout(.seconds(1))), .timeout)
    }

    func testClosedConnections() {
        XCTAssertEqual(TransportFailure(classifying: HTTPClientError.remoteConnectionClosed), .connectionClosed)
        XCTAssertEqual(TransportFailure(classifying: ChannelError.ioOnClosedChannel), .connectionClosed)
        XCTAssertEqual(TransportFailure(classifying: IOError(errnoCode: ECONNRESET, reason: "read")), .connectionClosed)
    }

    func testRefusedAndUnknownHosts() {
        XCTAssertEqual(TransportFailure(classifying: IOError(errnoCode: ECONNREFUSED, reason: "connect")), .connectionRefused)
        XCTAssertEqual(TransportFailure(classifying: SocketAddressError.unknown(host: "nowhere.invalid", port: 9000)), .hostNotFound)
    }

    func testTLSErrorsAreWordsNotEnumDumps() {
        let failure = TransportFailure(classifying: NIOSSLError.handshakeFailed(.sslError([])))
        XCTAssertEqual(failure, .tls("the TLS handshake failed"))
        XCTAssertEqual(
            TransportFailure(classifying: NIOSSLError.uncleanShutdown),
            .tls("the server closed the connection without ending TLS properly"))
        let sentence = ArchestraError.transport(failure, endpoint: "GET /api/statistics/overview").description
        XCTAssertFalse(sentence.contains("handshakeFailed"), sentence)
    }

    func testBoringSSLReasonsBecomeWords() {
        struct Stack: Error, CustomStringConvertible {
            var description: String {
                "sslError([Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at x.c:1])"
            }
        }
        XCTAssertEqual(TLSErrorText.reasons(of: Stack()), ["CERTIFICATE_VERIFY_FAILED"])
        XCTAssertEqual(TLSErrorText.words("SSLV3_ALERT_HANDSHAKE_FAILURE"), "sslv3 alert handshake failure")
    }

    func testAFailedHostNameCheckIsAMismatch() {
        let context = FailureContext(host: "archestra.corp", usesTLS: true, proxy: nil, sendsClientCertificate: false)
        XCTAssertEqual(
            TransportFailure(classifying: NIOSSLExtraError.failedToValidateHostname, context: context),
            .hostNameMismatch(host: "archestra.corp", nil))
    }

    func testWithAProxyConnectionTroubleIsTheProxys() throws {
        let proxy = try ProxyEndpoint(parsing: "http://user:pw@proxy.corp:3128", source: "HTTPS_PROXY")
        let context = FailureContext(host: "archestra.corp", usesTLS: true, proxy: proxy, sendsClientCertificate: false)
        XCTAssertEqual(
            TransportFailure(classifying: IOError(errnoCode: ECONNREFUSED, reason: "connect"), context: context),
            .proxyRefused(proxy: "http://proxy.corp:3128"))
        XCTAssertEqual(
            TransportFailure(classifying: SocketAddressError.unknown(host: "proxy.corp", port: 3128), context: context),
            .proxyHostNotFound(proxy: "http://proxy.corp:3128"))
        XCTAssertEqual(
            TransportFailure(classifying: HTTPClientError.proxyAuthenticationRequired, context: context),
            .proxyAuthenticationRequired(proxy: "http://proxy.corp:3128", credentialsSent: true))
        XCTAssertEqual(
            TransportFailure(classifying: HTTPClientError.invalidProxyResponse, context: context),
            .proxyTunnelFailed(proxy: "http://proxy.corp:3128"))
        XCTAssertEqual(TransportFailure(classifying: HTTPClientError.httpProxyHandshakeTimeout, context: context), .timeout)
        let sentence = ArchestraError.transport(
            .proxyAuthenticationRequired(proxy: proxy.description, credentialsSent: true),
            endpoint: "GET /health"
        ).description
        XCTAssertTrue(sentence.contains("rejected its credentials"), sentence)
        XCTAssertFalse(sentence.contains("pw"), sentence)
    }

    /// Issue 21 item 18: a proxy's own 403 is its refusal, not a server out of reach.
    func testAProxysOwnErrorIsItsRefusalWithItsStatus() throws {
        let proxy = try ProxyEndpoint(parsing: "http://proxy.corp:3128", source: "HTTP_PROXY")
        let context = FailureContext(host: "archestra.corp", usesTLS: false, proxy: proxy, sendsClientCertificate: false)
        let refused = TransportFailure(classifying: ProxyRefusal(status: 403), context: context)
        XCTAssertEqual(refused, .proxyAnswered(proxy: "http://proxy.corp:3128", status: 403))
        let sentence = ArchestraError.transport(refused, endpoint: "GET /api/agents").description
        XCTAssertTrue(sentence.contains("The proxy http://proxy.corp:3128 refused"), sentence)
        XCTAssertTrue(sentence.contains("403 Forbidden"), sentence)
        XCTAssertTrue(sentence.contains("NO_PROXY") && sentence.contains("proxy's rules"), sentence)
        XCTAssertFalse(sentence.contains("could not reach the server"), sentence)
        XCTAssertTrue(refused.needsAction, "retrying soon will not change the proxy's rules")
        XCTAssertEqual(refused.headline, "proxy refused (403)")

        let unreachable = TransportFailure.proxyAnswered(proxy: "http://proxy.corp:3128", status: 502)
        XCTAssertTrue(unreachable.sentence(endpoint: "GET /health").contains("could not reach the server (502 Bad Gateway)"))
        XCTAssertFalse(unreachable.needsAction)
    }

    func testOnlyAnswersTheProxyMarksAsItsOwnAreRefusals() {
        var squid = HTTPHeaders()
        squid.add(name: "X-Squid-Error", value: "ERR_ACCESS_DENIED 0")
        XCTAssertEqual(ProxyRefusal(status: 403, headers: squid)?.status, 403)
        var standard = HTTPHeaders()
        standard.add(name: "Proxy-Status", value: "proxy.corp; error=destination_ip_prohibited")
        XCTAssertEqual(ProxyRefusal(status: 403, headers: standard)?.status, 403)
        var passedOn = HTTPHeaders()
        passedOn.add(name: "Via", value: "1.1 proxy.corp (squid)")
        XCTAssertNil(ProxyRefusal(status: 403, headers: passedOn), "the server's own 403, passed on")
        XCTAssertNil(ProxyRefusal(status: 200, headers: squid))
    }

    func testAnythingElseIsOtherWithItsDescription() {
        struct Weird: Error, CustomStringConvertible { var description: String { "weird thing" } }
        XCTAssertEqual(TransportFailure(classifying: Weird()), .other("weird thing"))
    }
}
