import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// The simulator's tool, policy and connector routes as raw HTTP: generation differences, validation
/// (a 400 changes nothing), determinism, and a sync that settles on the wall clock alone.
final class GuardrailRoutesTests: XCTestCase {
    private func firstToolID(_ harness: SimulatorHarness) async throws -> String {
        let page = try await harness.json("/api/tools")
        return try XCTUnwrap(page.dataItems.first?["id"]?.stringValue)
    }

    func testToolEndpointsFollowTheGeneration() async throws {
        let new = try await startSimulator { $0.generation = .v1_4 }
        let withAssignments = try await new.get("/api/tools/with-assignments?limit=2")
        XCTAssertEqual(withAssignments.status, 200)
        let newestTools = try await new.json("/api/tools?limit=2")
        XCTAssertEqual(newestTools.dataItems.count, 2, "the newest page /api/tools")
        let old = try await startSimulator { $0.generation = .v1_2 }
        let missing = try await old.get("/api/tools/with-assignments")
        XCTAssertEqual(missing.status, 404)
        let bare = try await old.jsonArray("/api/tools?limit=2")
        XCTAssertGreaterThan(bare.count, 2, "Gen A/B ignore the query and send every tool")
        XCTAssertNotNil(bare.first?["catalog"]?["name"]?.stringValue)
        let oldPolicies = try await old.jsonArray("/api/autonomy-policies/tool-invocation")
        XCTAssertNil(oldPolicies.first?["sortOrder"], "sortOrder is newest only")
    }

    func testTheSameSeedGivesTheSamePoliciesAndRuns() async throws {
        let first = try await startSimulator()
        let second = try await startSimulator()
        for path in ["/api/autonomy-policies/tool-invocation", "/api/trusted-data-policies"] {
            let a = try await first.jsonArray(path)
            XCTAssertFalse(a.isEmpty)
            let b = try await second.jsonArray(path)
            XCTAssertEqual(a.map { $0["id"] }, b.map { $0["id"] }, path)
        }
        let connectors = try await first.json("/api/connectors")
        let connectorID = try XCTUnwrap(connectors.dataItems.first?["id"]?.stringValue)
        let runsA = try await first.json("/api/connectors/\(connectorID)/runs").dataItems.map { $0["id"] }
        let runsB = try await second.json("/api/connectors/\(connectorID)/runs").dataItems.map { $0["id"] }
        XCTAssertEqual(runsA, runsB)
    }

    func testInvalidPolicyBodiesAre400AndChangeNothing() async throws {
        let harness = try await startSimulator { $0.generation = .v1_2 }
        let tools = try await harness.jsonArray("/api/tools")
        let toolID = try XCTUnwrap(tools.first?["id"]?.stringValue)
        let before = try await harness.jsonArray("/api/trusted-data-policies")
        let bodies = [
            #"{"toolId":"\#(toolID)","conditions":[],"action":"assign_labels"}"#,  // newest only
            #"{"toolId":"\#(toolID)","conditions":{},"action":"mark_as_trusted"}"#,
            #"{"toolId":"\#(toolID)","conditions":[{"key":"","operator":"equal","value":"x"}],"action":"mark_as_trusted"}"#,
            #"{"toolId":"\#(toolID)","conditions":[{"key":"a","operator":"equal"}],"action":"mark_as_trusted"}"#,
            #"{"toolId":"\#(toolID)","action":"mark_as_trusted"}"#,
            #"{"toolId":"\#(toolID)","conditions":[],"action":"mark_as_trusted","description":7}"#,
        ]
        for body in bodies {
            let result = try await harness.send(.POST, "/api/trusted-data-policies", body: body)
            XCTAssertEqual(result.status, 400, body)
            XCTAssertEqual(result.errorType, "api_validation_error", body)
        }
        let policyID = try XCTUnwrap(before.first?["id"]?.stringValue)
        let put = try await harness.send(
            .PUT, "/api/trusted-data-policies/\(policyID)", body: #"{"action":"mark_as_trusted","conditions":"x"}"#)
        XCTAssertEqual(put.status, 400)
        let after = try await harness.jsonArray("/api/trusted-data-policies")
        XCTAssertEqual(after, before)
        let newest = try await startSimulator { $0.generation = .v1_4 }
        let newestTool = try await firstToolID(newest)
        let labels = try await newest.send(
            .POST, "/api/trusted-data-policies", body: #"{"toolId":"\#(newestTool)","conditions":[],"action":"assign_labels"}"#)
        XCTAssertEqual(labels.status, 200, "assign_labels exists on the newest servers")
    }

    func testASyncSettlesOnTheWallClockWithinFiveSeconds() async throws {
        let harness = try await startSimulator()
        let connectors = try await harness.json("/api/connectors?limit=100")
        let connector = try XCTUnwrap(connectors.dataItems.first { $0["name"] == .string("Support space") })
        let id = try XCTUnwrap(connector["id"]?.stringValue)
        let started = try await harness.send(.POST, "/api/connectors/\(id)/sync")
        XCTAssertEqual(started.json?["status"], .string("queued"))
        var seen: [String] = []
        let clock = ContinuousClock()
        let end = clock.now + .milliseconds(5_500)
        while clock.now < end, seen.last != "success" {
            let status = try await harness.json("/api/connectors/\(id)")["lastSyncStatus"]?.stringValue ?? "?"
            if seen.last != status { seen.append(status) }
            try await Task.sleep(for: .milliseconds(200))
        }
        XCTAssertEqual(seen, ["queued", "running", "success"])
    }

    func testTrafficTicksLeaveSyncsToTheClockAndTheAdminRouteSkipsAPhase() async throws {
        let harness = try await startSimulator()
        let connectors = try await harness.json("/api/connectors?limit=100")
        let id = try XCTUnwrap(connectors.dataItems.first { $0["name"] == .string("Sales Notion") }?["id"]?.stringValue)
        _ = try await harness.send(.POST, "/api/connectors/\(id)/sync")
        await harness.simulator.tickTraffic()
        await harness.simulator.tickTraffic()
        let afterTicks = try await harness.json("/api/connectors/\(id)")
        XCTAssertEqual(afterTicks["lastSyncStatus"], .string("queued"), "a sync takes seconds even in a busy demo")
        let skip = try await harness.send(.POST, "/__sim/connector-syncs/skip-phase", authorization: nil)
        XCTAssertEqual(skip.status, 200)
        let afterSkip = try await harness.json("/api/connectors/\(id)")
        XCTAssertEqual(afterSkip["lastSyncStatus"], .string("running"))
    }

    func testTheStoreSaysWhichToolsAreBlockedAlwaysForTrafficToHonour() throws {
        let world = WorldSeeder.makeWorld(options: SimulatorOptions(), now: 1_800_000_000)
        let ids = Dictionary(world.toolEntries.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        let blocked = try XCTUnwrap(ids["jira__transition_issue"])
        XCTAssertEqual(world.guardrails.defaultAction(.toolInvocation, toolID: blocked), .blockAlways)
        let rulesOnly = try XCTUnwrap(ids["linear__list_issues"])
        XCTAssertNil(world.guardrails.defaultAction(.toolInvocation, toolID: rulesOnly))
        let sanitized = try XCTUnwrap(ids["archestra__delegate_to_agent"])
        XCTAssertEqual(world.guardrails.defaultAction(.trustedData, toolID: sanitized), .sanitizeWithDualLLM)
    }
}
