import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// Installs move through their states on the wall clock alone, as a console polling every second sees them.
final class InstallationProgressTests: XCTestCase {
    /// Polls `installation-status` of each id every 250 ms for `duration`, keeping each new state seen.
    private func watch(_ ids: [String], on harness: SimulatorHarness, for duration: Duration) async throws -> [String: [String]] {
        var seen: [String: [String]] = [:]
        let clock = ContinuousClock()
        let end = clock.now + duration
        while clock.now < end {
            for id in ids {
                let status = try await harness.json("/api/mcp_server/\(id)/installation-status")
                let state = status["localInstallationStatus"]?.stringValue ?? "?"
                if seen[id]?.last != state { seen[id, default: []].append(state) }
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        return seen
    }

    func testAnInstallSucceedsAndTheBrokenImageFailsWithinFiveSeconds() async throws {
        let harness = try await startSimulator()  // no traffic generator: only the clock moves installs
        let catalog = try await harness.jsonArray("/api/internal_mcp_catalog")
        let notion = try XCTUnwrap(catalog.first { $0["name"] == .string("notion") }?["id"]?.stringValue)
        let broken = try XCTUnwrap(catalog.first { $0["name"] == .string("broken-image") }?["id"]?.stringValue)
        let good = try await harness.send(.POST, "/api/mcp_server", body: #"{"name":"notion-2","catalogId":"\#(notion)","scope":"org"}"#)
        let bad = try await harness.send(.POST, "/api/mcp_server", body: #"{"name":"crm","catalogId":"\#(broken)"}"#)
        let goodID = try XCTUnwrap(good.json?["id"]?.stringValue)
        let badID = try XCTUnwrap(bad.json?["id"]?.stringValue)
        XCTAssertEqual(bad.json?["localInstallationStatus"], .string("pending"))

        let seen = try await watch([goodID, badID], on: harness, for: .milliseconds(5_200))
        XCTAssertEqual(seen[goodID], ["pending", "discovering-tools", "success"])
        XCTAssertEqual(seen[badID], ["pending", "error"])
        let failed = try await harness.json("/api/mcp_server/\(badID)/installation-status")
        XCTAssertEqual(failed["localInstallationError"], .string(CatalogInstallSeed.failingItemError))
        let server = try await harness.json("/api/mcp_server/\(badID)")
        XCTAssertNotEqual(server["updatedAt"], bad.json?["updatedAt"], "each phase moves updatedAt")
    }

    func testReinstallingTheBrokenImageFailsAgainAndASeededFailureRecovers() async throws {
        let harness = try await startSimulator()
        let catalog = try await harness.jsonArray("/api/internal_mcp_catalog")
        let broken = try XCTUnwrap(catalog.first { $0["name"] == .string("broken-image") }?["id"]?.stringValue)
        let installed = try await harness.send(.POST, "/api/mcp_server", body: #"{"name":"crm","catalogId":"\#(broken)"}"#)
        let id = try XCTUnwrap(installed.json?["id"]?.stringValue)
        await harness.simulator.tickTraffic()
        let failed = try await harness.json("/api/mcp_server/\(id)/installation-status")
        XCTAssertEqual(failed["localInstallationStatus"], .string("error"))

        let reinstalled = try await harness.send(.POST, "/api/mcp_server/\(id)/reinstall", body: "{}")
        XCTAssertEqual(reinstalled.json?["localInstallationStatus"], .string("pending"))
        XCTAssertEqual(reinstalled.json?["localInstallationError"], .null)
        await harness.simulator.tickTraffic()
        let again = try await harness.json("/api/mcp_server/\(id)/installation-status")
        XCTAssertEqual(again["localInstallationStatus"], .string("error"))
        XCTAssertTrue(again["localInstallationError"]?.stringValue?.contains("ImagePullBackOff") == true)
    }
}
