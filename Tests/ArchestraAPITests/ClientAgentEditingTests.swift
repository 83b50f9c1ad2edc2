import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Agent create, edit, clear, delete, restore and version history through the client, against the simulator.
final class ClientAgentEditingTests: XCTestCase {
    func testCreateAndUpdateWithJSONBodiesSendExactlyWhatWasGiven() async throws {
        let fixture = try await startEditing()
        let body: JSONValue = .object([
            "name": .string("Release Notes Bot"), "scope": .string("org"), "agentType": .string("agent"),
            "description": .string("Writes release notes"), "icon": .string("📝"),
        ])
        let created = try await fixture.client.createAgent(body: body)
        XCTAssertEqual(created.name, "Release Notes Bot")
        XCTAssertEqual(created.latestVersion, 1)
        let sentCreate = await fixture.lastBody("POST", "/api/agents")
        XCTAssertEqual(sentCreate, body)

        try await Task.sleep(for: .milliseconds(5))
        let update: JSONValue = .object(["description": .null, "systemPrompt": .string("Be brief")])
        let updated = try await fixture.client.updateAgent(id: created.id, body: update)
        let sentUpdate = await fixture.lastBody("PUT", "/api/agents/\(created.id)")
        XCTAssertEqual(sentUpdate, update)
        XCTAssertNil(updated.description, "null cleared the description")
        XCTAssertEqual(updated.systemPrompt, "Be brief")
        XCTAssertEqual(updated.icon, "📝", "members left out stay")
        XCTAssertEqual(updated.latestVersion, 2)
        XCTAssertGreaterThan(try XCTUnwrap(updated.updatedAtDate), try XCTUnwrap(created.updatedAtDate))
    }

    func testANullMemberClearsAFieldOfAGateway() async throws {
        let fixture = try await startEditing()
        let created = try await fixture.client.createAgent(
            body: .object([
                "name": .string("Cleared"), "agentType": .string("mcp_gateway"), "scope": .string("org"),
                "description": .string("temporary"),
            ]))
        let cleared = try await fixture.client.updateAgent(id: created.id, body: .object(["description": .null]))
        let sent = await fixture.lastBody("PUT", "/api/agents/\(created.id)")
        XCTAssertEqual(sent, .object(["description": .null]))
        XCTAssertNil(cleared.description)
        XCTAssertEqual(cleared.raw["description"], .null)
        XCTAssertEqual(cleared.name, "Cleared", "members left out stay")
    }

    func testValidationErrorsNameTheField() async throws {
        let fixture = try await startEditing()
        let noName = await fixture.failure { try await fixture.client.createAgent(body: .object(["scope": .string("org")])) }
        XCTAssertEqual(noName?.validationField, "name")
        let teamWithoutTeams = await fixture.failure {
            try await fixture.client.createAgent(
                body: .object(["name": .string("T"), "agentType": .string("agent"), "scope": .string("team")]))
        }
        XCTAssertEqual(teamWithoutTeams?.validationField, "teams")
        let badType = await fixture.failure {
            try await fixture.client.createAgent(
                body: .object(["name": .string("P"), "scope": .string("org"), "agentType": .string("llm_proxy")]))
        }
        XCTAssertEqual(badType?.validationField, "agentType", "1.4 creates no LLM proxies through /api/agents")
        let halfModel = await fixture.failure {
            try await fixture.client.createAgent(
                body: .object([
                    "name": .string("M"), "agentType": .string("agent"), "scope": .string("org"),
                    "modelId": .string("94e1b7c3-5a2d-4f8e-a6c9-0d3b7e1f5a28"),
                ]))
        }
        XCTAssertEqual(halfModel?.validationField, "llmApiKeyId")
        XCTAssertEqual(halfModel?.status, 400)
    }

    func testDeleteListTheTrashAndRestore() async throws {
        let fixture = try await startEditing()
        let created = try await fixture.client.createAgent(
            body: .object([
                "name": .string("Short-lived"), "agentType": .string("agent"), "scope": .string("personal"),
            ]))
        try await fixture.client.deleteAgent(id: created.id)
        let trash = try await fixture.client.agents(AgentQuery(limit: 100, status: .deleted))
        XCTAssertTrue(trash.data.contains { $0.id == created.id && $0.deletedAt != nil })
        let trashRequest = await fixture.simulator.recordedRequests().last { $0.path == "/api/agents" }
        XCTAssertEqual(trashRequest?.query["status"], "deleted")

        let restored = try await fixture.client.restoreAgent(id: created.id)
        XCTAssertEqual(restored?.id, created.id)
        XCTAssertNil(restored?.deletedAt)
        let sent = await fixture.lastBody("POST", "/api/agents/\(created.id)/restore")
        XCTAssertEqual(sent, .object([:]))
        let live = try await fixture.client.agent(id: created.id)
        XCTAssertEqual(live.name, "Short-lived")
        let again = await fixture.failure { try await fixture.client.restoreAgent(id: created.id) }
        XCTAssertEqual(again?.isNotFound, true, "an agent that is not in the trash cannot be restored")
    }

    func testVersionHistoryAndRestoringAVersion() async throws {
        let fixture = try await startEditing()
        let created = try await fixture.client.createAgent(
            body: .object([
                "name": .string("Versioned"), "agentType": .string("agent"), "scope": .string("org"), "description": .string("first"),
            ]))
        _ = try await fixture.client.updateAgent(id: created.id, body: .object(["description": .string("second")]))
        let third = try await fixture.client.updateAgent(
            id: created.id, body: .object(["name": .string("Versioned (renamed)"), "description": .null]))
        XCTAssertEqual(third.latestVersion, 3)

        let history = try await fixture.client.agentVersions(id: created.id)
        XCTAssertEqual(history.data.map(\.version), [3, 2, 1], "newest first")
        XCTAssertEqual(history.pagination.total, 3)
        XCTAssertEqual(history.data.map(\.source), ["update", "update", "create"])
        XCTAssertTrue(history.data.allSatisfy { $0.snapshot == nil && $0.agentId == created.id })
        let page = try await fixture.client.agentVersions(id: created.id, limit: 1, offset: 1)
        XCTAssertEqual(page.data.map(\.version), [2])
        XCTAssertTrue(page.pagination.hasNext)

        let first = try await fixture.client.agentVersion(id: created.id, version: 1)
        XCTAssertEqual(first.snapshot?["description"], .string("first"))
        XCTAssertEqual(first.snapshot?["name"], .string("Versioned"))
        XCTAssertNotNil(first.createdByName)

        let restored = try await fixture.client.restoreAgentVersion(id: created.id, version: 1, baseVersion: 3)
        XCTAssertEqual(restored.name, "Versioned")
        XCTAssertEqual(restored.description, "first")
        XCTAssertEqual(restored.latestVersion, 4, "a restore is a new version")
        let sent = await fixture.lastBody("POST", "/api/agents/\(created.id)/versions/1/restore")
        XCTAssertEqual(sent, .object(["baseVersion": .number(3)]))
        let newest = try await fixture.client.agentVersion(id: created.id, version: 4)
        XCTAssertEqual(newest.source, "restore")
        XCTAssertEqual(newest.restoredFromVersion, 1)

        let stale = await fixture.failure { try await fixture.client.restoreAgentVersion(id: created.id, version: 2, baseVersion: 3) }
        XCTAssertEqual(stale?.status, 409, "the history moved on since version 3")
        let missing = await fixture.failure { try await fixture.client.agentVersion(id: created.id, version: 99) }
        XCTAssertEqual(missing?.isNotFound, true)
    }

    func testLLMProxyIdentityProviderIsSetAndCleared() async throws {
        let fixture = try await startEditing()
        let set = try await fixture.client.updateLLMProxy(identityProviderId: "okta-acme")
        XCTAssertEqual(set.identityProviderId, "okta-acme")
        let sentSet = await fixture.lastBody("PATCH", "/api/llm-proxy")
        XCTAssertEqual(sentSet, .object(["identityProviderId": .string("okta-acme")]))
        let cleared = try await fixture.client.updateLLMProxy(identityProviderId: nil)
        XCTAssertNil(cleared.identityProviderId)
        let sentClear = await fixture.simulator.recordedRequests().last { $0.method == "PATCH" }?.body
        XCTAssertEqual(sentClear, #"{"identityProviderId":null}"#, "the key is always sent, null turns JWT off")
        let unknown = await fixture.failure { try await fixture.client.updateLLMProxy(identityProviderId: "nobody") }
        XCTAssertEqual(unknown?.isNotFound, true)
        XCTAssertEqual(
            unknown.map { if case .http(_, _, let message, _) = $0 { return message } else { return "" } }, "Identity provider not found")
    }
}
