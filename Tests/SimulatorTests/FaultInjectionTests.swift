import ArchestraAPI
import AsyncHTTPClient
import Foundation
import XCTest

@testable import ArchestraSimulator

final class FaultInjectionTests: XCTestCase {
    func testStatusFaultAppliesToItsPrefixOnly() async throws {
        let harness = try await startSimulator()
        await harness.simulator.setFault(.status(503), forPathPrefix: "/api/limits")
        let limits = try await harness.get("/api/limits")
        XCTAssertEqual(limits.status, 503)
        XCTAssertEqual(limits.errorType, "api_service_unavailable_error")
        let agents = try await harness.get("/api/agents")
        XCTAssertEqual(agents.status, 200)
        await harness.simulator.setFault(nil, forPathPrefix: "/api/limits")
        let recovered = try await harness.get("/api/limits")
        XCTAssertEqual(recovered.status, 200)
    }

    func testMalformedJSONIs200ButNotJSON() async throws {
        let harness = try await startSimulator()
        await harness.simulator.setFault(.malformedJSON, forPathPrefix: "/api/agents")
        let result = try await harness.get("/api/agents")
        XCTAssertEqual(result.status, 200)
        XCTAssertFalse(result.body.isEmpty)
        XCTAssertNil(result.json)
    }

    func testTruncatedBodyFailsTheClientRead() async throws {
        let harness = try await startSimulator()
        await harness.simulator.setFault(.truncatedBody, forPathPrefix: "/api/teams")
        do {
            let result = try await harness.send(.GET, "/api/teams", timeout: .seconds(5))
            XCTFail("expected a transport error, got \(result.status) with \(result.body.count) bytes")
        } catch {
            // The body ended before Content-Length: AsyncHTTPClient reports a closed connection / premature end.
        }
        await harness.simulator.setFault(nil, forPathPrefix: "/api/teams")
        let healthy = try await harness.get("/api/teams")
        XCTAssertEqual(healthy.status, 200)
    }

    func testFailureRateOneFailsEveryAPIRequestButNotHealth() async throws {
        let harness = try await startSimulator { $0.failureRate = 1 }
        let result = try await harness.get("/api/agents")
        XCTAssertEqual(result.status, 500)
        XCTAssertEqual(result.errorMessage, "Simulated failure")
        XCTAssertEqual(result.errorType, "api_internal_server_error")
        let health = try await harness.get("/health")
        XCTAssertEqual(health.status, 200)
        await harness.simulator.setFailureRate(0)
        let fine = try await harness.get("/api/agents")
        XCTAssertEqual(fine.status, 200)
    }

    func testFailureRateHalfFailsSomeButNotAll() async throws {
        let harness = try await startSimulator { $0.failureRate = 0.5 }
        var statuses: [Int] = []
        for _ in 0..<30 {
            statuses.append(try await harness.get("/api/teams").status)
        }
        XCTAssertTrue(statuses.contains(500))
        XCTAssertTrue(statuses.contains(200))
        XCTAssertEqual(Set(statuses), [200, 500])
    }

    func testLatencyAndStallDelayResponses() async throws {
        let harness = try await startSimulator()
        await harness.simulator.setLatency(.milliseconds(300))
        let clock = ContinuousClock()
        let start = clock.now
        _ = try await harness.get("/health")
        XCTAssertGreaterThanOrEqual(clock.now - start, .milliseconds(300))
        await harness.simulator.setLatency(.zero)

        await harness.simulator.setFault(.stall(.seconds(5)), forPathPrefix: "/api/statistics")
        do {
            _ = try await harness.send(.GET, "/api/statistics/overview", timeout: .milliseconds(300))
            XCTFail("a stalled request should time out")
        } catch {}
        let quick = clock.now
        let other = try await harness.get("/api/teams")
        XCTAssertEqual(other.status, 200)
        XCTAssertLessThan(clock.now - quick, .seconds(1))
    }

    func testAdminSurfaceControlsFaultsAndInsertsAgents() async throws {
        let harness = try await startSimulator()
        let set = try await harness.send(
            .POST, "/__sim/faults", body: #"{"pathPrefix":"/api/limits","fault":"status:429","apiKey":"new-key"}"#, authorization: nil)
        XCTAssertEqual(set.status, 200)
        let oldKey = try await harness.get("/api/teams")
        XCTAssertEqual(oldKey.status, 401)
        let limited = try await harness.get("/api/limits", authorization: "new-key")
        XCTAssertEqual(limited.status, 429)

        let bad = try await harness.send(.POST, "/__sim/faults", body: #"{"fault":"explode"}"#, authorization: nil)
        XCTAssertEqual(bad.status, 400)

        let inserted = try await harness.send(
            .POST, "/__sim/agents", body: #"{"name":"From admin","agentType":"agent","scope":"org"}"#, authorization: nil)
        XCTAssertEqual(inserted.status, 200)

        let reset = try await harness.send(.POST, "/__sim/reset", body: nil, authorization: nil)
        XCTAssertEqual(reset.status, 200)
        let limits = try await harness.get("/api/limits")
        XCTAssertEqual(limits.status, 200, "reset restores the original key and clears faults")
        let found = try await harness.json("/api/agents?name=from%20admin")
        XCTAssertEqual(found.page("total"), 1)

        let requests = try await harness.send(.GET, "/__sim/requests", authorization: nil)
        let paths = requests.json?.arrayValue?.compactMap { $0["path"]?.stringValue } ?? []
        XCTAssertEqual(paths.last, "/api/agents")
        XCTAssertFalse(paths.contains { $0.hasPrefix("/__sim") })
    }

    func testImpossibleStatusCodesBecome500AndHugeLatencyIsRejected() async throws {
        let harness = try await startSimulator()
        await harness.simulator.setFault(.status(42), forPathPrefix: "/api/teams")
        let odd = try await harness.get("/api/teams")
        XCTAssertEqual(odd.status, 500)
        let huge = try await harness.send(.POST, "/__sim/faults", body: #"{"latencyMs":1e300}"#, authorization: nil)
        XCTAssertEqual(huge.status, 400)
        let healthy = try await harness.get("/health")
        XCTAssertEqual(healthy.status, 200)
    }

    func testFaultNamesParse() {
        XCTAssertEqual(SimulatorState.parseFault("malformed"), .malformedJSON)
        XCTAssertEqual(SimulatorState.parseFault("truncated"), .truncatedBody)
        XCTAssertEqual(SimulatorState.parseFault("stall:250"), .stall(.milliseconds(250)))
        XCTAssertEqual(SimulatorState.parseFault("status:503"), .status(503))
        XCTAssertNil(SimulatorState.parseFault("status:99"))
        XCTAssertNil(SimulatorState.parseFault("stall:-1"))
        XCTAssertNil(SimulatorState.parseFault(""))
    }
}
