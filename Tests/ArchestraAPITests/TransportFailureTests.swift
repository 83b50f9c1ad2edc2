import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import XCTest
@testable import ArchestraAPI

/// How NIO and AsyncHTTPClient errors become a `TransportFailure` a person can act on.
final class TransportFailureTests: XCTestCase {
    func testTimeoutsOfEveryKind() {
        for error in [HTTPClientError.deadlineExceeded, .readTimeout, .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout] {
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

    func testTLSErrorsKeepTheirDetail() {
        let failure = TransportFailure(classifying: NIOSSLError.handshakeFailed(.sslError([])))
        guard case .tls(let detail) = failure else { return XCTFail("\(failure)") }
        XCTAssertTrue(detail.contains("handshakeFailed"), detail)
    }

    func testAnythingElseIsOtherWithItsDescription() {
        struct Weird: Error, CustomStringConvertible { var description: String { "weird thing" } }
        XCTAssertEqual(TransportFailure(classifying: Weird()), .other("weird thing"))
    }
}
