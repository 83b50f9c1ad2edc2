import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class LimitTests: XCTestCase {
    func testCreateRequiresFieldsAndTypeSpecificNames() async throws {
        let harness = try await startSimulator()
        let invalid = [
            #"{"entityId":"x","limitType":"token_cost","limitValue":5}"#,
            #"{"entityType":"team","limitType":"token_cost","limitValue":5}"#,
            #"{"entityType":"team","entityId":"x","limitValue":5}"#,
            #"{"entityType":"team","entityId":"x","limitType":"token_cost"}"#,
            #"{"entityType":"team","entityId":"x","limitType":"token_cost","limitValue":-1}"#,
            #"{"entityType":"team","entityId":"x","limitType":"token_cost","limitValue":"5"}"#,
            #"{"entityType":"planet","entityId":"x","limitType":"token_cost","limitValue":5}"#,
            #"{"entityType":"team","entityId":"x","limitType":"tool_calls","limitValue":5,"mcpServerName":"github"}"#,
            #"{"entityType":"team","entityId":"x","limitType":"mcp_server_calls","limitValue":5}"#,
            #"{"entityType":"team","entityId":"x","limitType":"token_cost","limitValue":5,"cleanupInterval":"2d"}"#,
        ]
        for body in invalid {
            let result = try await harness.send(.POST, "/api/limits", body: body)
            XCTAssertEqual(result.status, 400, body)
            XCTAssertEqual(result.errorType, "api_validation_error", body)
        }
        let count = try await harness.jsonArray("/api/limits").count
        XCTAssertEqual(count, 8)
    }

    func testCreatePatchDelete() async throws {
        let harness = try await startSimulator()
        let firstAgentID = try await harness.json("/api/agents?limit=1").dataItems.first?["id"]?.stringValue
        let agentID = try XCTUnwrap(firstAgentID)
        let created = try await harness.send(
            .POST, "/api/limits",
            body: """
                {"entityType":"agent","entityId":"\(agentID)","limitType":"token_cost","limitValue":12.5,"model":["gpt-4.1"],"cleanupInterval":"calendar_week_sunday"}
                """)
        XCTAssertEqual(created.status, 200, created.body)
        let limit = try XCTUnwrap(created.json)
        let id = try XCTUnwrap(limit["id"]?.stringValue)
        XCTAssertNil(limit["modelUsage"])
        XCTAssertNil(limit["labels"])
        XCTAssertEqual(limit["limitValue"], .number(12.5))

        let listed = try await harness.jsonArray("/api/limits?entityId=\(agentID)")
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed.first?["modelUsage"], .array([]))

        let patched = try await harness.send(.PATCH, "/api/limits/\(id)", body: #"{"limitValue":20,"cleanupInterval":"1h"}"#)
        XCTAssertEqual(patched.json?["limitValue"], .number(20))
        XCTAssertEqual(patched.json?["cleanupInterval"], .string("1h"))
        XCTAssertEqual(patched.json?["entityId"], .string(agentID))
        XCTAssertNotEqual(patched.json?["lastCleanup"], .null)

        let deleted = try await harness.send(.DELETE, "/api/limits/\(id)")
        XCTAssertEqual(deleted.json, .object(["success": .bool(true)]))
        let gone = try await harness.get("/api/limits/\(id)")
        XCTAssertEqual(gone.status, 404)
        XCTAssertEqual(gone.errorMessage, "Limit not found")
    }

    func testFiltersAndBadEnumValues() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.jsonArray("/api/limits?entityType=team")
        XCTAssertEqual(teams.count, 2)
        let toolCalls = try await harness.jsonArray("/api/limits?limitType=tool_calls")
        XCTAssertEqual(toolCalls.count, 1)
        let labelled = try await harness.jsonArray("/api/limits?labels=budget:monthly")
        XCTAssertEqual(labelled.count, 1)
        let bad = try await harness.get("/api/limits?limitType=coins")
        XCTAssertEqual(bad.status, 400)
    }

    func testUsagePastThresholdDropsBackToItsSeededShare() throws {
        var world = WorldSeeder.makeWorld(options: SimulatorOptions(), now: 1_788_876_191)
        let userLimit = try XCTUnwrap(world.limits.firstIndex { $0.document.text("entityType") == "user" && $0.resetRatio > 1 })
        let userID = try XCTUnwrap(world.limits[userLimit].document.text("entityId"))
        let agent = try XCTUnwrap(world.agents.rows.firstIndex { $0.authorID == userID && !$0.builtIn })
        let value = try XCTUnwrap(world.limits[userLimit].document.numeric("limitValue"))
        let before = world.limits[userLimit].totalCost
        XCTAssertEqual(before / value, 1.04, accuracy: 0.0001)

        let model = try XCTUnwrap(ModelInfo.index(named: "gpt-4o-mini"))
        let team = world.billingTeam(ofAgent: agent)
        func event(cost: Double, at time: Double) -> TrafficEvent {
            TrafficEvent(
                agent: agent, team: team, user: world.billingUser(ofAgent: agent), model: model, channel: 3,
                sample: UsageSample(inputTokens: 10, cost: cost), time: time)
        }
        LimitCharging.charge(&world, for: event(cost: 0.1 * value, at: 1_788_876_200))
        XCTAssertEqual(world.limits[userLimit].totalCost / value, 1.14, accuracy: 0.0001)
        LimitCharging.charge(&world, for: event(cost: 0.2 * value, at: 1_788_876_300))
        XCTAssertEqual(world.limits[userLimit].totalCost / value, 1.04, accuracy: 0.0001, "crossing 130 % resets to the seeded share")
        XCTAssertEqual(world.limits[userLimit].document.text("lastCleanup"), Timestamp.iso(1_788_876_300))
    }
}
