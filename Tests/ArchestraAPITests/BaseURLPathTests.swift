import XCTest
import ArchestraSimulator
@testable import ArchestraAPI

/// A base URL with a path (an API behind a reverse proxy under `/archestra`) keeps it for every request.
final class BaseURLPathTests: XCTestCase {
    func testEveryRequestKeepsTheBasePath() async throws {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        options.pathPrefix = "/archestra"
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let key = options.apiKey.map(APIKey.init)
        let client = ArchestraClient(configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)/archestra/", apiKey: key))
        let agents = try await client.agents(AgentQuery())
        XCTAssertFalse(agents.data.isEmpty)
        _ = try await client.limits()
        _ = try await client.health()
        let paths = await simulator.recordedRequests().map(\.path)
        XCTAssertEqual(paths, ["/api/agents", "/api/limits", "/health"], "each went under /archestra (others answer 404)")

        let rootClient = ArchestraClient(configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)", apiKey: key))
        do {
            _ = try await rootClient.limits()
            XCTFail("the API is only under /archestra")
        } catch let error as ArchestraError {
            XCTAssertEqual(error.status, 404)
        }
        await client.shutdown()
        await rootClient.shutdown()
        await simulator.stop()
    }
}
