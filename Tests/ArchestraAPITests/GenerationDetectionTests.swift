import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// `detectGeneration()` against the simulator: the reported version decides, probes only stand in for it.
final class GenerationDetectionTests: XCTestCase {
    private var simulator: ArchestraSimulator?
    private var client: ArchestraClient?

    private func start(_ generation: APIGeneration) async throws -> (ArchestraSimulator, ArchestraClient) {
        var options = SimulatorOptions()
        options.generation = generation
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        self.simulator = simulator
        self.client = client
        return (simulator, client)
    }

    override func tearDown() async throws {
        await client?.shutdown()
        await simulator?.stop()
    }

    private func paths(_ simulator: ArchestraSimulator) async -> [String] {
        await simulator.recordedRequests().map(\.path)
    }

    func testA12ServerWhoseSingletonPathAnswers200IsStill12() async throws {
        let (simulator, client) = try await start(.v1_2)
        // Some 1.2 deployments answer unknown paths with 200 (a catch-all page); the old probe took that for 1.4.
        await simulator.setFault(.status(200), forPathPrefix: "/api/llm-proxy")
        let generation = try await client.detectGeneration()
        XCTAssertEqual(generation, .v1_2)
        let asked = await paths(simulator)
        XCTAssertEqual(asked, ["/health"], "the version answered; nothing was probed")
    }

    func testA14ServerIsDetectedFromItsPreReleaseVersion() async throws {
        let (simulator, client) = try await start(.v1_4)
        let version = try await client.reportedVersion()
        XCTAssertEqual(version, "1.4.0-beta.1")
        let generation = try await client.detectGeneration()
        XCTAssertEqual(generation, .v1_4)
        let asked = await paths(simulator)
        XCTAssertFalse(asked.contains { $0.hasPrefix("/api/llm-proxy") })
    }

    func testTheOpenAPIVersionStandsInWhenHealthHasNone() async throws {
        let (simulator, client) = try await start(.v1_2)
        await simulator.setFault(.status(503), forPathPrefix: "/health")
        await simulator.setFault(.status(200), forPathPrefix: "/api/llm-proxy")
        let generation = try await client.detectGeneration()
        XCTAssertEqual(generation, .v1_2)
        let asked = await paths(simulator)
        XCTAssertEqual(asked, ["/health", "/openapi.json"])
    }

    func testEndpointsAreProbedOnlyWhenNoVersionIsReported() async throws {
        let (simulator, client) = try await start(.v1_2)
        await simulator.setFault(.status(500), forPathPrefix: "/health")
        await simulator.setFault(.status(500), forPathPrefix: "/openapi.json")
        let version = try await client.reportedVersion()
        XCTAssertNil(version)
        await simulator.clearRecordedRequests()
        let generation = try await client.detectGeneration()
        XCTAssertEqual(generation, .v1_2)
        let asked = await paths(simulator)
        XCTAssertEqual(asked, ["/health", "/openapi.json", "/api/llm-proxy", "/api/llm-proxy/default"])
    }

    func testEveryCallAsksTheServerAgain() async throws {
        let (simulator, client) = try await start(.v1_2)
        let first = try await client.detectGeneration()
        // After a reconnect the server may have been upgraded: the second answer must come from the server.
        await simulator.setFault(.status(500), forPathPrefix: "/health")
        await simulator.setFault(.status(500), forPathPrefix: "/openapi.json")
        await simulator.setFault(.status(200), forPathPrefix: "/api/llm-proxy")
        let second = try await client.detectGeneration()
        XCTAssertEqual(first, .v1_2)
        XCTAssertEqual(second, .v1_4, "the probe's answer, not a remembered one")
        let healthRequests = await paths(simulator).filter { $0 == "/health" }.count
        XCTAssertEqual(healthRequests, 2)
    }

    func testAnUnreachableServerIsReportedNotGuessed() async throws {
        let (simulator, client) = try await start(.v1_4)
        await simulator.stop()
        do {
            _ = try await client.detectGeneration()
            XCTFail("expected a transport failure")
        } catch let error as ArchestraError {
            guard case .transport = error else { return XCTFail("\(error)") }
        }
    }
}
