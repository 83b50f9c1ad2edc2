import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Failure modes and wire details of the client, against the simulator over loopback.
final class ClientFailureModesTests: XCTestCase {
    private var simulator: ArchestraSimulator?
    private var client: ArchestraClient?

    private func start(timeout: TimeInterval = 5) async throws -> (ArchestraSimulator, ArchestraClient) {
        var options = SimulatorOptions()
        options.agentCount = 10
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: timeout))
        self.simulator = simulator
        self.client = client
        return (simulator, client)
    }

    override func tearDown() async throws {
        await client?.shutdown()
        await simulator?.stop()
    }

    func testStalledServerTimesOutWithinTheConfiguredTimeout() async throws {
        let (simulator, client) = try await start(timeout: 0.5)
        await simulator.setFault(.stall(.seconds(5)), forPathPrefix: "/api/limits")
        let started = Date()
        do {
            _ = try await client.limits()
            XCTFail("expected a timeout")
        } catch let error as ArchestraError {
            XCTAssertEqual(error, .transport(.timeout, endpoint: "GET /api/limits"))
            XCTAssertTrue(error.isRetryable)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 3, "gave up long before the server answered")
    }

    func testTruncatedBodyIsATransportFailureNotGarbage() async throws {
        let (simulator, client) = try await start()
        await simulator.setFault(.truncatedBody, forPathPrefix: "/api/teams")
        do {
            _ = try await client.teams()
            XCTFail("expected a failure")
        } catch let error as ArchestraError {
            XCTAssertEqual(error, .transport(.connectionClosed, endpoint: "GET /api/teams"))
            XCTAssertTrue(error.isRetryable)
        }
    }

    func testReadinessFaultBodyIsAnErrorAndNormalReadinessIsOK() async throws {
        let (simulator, client) = try await start()
        let ready = try await client.readiness()
        XCTAssertEqual(ready.status, "ok")
        await simulator.setFault(.status(503), forPathPrefix: "/ready")
        do {
            _ = try await client.readiness()
            XCTFail("an error envelope is not a readiness report")
        } catch let error as ArchestraError {
            XCTAssertEqual(error.status, 503)
        }
    }

    func testQueryValuesArriveIntactAndWritesSendOnlySetFields() async throws {
        let (simulator, client) = try await start()
        _ = try await client.agents(AgentQuery(limit: 7, name: "a&b c=d/é", agentTypes: [.agent, .profile], labels: "env:prod|dev;team:x"))
        let list = await simulator.recordedRequests().last { $0.path == "/api/agents" }
        XCTAssertEqual(list?.query["name"], "a&b c=d/é")
        XCTAssertEqual(list?.query["agentTypes"], "agent,profile")
        XCTAssertEqual(list?.query["labels"], "env:prod|dev;team:x")
        XCTAssertEqual(list?.query["limit"], "7")

        // Limits must name an existing entity: borrow the organization id of a seeded limit.
        let seededOrganizationID = try await client.limits(LimitQuery(entityType: .organization)).first?.entityId
        let orgID = try XCTUnwrap(seededOrganizationID)
        let created = try await client.createLimit(
            body: .object([
                "entityType": .string("organization"), "entityId": .string(orgID), "limitType": .string("token_cost"),
                "limitValue": .number(42.5),
            ]))
        XCTAssertEqual(created.limitValue, 42.5)
        let post = await simulator.recordedRequests().last { $0.method == "POST" && $0.path == "/api/limits" }
        let body = try XCTUnwrap(post?.body.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) })
        XCTAssertEqual(
            body,
            .object([
                "entityType": .string("organization"), "entityId": .string(orgID),
                "limitType": .string("token_cost"), "limitValue": .number(42.5),
            ]))
    }

    func testOversizedResponseIsRefusedNotBuffered() async throws {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        self.simulator = simulator
        let port = try await simulator.start()
        var configuration = try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init))
        configuration.maxResponseBytes = 512
        let client = ArchestraClient(configuration: configuration)
        self.client = client
        do {
            _ = try await client.allAgents()
            XCTFail("expected the size cap to trip")
        } catch let error as ArchestraError {
            XCTAssertEqual(error, .decoding(endpoint: "GET /api/agents/all", detail: "the response is larger than 512 bytes"))
        }
        let health = try await client.health()
        XCTAssertEqual(health.status, "ok", "small answers still pass")
    }

    func testUnknownIdWithSlashesStaysOneSegment() async throws {
        let (simulator, client) = try await start()
        do {
            _ = try await client.agent(id: "../limits")
            XCTFail("expected 404")
        } catch let error as ArchestraError {
            XCTAssertTrue(error.isNotFound, "\(error)")
        }
        let last = await simulator.recordedRequests().last
        XCTAssertNotEqual(last?.path, "/api/limits", "the id must not climb out of /api/agents")
    }
}
