import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// The real binary with `--demo`, in a private tmux server.
final class DemoEndToEndTests: XCTestCase {
    /// The names the demo's simulator seeds (same default seed), learned over HTTP from a twin.
    func seededAgentNames() async throws -> [String] {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        let twin = ArchestraSimulator(options: options)
        let port = try await twin.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init)))
        let page = try await client.agents(AgentQuery(limit: 20, offset: 0))
        await client.shutdown()
        await twin.stop()
        return page.data.map(\.name)
    }

    func testDemoShowsSimulatorAgentsAndQuitsCleanly() async throws {
        let names = try await seededAgentNames()
        XCTAssertFalse(names.isEmpty)
        let binary = try Binaries.path("archestra-tui")
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --demo --refresh 0.5",
            environment: ["XDG_STATE_HOME": TestFolders.state])
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("2")
        // ASCII names only: tmux's capture shows wide characters reliably, but plain names are unambiguous.
        let expected = names.filter { $0.allSatisfy(\.isASCII) }.prefix(3)
        XCTAssertFalse(expected.isEmpty, "the seed should have ASCII-named agents on the first page: \(names)")
        let screen = try session.waitFor("agent names from the simulator", timeout: 10) { screen in
            expected.allSatisfy { screen.contains(String($0.prefix(16))) }
        }
        XCTAssertTrue(screen.contains("Agents"), screen)
        try session.send("q")
        try session.waitFor(text: "EXITED:0", timeout: 5)
    }
}
