import XCTest
@testable import ArchestraAPI
import ArchestraSimulator
@testable import DashboardCore

/// The store following an MCP reinstall against the simulator, on a clock the test moves: it asks
/// for the installation state once per second of that clock, and stops once the state settles.
final class StoreInstallFollowTests: XCTestCase {
    func installWindow(_ store: DashboardStore) -> ActionProgress? {
        if case .progress(let watch)? = store.latest().state.ui.overlay { return watch }
        return nil
    }

    func statusRequests(_ simulator: ArchestraSimulator, _ id: String) async -> Int {
        await simulator.recordedRequests().filter { $0.path == "/api/mcp_server/\(id)/installation-status" }.count
    }

    /// Waits for `condition`, moving the store's clock on meanwhile so a watch asleep on it wakes.
    func waitUntil(
        _ description: String, clock: ManualClock, timeout: TimeInterval = 10,
        _ condition: () async -> Bool
    ) async {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if await condition() { return }
            clock.advance(by: .milliseconds(250))
            try? await Task.sleep(for: .milliseconds(10))
        }
        XCTFail("timed out waiting for \(description)")
    }

    func testAReinstallIsFollowedToSuccessAndThenNoLongerAsked() async throws {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        let servers = try await client.mcpServers()
        let github = try XCTUnwrap(servers.first { $0.name == "github" })
        var state = CoreFixture.state(pane: .mcp)
        state.load(MCPRegistryResource.servers, [github])
        let clock = ManualClock()
        let store = DashboardStore(
            state: state, loader: RecordingLoader(), clock: clock.monotonic,
            editing: EditExecutor(client: client, journal: nil))

        await store.send(.key(.character("R")))
        await store.send(.key(.character("y")))
        await waitUntil("the reinstall is sent and its first state shown", clock: clock) {
            installWindow(store)?.states.first == "pending"
        }
        let reinstalls = await simulator.recordedRequests().filter { $0.method == "POST" }.map(\.path)
        XCTAssertEqual(reinstalls, ["/api/mcp_server/\(github.id)/reinstall"])

        // The server moves one phase at a time; each shows once the store's clock brings the next question.
        let phases = ["pending", "discovering-tools", "success"]
        for phase in 1..<phases.count {
            await simulator.tickTraffic()
            await waitUntil("\(phases[phase]) is shown", clock: clock) {
                guard let last = installWindow(store)?.states.last, let index = phases.firstIndex(of: last) else { return false }
                return index >= phase
            }
        }
        let window = try XCTUnwrap(installWindow(store))
        XCTAssertEqual(window.states.last, "success")
        XCTAssertTrue(window.states.allSatisfy(phases.contains), "\(window.states)")
        XCTAssertTrue(window.isSettled)
        XCTAssertNil(window.error)

        // Settled: however far the clock moves, nothing more is asked.
        let asked = await statusRequests(simulator, github.id)
        XCTAssertGreaterThanOrEqual(asked, 2, "the state was asked for again as the clock moved")
        for _ in 0..<10 {
            clock.advance(by: .seconds(1))
            try await Task.sleep(for: .milliseconds(30))  // room for a follow that wrongly went on to ask again
        }
        let askedAfter = await statusRequests(simulator, github.id)
        XCTAssertEqual(askedAfter, asked, "the follow stopped at success")
        await client.shutdown()
        await simulator.stop()
    }
}
