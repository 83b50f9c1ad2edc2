import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class AuthenticationTests: XCTestCase {
    func testMissingWrongAndBearerKeysAreRejectedWithContractBody() async throws {
        let harness = try await startSimulator()
        for authorization in [nil, "arch_wrong", "Bearer \(demoKey)", String(demoKey.dropLast()), demoKey.uppercased(), ""] as [String?] {
            let result = try await harness.get("/api/agents", authorization: authorization)
            XCTAssertEqual(result.status, 401, "Authorization: \(authorization ?? "<none>")")
            XCTAssertEqual(result.errorType, "api_authentication_error")
            XCTAssertEqual(result.errorMessage, "Unauthenticated")
        }
        let accepted = try await harness.get("/api/agents")
        XCTAssertEqual(accepted.status, 200)
        XCTAssertEqual(accepted.headers["content-type"]?.hasPrefix("application/json"), true)
    }

    func testPublicRoutesNeedNoKey() async throws {
        let harness = try await startSimulator()
        let health = try await harness.get("/health", authorization: nil)
        XCTAssertEqual(health.status, 200)
        XCTAssertEqual(health.json?["name"], .string("Archestra Platform API"))
        XCTAssertEqual(health.json?["status"], .string("ok"))
        XCTAssertEqual(health.json?["version"], .string("1.4.0-beta.1"))
        let ready = try await harness.get("/ready", authorization: nil)
        XCTAssertEqual(ready.json?["database"], .string("connected"))
        let openAPI = try await harness.get("/openapi.json", authorization: nil)
        XCTAssertEqual(openAPI.json?["openapi"], .string("3.0.0"))
        XCTAssertEqual(openAPI.json?["info"]?["title"], .string("Archestra Platform API"))
        XCTAssertEqual(openAPI.json?["info"]?["version"], .string("1.4.0-beta.1"))
    }

    func testRotatingTheKeyLocksOutTheOldOne() async throws {
        let harness = try await startSimulator()
        await harness.simulator.setAPIKey("arch_rotated")
        let old = try await harness.get("/api/limits")
        XCTAssertEqual(old.status, 401)
        let new = try await harness.get("/api/limits", authorization: "arch_rotated")
        XCTAssertEqual(new.status, 200)
        await harness.simulator.setAPIKey(nil)
        let open = try await harness.get("/api/limits", authorization: nil)
        XCTAssertEqual(open.status, 200)
    }

    func testNoKeyOptionDisablesAuthentication() async throws {
        let harness = try await startSimulator { $0.apiKey = nil }
        let result = try await harness.get("/api/teams", authorization: nil)
        XCTAssertEqual(result.status, 200)
    }

    func testUnknownAPIPathIs404WithErrorBodyAndStillNeedsAKey() async throws {
        let harness = try await startSimulator()
        let unknown = try await harness.get("/api/nothing-here")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.errorType, "api_not_found_error")
        let unauthenticated = try await harness.get("/api/nothing-here", authorization: nil)
        XCTAssertEqual(unauthenticated.status, 401)
        let wrongMethod = try await harness.send(.PATCH, "/api/agents")
        XCTAssertEqual(wrongMethod.status, 404)
    }

    func testRequestsAreRecordedWithQueryAuthorizationAndBody() async throws {
        let harness = try await startSimulator()
        await harness.simulator.clearRecordedRequests()
        _ = try await harness.get("/api/agents?name=%E5%AE%A2%E6%9C%8D&limit=5", authorization: "Bearer nope")
        _ = try await harness.send(.POST, "/api/limits", body: #"{"limitValue":1}"#)
        let recorded = await harness.simulator.recordedRequests()
        XCTAssertEqual(recorded.count, 2)
        XCTAssertEqual(recorded[0].method, "GET")
        XCTAssertEqual(recorded[0].path, "/api/agents")
        XCTAssertEqual(recorded[0].query, ["name": "客服", "limit": "5"])
        XCTAssertEqual(recorded[0].authorization, "Bearer nope")
        XCTAssertNil(recorded[0].body)
        XCTAssertEqual(recorded[1].body, #"{"limitValue":1}"#)
        await harness.simulator.clearRecordedRequests()
        let cleared = await harness.simulator.recordedRequests()
        XCTAssertTrue(cleared.isEmpty)
    }

    func testRequestLogKeepsOnlyTheNewestEntries() {
        var log = RequestLog(capacity: 3)
        for index in 1...5 {
            log.append(RecordedRequest(method: "GET", path: "/\(index)", query: [:], authorization: nil, body: nil))
        }
        XCTAssertEqual(log.entries.map(\.path), ["/3", "/4", "/5"])
    }
}
