import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Knowledge bases, limits, MCP installs, team members and user statistics through the client.
final class ClientRegistryEditingTests: XCTestCase {
    func testKnowledgeBaseEditDeleteAndRestore() async throws {
        let fixture = try await startEditing()
        let created = try await fixture.client.createKnowledgeBase(
            body: .object(["name": .string("Runbooks"), "description": .string("Ops")]))
        XCTAssertEqual(created.name, "Runbooks")
        let cleared = try await fixture.client.updateKnowledgeBase(id: created.id, body: .object(["description": .null]))
        XCTAssertNil(cleared.description)
        let sent = await fixture.lastBody("PUT", "/api/knowledge-bases/\(created.id)")
        XCTAssertEqual(sent, .object(["description": .null]))
        let back = try await fixture.client.updateKnowledgeBase(id: created.id, body: .object(["description": .string("Back")]))
        XCTAssertEqual(back.description, "Back")
        let sentBack = await fixture.lastBody("PUT", "/api/knowledge-bases/\(created.id)")
        XCTAssertEqual(sentBack, .object(["description": .string("Back")]))

        try await fixture.client.deleteKnowledgeBase(id: created.id)
        let trash = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100, status: .deleted))
        XCTAssertEqual(trash.data.map(\.id), [created.id])
        let restored = try await fixture.client.restoreKnowledgeBase(id: created.id)
        XCTAssertEqual(restored?.name, "Runbooks")
        let live = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100))
        XCTAssertTrue(live.data.contains { $0.id == created.id })

        let unnamed = await fixture.failure { try await fixture.client.createKnowledgeBase(body: .object(["description": .string("x")])) }
        XCTAssertEqual(unnamed?.validationField, "name")
    }

    func testLimitsWithJSONBodiesAndNamedErrors() async throws {
        let fixture = try await startEditing()
        let teams = try await fixture.client.teams()
        let team = try XCTUnwrap(teams.data.first)
        let body: JSONValue = .object([
            "entityType": .string("team"), "entityId": .string(team.id), "limitType": .string("token_cost"),
            "limitValue": .number(75), "model": .array([.string("gpt-4.1")]), "cleanupInterval": .string("calendar_month"),
        ])
        let created = try await fixture.client.createLimit(body: body)
        XCTAssertEqual(created.limitValue, 75)
        let sent = await fixture.lastBody("POST", "/api/limits")
        XCTAssertEqual(sent, body)
        let allModels = try await fixture.client.updateLimit(id: created.id, body: .object(["model": .null]))
        XCTAssertEqual(allModels.raw["model"], .null)
        let raised = try await fixture.client.updateLimit(id: created.id, body: .object(["limitValue": .number(80), "model": .null]))
        let sentRaise = await fixture.lastBody("PATCH", "/api/limits/\(created.id)")
        XCTAssertEqual(sentRaise, .object(["limitValue": .number(80), "model": .null]))
        XCTAssertEqual(raised.limitValue, 80)

        let zero = await fixture.failure { try await fixture.client.updateLimit(id: created.id, body: .object(["limitValue": .number(0)])) }
        XCTAssertEqual(zero?.validationField, "limitValue")
        let nobody = await fixture.failure {
            try await fixture.client.createLimit(
                body: .object([
                    "entityType": .string("team"), "entityId": .string("no-such-team"), "limitType": .string("token_cost"),
                    "limitValue": .number(5),
                ]))
        }
        XCTAssertEqual(nobody?.validationField, "entityId")
        let noServer = await fixture.failure {
            try await fixture.client.createLimit(
                body: .object([
                    "entityType": .string("team"), "entityId": .string(team.id), "limitType": .string("mcp_server_calls"),
                    "limitValue": .number(5),
                ]))
        }
        XCTAssertEqual(noServer?.validationField, "mcpServerName")
        try await fixture.client.deleteLimit(id: created.id)
        let gone = await fixture.failure { try await fixture.client.limit(id: created.id) }
        XCTAssertEqual(gone?.isNotFound, true)
    }

    func testInstallingFromTheCatalogWithItsRequiredConfiguration() async throws {
        let fixture = try await startEditing()
        let catalog = try await fixture.client.catalog()
        let listed = try XCTUnwrap(catalog.first { $0.name == "github" })
        let github = try await fixture.client.catalogItem(id: listed.id)
        let needed = github.environmentEntries.filter(\.mustBeSupplied).map(\.key)
        XCTAssertEqual(needed, ["GITHUB_PERSONAL_ACCESS_TOKEN"])

        let missing = await fixture.failure {
            try await fixture.client.installMCPServer(body: .object(["name": .string("gh"), "catalogId": .string(github.id)]))
        }
        XCTAssertEqual(missing?.validationField, "environmentValues")
        XCTAssertEqual(missing?.validationFieldPath, ["environmentValues", "GITHUB_PERSONAL_ACCESS_TOKEN"])

        let body: JSONValue = .object([
            "name": .string("gh-platform"), "catalogId": .string(github.id), "scope": .string("org"),
            "environmentValues": .object(["GITHUB_PERSONAL_ACCESS_TOKEN": .string("ghp_secret"), "GITHUB_TOOLSETS": .string("repos")]),
        ])
        let installed = try await fixture.client.installMCPServer(body: body)
        XCTAssertEqual(installed.localInstallationStatus, .pending)
        XCTAssertEqual(installed.catalogName, "github")
        XCTAssertEqual(installed.raw["environmentValues"], .object(["GITHUB_TOOLSETS": .string("repos")]), "secrets are not echoed")
        let sent = await fixture.lastBody("POST", "/api/mcp_server")
        XCTAssertEqual(sent, body)

        await fixture.simulator.tickTraffic()
        let discovering = try await fixture.client.installationStatus(mcpServerID: installed.id)
        XCTAssertEqual(discovering.localInstallationStatus, .discoveringTools)
        await fixture.simulator.tickTraffic()
        let done = try await fixture.client.installationStatus(mcpServerID: installed.id)
        XCTAssertEqual(done.localInstallationStatus, .success)
        let tools = try await fixture.client.mcpServerTools(id: installed.id)
        XCTAssertFalse(tools.isEmpty, "a finished install has discovered its tools")
    }

    func testReinstallWithSettingsUninstallAndRestore() async throws {
        let fixture = try await startEditing()
        let servers = try await fixture.client.mcpServers()
        let server = try XCTUnwrap(servers.first { $0.name == "github" })
        let body: JSONValue = .object([
            "hibernationMode": .string("disabled"), "environmentValues": .object(["GITHUB_TOOLSETS": .string("issues")]),
        ])
        let reinstalled = try await fixture.client.reinstallMCPServer(id: server.id, body: body)
        XCTAssertEqual(reinstalled.localInstallationStatus, .pending)
        XCTAssertEqual(reinstalled.hibernationMode, "disabled")
        let sent = await fixture.lastBody("POST", "/api/mcp_server/\(server.id)/reinstall")
        XCTAssertEqual(sent, body)

        try await fixture.client.deleteMCPServer(id: server.id)
        let uninstalled = try await fixture.client.mcpServers(status: .deleted)
        XCTAssertEqual(uninstalled.map(\.id), [server.id])
        let restored = try await fixture.client.restoreMCPServer(id: server.id)
        XCTAssertEqual(restored?.id, server.id)
        let live = try await fixture.client.mcpServers(status: .active)
        XCTAssertTrue(live.contains { $0.id == server.id })
    }

    func testTeamMembersAndUserStatisticsCarryNames() async throws {
        let fixture = try await startEditing()
        let teams = try await fixture.client.teams()
        let team = try XCTUnwrap(teams.data.first)
        let members = try await fixture.client.teamMembers(teamID: team.id)
        XCTAssertFalse(members.isEmpty)
        XCTAssertTrue(members.allSatisfy { $0.teamId == team.id && $0.name?.isEmpty == false && $0.email?.contains("@") == true })

        let first = try await fixture.client.userStatistics(timeframe: .week, limit: 4, offset: 0)
        XCTAssertEqual(first.data.count, 4)
        XCTAssertTrue(first.pagination.hasNext)
        XCTAssertTrue(first.data.allSatisfy { $0.userName?.isEmpty == false && $0.userEmail?.contains("@") == true })
        let tokens = first.data.map(\.totalTokens)
        XCTAssertEqual(tokens, tokens.sorted(by: >), "largest first by default")
        let request = await fixture.simulator.recordedRequests().last { $0.path == "/api/statistics/users" }
        XCTAssertEqual(request?.query, ["timeframe": "7d", "limit": "4", "offset": "0"])

        let byName = try await fixture.client.userStatistics(
            timeframe: .day, query: UserStatisticsQuery(limit: 100, sortBy: "userName", sortDirection: "asc", includeModels: true))
        let names = byName.data.compactMap(\.userName)
        XCTAssertEqual(names, names.sorted { $0.lowercased() < $1.lowercased() })
        XCTAssertTrue(byName.data.contains { !$0.models.isEmpty })
    }
}
