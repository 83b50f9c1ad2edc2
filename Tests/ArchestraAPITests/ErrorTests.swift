import Foundation
import XCTest
@testable import ArchestraAPI

final class ErrorTests: XCTestCase {
    private func body(forStatus status: String) throws -> [UInt8] {
        let all = try Fixture.json("errors-by-status")
        let entry = try XCTUnwrap(all[status], "no example for \(status)")
        return Array(try JSONEncoder().encode(entry))
    }

    func testEveryExampleStatusParsesToTheRightError() throws {
        let expected: [(Int, String, String)] = [
            (400, "api_validation_error", "An agent's model and API key must be set together"),
            (401, "api_authentication_error", "Unauthenticated"),
            (403, "api_authorization_error", "Forbidden"),
            (404, "api_not_found_error", "Agent not found"),
            (409, "api_conflict_error", "A team with this name already exists"),
            (500, "api_internal_server_error", "Internal server error"),
            (503, "api_service_unavailable_error", "Kubernetes runtime is not available"),
        ]
        for (status, type, message) in expected {
            let error = ArchestraError.fromResponse(status: status, body: try body(forStatus: String(status)), endpoint: "GET /api/agents")
            XCTAssertEqual(error, .http(status: status, type: type, message: message, endpoint: "GET /api/agents"))
            XCTAssertEqual(error.status, status)
        }
    }

    func testStatusPredicatesAndRetryability() throws {
        func error(_ status: Int) -> ArchestraError { .http(status: status, type: nil, message: "x", endpoint: "GET /x") }
        XCTAssertTrue(error(401).isUnauthorized)
        XCTAssertTrue(error(403).isForbidden)
        XCTAssertTrue(error(404).isNotFound)
        XCTAssertFalse(error(404).isUnauthorized)
        for status in [400, 401, 403, 404, 409] { XCTAssertFalse(error(status).isRetryable, "\(status)") }
        for status in [429, 500, 502, 503] { XCTAssertTrue(error(status).isRetryable, "\(status)") }
        XCTAssertTrue(ArchestraError.transport(.timeout, endpoint: "GET /x").isRetryable)
        XCTAssertTrue(ArchestraError.decoding(endpoint: "GET /x", detail: "bad").isRetryable)
        XCTAssertFalse(ArchestraError.invalidConfiguration("bad").isRetryable)
        XCTAssertNil(ArchestraError.transport(.timeout, endpoint: "GET /x").status)
    }

    func testBodyWithoutErrorEnvelopeFallsBackToStatusText() {
        let html = Array("<html>Bad gateway</html>".utf8)
        XCTAssertEqual(
            ArchestraError.fromResponse(status: 502, body: html, endpoint: "GET /api/limits"),
            .http(status: 502, type: nil, message: "Bad Gateway", endpoint: "GET /api/limits")
        )
        XCTAssertEqual(
            ArchestraError.fromResponse(status: 418, body: [], endpoint: "GET /x").description.hasPrefix("418 HTTP 418 on GET /x"), true)
    }

    func testStringErrorBodyOfMetricsAndDataPlane() {
        let body = Array(#"{"error":"Unauthorized","message":"bad secret"}"#.utf8)
        XCTAssertEqual(
            ArchestraError.fromResponse(status: 401, body: body, endpoint: "GET /metrics"),
            .http(status: 401, type: nil, message: "bad secret", endpoint: "GET /metrics")
        )
    }

    func testDescriptionsArePlainSentencesAPersonCanActOn() {
        XCTAssertEqual(
            ArchestraError.http(status: 401, type: "api_authentication_error", message: "Unauthenticated", endpoint: "GET /api/agents")
                .description,
            "401 Unauthenticated on GET /api/agents: the API key was rejected — set ARCHESTRA_API_KEY or --api-key-file"
        )
        XCTAssertEqual(
            ArchestraError.decoding(endpoint: "GET /api/agents", detail: "the body is empty, expected JSON").description,
            "Could not read the response of GET /api/agents: the body is empty, expected JSON"
        )
        XCTAssertTrue(
            ArchestraError.transport(.connectionRefused, endpoint: "GET /health").description.contains("is the Archestra server running"))
        XCTAssertTrue(ArchestraError.transport(.timeout, endpoint: "GET /api/limits").description.contains("timed out"))
        XCTAssertEqual(ArchestraError.invalidConfiguration("Invalid base URL").description, "Invalid base URL")
    }
}
