import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// MCP servers, catalog, knowledge bases, connectors and teams.
final class RegistryTests: XCTestCase {
    func testServersCoverEveryInstallationState() async throws {
        let harness = try await startSimulator()
        let servers = try await harness.jsonArray("/api/mcp_server")
        XCTAssertGreaterThanOrEqual(servers.count, 6)
        let states = Set(servers.compactMap { $0["localInstallationStatus"]?.stringValue })
        XCTAssertTrue(states.isSuperset(of: ["success", "pending", "discovering-tools", "error"]), "\(states)")
        let failed = try XCTUnwrap(servers.first { $0["localInstallationStatus"] == .string("error") })
        XCTAssertTrue(failed["localInstallationError"]?.stringValue?.contains("ImagePullBackOff") == true)
        XCTAssertEqual(servers.filter { $0["reinstallRequired"] == .bool(true) }.count, 1)
        XCTAssertEqual(servers.filter { $0["oauthRefreshError"]?.stringValue != nil }.count, 1)
        let catalog = try await harness.jsonArray("/api/internal_mcp_catalog")
        XCTAssertGreaterThanOrEqual(catalog.count, 6)
    }

    func testReinstallWalksThroughPendingAndDiscoveringToSuccess() async throws {
        let harness = try await startSimulator()
        let servers = try await harness.jsonArray("/api/mcp_server")
        let failed = try XCTUnwrap(servers.first { $0["localInstallationStatus"] == .string("error") }?["id"]?.stringValue)

        let reinstalled = try await harness.send(.POST, "/api/mcp_server/\(failed)/reinstall", body: "{}")
        XCTAssertEqual(reinstalled.status, 200)
        XCTAssertEqual(reinstalled.json?["localInstallationStatus"], .string("pending"))
        XCTAssertEqual(reinstalled.json?["reinstallRequired"], .bool(false))
        XCTAssertEqual(reinstalled.json?["localInstallationError"], .null)

        await harness.simulator.tickTraffic()
        let discovering = try await harness.json("/api/mcp_server/\(failed)/installation-status")
        XCTAssertEqual(discovering, .object(["localInstallationStatus": .string("discovering-tools"), "localInstallationError": .null]))
        await harness.simulator.tickTraffic()
        let done = try await harness.json("/api/mcp_server/\(failed)/installation-status")
        XCTAssertEqual(done["localInstallationStatus"], .string("success"))
    }

    func testServerToolsDeleteAnd404() async throws {
        let harness = try await startSimulator()
        let servers = try await harness.jsonArray("/api/mcp_server")
        let github = try XCTUnwrap(servers.first { $0["name"] == .string("github") }?["id"]?.stringValue)
        let tools = try await harness.jsonArray("/api/mcp_server/\(github)/tools")
        XCTAssertEqual(tools.compactMap { $0["name"]?.stringValue }.first, "github__search_issues")
        XCTAssertTrue(tools.allSatisfy { $0["assignedAgentCount"]?.doubleValue == Double($0["assignedAgents"]?.arrayValue?.count ?? -1) })

        let deleted = try await harness.send(.DELETE, "/api/mcp_server/\(github)")
        XCTAssertEqual(deleted.json, .object(["success": .bool(true)]))
        let gone = try await harness.get("/api/mcp_server/\(github)")
        XCTAssertEqual(gone.status, 404)
        XCTAssertEqual(gone.errorType, "api_not_found_error")
        let remaining = try await harness.jsonArray("/api/mcp_server")
        XCTAssertEqual(remaining.count, servers.count - 1)
        let trash = try await harness.jsonArray("/api/mcp_server?status=deleted")
        XCTAssertEqual(trash.count, 1)
    }

    func testKnowledgeBasesPaginateSearchAndReportHealth() async throws {
        let harness = try await startSimulator()
        let page = try await harness.json("/api/knowledge-bases?limit=2")
        XCTAssertEqual(page.dataItems.count, 2)
        XCTAssertEqual(page.page("total"), 6)
        XCTAssertEqual(page.page("totalPages"), 3)
        let search = try await harness.json("/api/knowledge-bases?search=POLICIES")
        XCTAssertEqual(search.dataItems.compactMap { $0["name"]?.stringValue }, ["HR Policies"])
        let hrID = try XCTUnwrap(search.dataItems.first?["id"]?.stringValue)
        let health = try await harness.json("/api/knowledge-bases/\(hrID)/health")
        XCTAssertEqual(
            health, .object(["status": .string("unhealthy"), "message": .string("No embedding model is configured for the organization")]))
        let reduced = try await harness.json("/api/knowledge-bases/\(hrID)")
        XCTAssertNil(reduced["connectors"])
        XCTAssertEqual(reduced["name"], .string("HR Policies"))
    }

    func testKnowledgeBaseCreateUpdateDelete() async throws {
        let harness = try await startSimulator()
        let missing = try await harness.send(.POST, "/api/knowledge-bases", body: #"{"description":"no name"}"#)
        XCTAssertEqual(missing.status, 400)
        let created = try await harness.send(.POST, "/api/knowledge-bases", body: #"{"name":"Runbooks","description":null}"#)
        let id = try XCTUnwrap(created.json?["id"]?.stringValue)
        XCTAssertEqual(created.json?["status"], .string("active"))
        let updated = try await harness.send(.PUT, "/api/knowledge-bases/\(id)", body: #"{"description":"On-call runbooks"}"#)
        XCTAssertEqual(updated.json?["description"], .string("On-call runbooks"))
        XCTAssertEqual(updated.json?["name"], .string("Runbooks"))
        _ = try await harness.send(.DELETE, "/api/knowledge-bases/\(id)")
        let gone = try await harness.get("/api/knowledge-bases/\(id)")
        XCTAssertEqual(gone.status, 404)
        let list = try await harness.json("/api/knowledge-bases")
        XCTAssertEqual(list.page("total"), 6)
    }

    func testConnectorsFilterByKnowledgeBase() async throws {
        let harness = try await startSimulator()
        let all = try await harness.json("/api/connectors")
        XCTAssertEqual(all.page("total"), 7)
        let kbs = try await harness.json("/api/knowledge-bases?search=support%20playbooks")
        let kbID = try XCTUnwrap(kbs.dataItems.first?["id"]?.stringValue)
        let connectors = try await harness.json("/api/connectors?knowledgeBaseId=\(kbID)")
        XCTAssertEqual(Set(connectors.dataItems.compactMap { $0["name"]?.stringValue }), ["Support space", "Zendesk macros"])
        let statuses = Set(all.dataItems.compactMap { $0["lastSyncStatus"]?.stringValue })
        XCTAssertTrue(statuses.contains("failed") && statuses.contains("running"))
    }

    func testTeamsArePaginated() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.json("/api/teams?limit=2&offset=2")
        XCTAssertEqual(teams.page("total"), 5)
        XCTAssertEqual(teams.page("currentPage"), 2)
        XCTAssertEqual(teams.dataItems.count, 2)
        let named = try await harness.json("/api/teams?name=support")
        XCTAssertEqual(named.dataItems.first?["name"], .string("Support"))
        let members = try await harness.jsonArray("/api/teams/\(named.dataItems.first?["id"]?.stringValue ?? "")/members")
        XCTAssertEqual(members.first?["email"], .string("dana@acme.example"))
    }
}
