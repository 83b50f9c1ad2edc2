import ArchestraAPI
import NIOHTTP1
import XCTest

@testable import ArchestraSimulator

final class AgentMutationTests: XCTestCase {
    private func agentID(named name: String, in harness: SimulatorHarness) async throws -> String {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
        let page = try await harness.json("/api/agents?name=\(encoded)")
        return try XCTUnwrap(page.dataItems.first?["id"]?.stringValue, "no agent named \(name)")
    }

    func testUnknownIdIs404AgentNotFound() async throws {
        let harness = try await startSimulator()
        for method in [HTTPMethodName.get, .put, .delete] {
            let result = try await harness.send(
                method.nio, "/api/agents/00000000-0000-4000-8000-000000000000", body: method == .put ? "{}" : nil)
            XCTAssertEqual(result.status, 404, "\(method)")
            XCTAssertEqual(result.errorType, "api_not_found_error")
            XCTAssertEqual(result.errorMessage, "Agent not found")
        }
    }

    func testCreateValidatesRequiredFieldsAndTeamScope() async throws {
        let harness = try await startSimulator()
        let cases = [
            #"{"scope":"org"}"#,
            #"{"name":"","scope":"org"}"#,
            #"{"name":"No scope"}"#,
            #"{"name":"Bad scope","scope":"galaxy"}"#,
            #"{"name":"Team without teams","scope":"team"}"#,
            #"{"name":"Unknown team","scope":"team","teams":["nope"]}"#,
            #"{"name":"Half model","scope":"org","modelId":"94e1b7c3-5a2d-4f8e-a6c9-0d3b7e1f5a28"}"#,
            #"{"name":"Bad flag","scope":"org","isDefault":"yes"}"#,
            #"[1,2]"#,
            "not json",
        ]
        for body in cases {
            let result = try await harness.send(.POST, "/api/agents", body: body)
            XCTAssertEqual(result.status, 400, body)
            XCTAssertEqual(result.errorType, "api_validation_error", body)
        }
        let stillAll = try await harness.json("/api/agents")
        XCTAssertEqual(stillAll.page("total"), 48)
    }

    func testCreateDefaultsToMCPGatewayAndAppearsFirst() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.json("/api/teams")
        let teamID = try XCTUnwrap(teams.dataItems.first?["id"]?.stringValue)
        let created = try await harness.send(
            .POST, "/api/agents",
            body: """
                {"name":"Nightly <script>alert(1)</script> \\u0000","scope":"team","teams":["\(teamID)"],"description":"x","labels":[{"key":"env","value":"dev"}],"futureField":{"a":1}}
                """)
        XCTAssertEqual(created.status, 200, created.body)
        let agent = try XCTUnwrap(created.json)
        XCTAssertEqual(agent["agentType"], .string("mcp_gateway"))
        XCTAssertEqual(agent["name"], .string("Nightly <script>alert(1)</script> \u{0}"))
        XCTAssertEqual(agent["teams"]?.arrayValue?.first?["id"], .string(teamID))
        XCTAssertEqual(agent["labels"]?.arrayValue?.first?["key"], .string("env"))
        XCTAssertNotNil(agent["labels"]?.arrayValue?.first?["keyId"]?.stringValue)
        XCTAssertEqual(agent["futureField"]?["a"], .number(1))
        XCTAssertEqual(agent["deletedAt"], .null)
        let list = try await harness.json("/api/agents?limit=1")
        XCTAssertEqual(list.dataItems.first?["id"], agent["id"])
        XCTAssertEqual(list.page("total"), 49)
        let fetched = try await harness.json("/api/agents/\(agent["id"]?.stringValue ?? "")")
        XCTAssertEqual(fetched, agent)
    }

    func testUpdateMergesOnlySentFields() async throws {
        let harness = try await startSimulator()
        let id = try await agentID(named: "Research Assistant", in: harness)
        let before = try await harness.json("/api/agents/\(id)")
        let updated = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"description":"Now with citations","icon":null}"#)
        XCTAssertEqual(updated.status, 200, updated.body)
        let after = try XCTUnwrap(updated.json)
        XCTAssertEqual(after["description"], .string("Now with citations"))
        XCTAssertEqual(after["icon"], .null)
        XCTAssertEqual(after["name"], before["name"])
        XCTAssertEqual(after["teams"], before["teams"])
        XCTAssertEqual(after["systemPrompt"], before["systemPrompt"])
        XCTAssertEqual(after["latestVersion"]?.doubleValue, (before["latestVersion"]?.doubleValue ?? 0) + 1)
        XCTAssertNotEqual(after["updatedAt"], before["updatedAt"])

        let renamed = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"name":"Research Helper","scope":"org"}"#)
        XCTAssertEqual(renamed.json?["name"], .string("Research Helper"))
        XCTAssertEqual(renamed.json?["teams"], .array([]))
        let found = try await harness.json("/api/agents?name=research%20helper")
        XCTAssertEqual(found.page("total"), 1)

        let invalid = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"name":""}"#)
        XCTAssertEqual(invalid.status, 400)
        let toTeamWithoutTeams = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"scope":"team"}"#)
        XCTAssertEqual(toTeamWithoutTeams.status, 400)
    }

    func testUpdatingABulkAgentKeepsItsShape() async throws {
        let harness = try await startSimulator { $0.agentCount = 60 }
        let id = try await agentID(named: "Billing Agent 1", in: harness)
        let before = try await harness.json("/api/agents/\(id)")
        let updated = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"description":"edited"}"#)
        let after = try XCTUnwrap(updated.json?.objectValue)
        XCTAssertEqual(Set(after.keys), Set(before.objectValue?.keys ?? [:].keys))
        XCTAssertEqual(after["description"], .string("edited"))
        XCTAssertEqual(after["createdAt"], before["createdAt"])
    }

    func testSoftDeleteHidesFromListsAndGet() async throws {
        let harness = try await startSimulator()
        let id = try await agentID(named: "FAQ Bot", in: harness)
        let deleted = try await harness.send(.DELETE, "/api/agents/\(id)")
        XCTAssertEqual(deleted.status, 200)
        XCTAssertEqual(deleted.json, .object(["success": .bool(true)]))
        let list = try await harness.json("/api/agents?limit=100")
        XCTAssertEqual(list.page("total"), 47)
        XCTAssertFalse(list.dataItems.contains { $0["id"]?.stringValue == id })
        let get = try await harness.get("/api/agents/\(id)")
        XCTAssertEqual(get.status, 404)
        let again = try await harness.send(.DELETE, "/api/agents/\(id)")
        XCTAssertEqual(again.status, 404)
        let trash = try await harness.json("/api/agents?status=deleted")
        XCTAssertEqual(trash.dataItems.count, 1)
        XCTAssertEqual(trash.dataItems.first?["id"]?.stringValue, id)
        XCTAssertNotEqual(trash.dataItems.first?["deletedAt"], .null)
    }

    func testBuiltInAgentsAndPersonalGatewaysCannotBeDeleted() async throws {
        let harness = try await startSimulator()
        let builtIn = try await agentID(named: "Dual LLM Main Agent", in: harness)
        let gateway = try await agentID(named: "Dana's MCP Gateway", in: harness)
        for id in [builtIn, gateway] {
            let result = try await harness.send(.DELETE, "/api/agents/\(id)")
            XCTAssertEqual(result.status, 403)
            XCTAssertEqual(result.errorType, "api_authorization_error")
        }
        let list = try await harness.json("/api/agents")
        XCTAssertEqual(list.page("total"), 48)
    }

    func testDefaultPersonalGatewayIsTheCallersGateway() async throws {
        let harness = try await startSimulator()
        let gateway = try await harness.json("/api/mcp-gateways/default")
        XCTAssertEqual(gateway["name"], .string("Dana's MCP Gateway"))
        XCTAssertEqual(gateway["isPersonalGateway"], .bool(true))
        XCTAssertEqual(gateway["agentType"], .string("mcp_gateway"))
        XCTAssertEqual(gateway["scope"], .string("personal"))
        let collection = try await harness.get("/api/mcp-gateways")
        XCTAssertEqual(collection.status, 404)
    }

    func testInsertedAgentIsStoredAsGiven() async throws {
        let harness = try await startSimulator()
        await harness.simulator.insertAgent(
            .object([
                "name": .string("\u{1B}[31mred\u{1B}[0m ‮evil"),
                "agentType": .string("quantum_router"),
                "scope": .string("org"),
                "mystery": .array([.number(1), .null]),
                "deletedAt": .null,
            ]))
        let list = try await harness.json("/api/agents?limit=1")
        let agent = try XCTUnwrap(list.dataItems.first?.objectValue)
        XCTAssertEqual(agent["name"], .string("\u{1B}[31mred\u{1B}[0m ‮evil"))
        XCTAssertEqual(agent["agentType"], .string("quantum_router"))
        XCTAssertEqual(agent["mystery"], .array([.number(1), .null]))
        XCTAssertNotNil(agent["id"]?.stringValue)
        XCTAssertNotNil(agent["organizationId"]?.stringValue)
        XCTAssertNotNil(agent["createdAt"]?.stringValue)
        XCTAssertNil(agent["teams"], "fields the test left out stay out")
        XCTAssertEqual(list.page("total"), 49)
    }
}

/// HTTP methods by name, so test tables can list them.
enum HTTPMethodName: String {
    case get, put, delete

    var nio: HTTPMethod {
        switch self {
        case .get: return .GET
        case .put: return .PUT
        case .delete: return .DELETE
        }
    }
}

final class AgentExtrasTests: XCTestCase {
    func testEditingAnInsertedAgentWithHostileNumbersDoesNotTrap() async throws {
        let harness = try await startSimulator()
        await harness.simulator.insertAgent(
            .object([
                "id": .string("hostile-1"), "name": .string("Hostile"), "agentType": .string("agent"), "scope": .string("org"),
                "latestVersion": .number(1e300), "createdAt": .string("not a date"),
            ]))
        let updated = try await harness.send(.PUT, "/api/agents/hostile-1", body: #"{"description":"ok"}"#)
        XCTAssertEqual(updated.status, 200, updated.body)
        XCTAssertEqual(updated.json?["description"], .string("ok"))
        XCTAssertEqual(updated.json?["createdAt"], .string("not a date"), "stored as given")
    }

    func testRestoreBringsADeletedAgentBack() async throws {
        let harness = try await startSimulator()
        let page = try await harness.json("/api/agents?name=faq%20bot")
        let id = try XCTUnwrap(page.dataItems.first?["id"]?.stringValue)
        let notDeleted = try await harness.send(.POST, "/api/agents/\(id)/restore")
        XCTAssertEqual(notDeleted.status, 404)
        _ = try await harness.send(.DELETE, "/api/agents/\(id)")
        let restored = try await harness.send(.POST, "/api/agents/\(id)/restore")
        XCTAssertEqual(restored.status, 200)
        XCTAssertEqual(restored.json?["deletedAt"], .null)
        let list = try await harness.json("/api/agents")
        XCTAssertEqual(list.page("total"), 48)
    }

    func testLabelKeysAndValues() async throws {
        let harness = try await startSimulator()
        let keys = try await harness.json("/api/agents/labels/keys")
        XCTAssertEqual(keys, JSON.strings(["cost-center", "environment", "tier"]))
        let values = try await harness.json("/api/agents/labels/values?key=environment")
        XCTAssertEqual(values, JSON.strings(["production", "staging"]))
        let missing = try await harness.get("/api/agents/labels/values")
        XCTAssertEqual(missing.status, 400)
    }

    func testInstallingAnMCPServerStartsPending() async throws {
        let harness = try await startSimulator()
        let catalog = try await harness.jsonArray("/api/internal_mcp_catalog")
        let notion = try XCTUnwrap(catalog.first { $0["name"] == .string("notion") }?["id"]?.stringValue)
        let missing = try await harness.send(.POST, "/api/mcp_server", body: #"{"name":"x"}"#)
        XCTAssertEqual(missing.status, 400)
        let unknown = try await harness.send(.POST, "/api/mcp_server", body: #"{"name":"x","catalogId":"nope"}"#)
        XCTAssertEqual(unknown.status, 400)
        let installed = try await harness.send(
            .POST, "/api/mcp_server", body: "{\"name\":\"notion\",\"catalogId\":\"\(notion)\",\"scope\":\"org\"}")
        XCTAssertEqual(installed.status, 200, installed.body)
        XCTAssertEqual(installed.json?["localInstallationStatus"], .string("pending"))
        XCTAssertEqual(installed.json?["catalogName"], .string("notion"))
        let id = try XCTUnwrap(installed.json?["id"]?.stringValue)
        await harness.simulator.tickTraffic()
        await harness.simulator.tickTraffic()
        let status = try await harness.json("/api/mcp_server/\(id)/installation-status")
        XCTAssertEqual(status["localInstallationStatus"], .string("success"))
    }
}
