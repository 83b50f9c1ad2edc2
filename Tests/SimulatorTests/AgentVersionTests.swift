import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// `/api/agents/{id}/versions…`: made-up histories for seeded agents, one version per change, restores.
final class AgentVersionTests: XCTestCase {
    private func agent(named name: String, in harness: SimulatorHarness) async throws -> JSONValue {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
        let page = try await harness.json("/api/agents?name=\(encoded)")
        return try XCTUnwrap(page.dataItems.first, "no agent named \(name)")
    }

    func testASeededAgentHasOneVersionPerLatestVersionEndingWithItsCurrentConfig() async throws {
        let harness = try await startSimulator()
        let agent = try await agent(named: "Research Assistant", in: harness)
        let id = try XCTUnwrap(agent["id"]?.stringValue)
        let latest = try XCTUnwrap(agent["latestVersion"]?.doubleValue.map(Int.init))
        let history = try await harness.json("/api/agents/\(id)/versions?limit=100")
        XCTAssertEqual(history.page("total"), Double(latest))
        let numbers = history.dataItems.compactMap { $0["versionNumber"]?.doubleValue.map(Int.init) }
        XCTAssertEqual(numbers, Array((1...latest).reversed()), "newest first")
        XCTAssertTrue(history.dataItems.allSatisfy { $0["snapshot"] == nil }, "lists leave the snapshot out")
        XCTAssertEqual(history.dataItems.last?["source"], .string("create"))

        let newest = try await harness.json("/api/agents/\(id)/versions/\(latest)")
        XCTAssertEqual(newest["snapshot"]?["name"], agent["name"])
        XCTAssertEqual(newest["snapshot"]?["description"], agent["description"])
        XCTAssertNil(newest["snapshot"]?["teams"], "sharing is not versioned")
        if latest > 1 {
            let older = try await harness.json("/api/agents/\(id)/versions/\(latest - 1)")
            XCTAssertTrue(older["snapshot"]?["description"]?.stringValue?.hasPrefix("Draft ") == true)
        }
    }

    func testABulkAgentStartsWithOneVersionAndEveryUpdateAddsOne() async throws {
        let harness = try await startSimulator { $0.agentCount = 120 }
        let oldest = try await harness.json("/api/agents?sortBy=createdAt&sortDirection=asc&limit=1")
        let id = try XCTUnwrap(oldest.dataItems.first?["id"]?.stringValue)
        let before = try await harness.json("/api/agents/\(id)/versions")
        XCTAssertEqual(before.page("total"), 1)

        for text in ["one", "two"] {
            let updated = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"description":"\#(text)"}"#)
            XCTAssertEqual(updated.status, 200, updated.body)
        }
        let agent = try await harness.json("/api/agents/\(id)")
        XCTAssertEqual(agent["latestVersion"], .number(3))
        let after = try await harness.json("/api/agents/\(id)/versions")
        XCTAssertEqual(after.dataItems.compactMap { $0["source"]?.stringValue }, ["update", "update", "create"])
        let second = try await harness.json("/api/agents/\(id)/versions/2")
        XCTAssertEqual(second["snapshot"]?["description"], .string("one"))
        XCTAssertEqual(second["createdByName"], .string("Dana Whitfield"), "the API key's owner made the change")
    }

    func testRestoringAVersionAppliesItsConfigAsANewVersionAndKeepsSharing() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.json("/api/teams")
        let teamID = try XCTUnwrap(teams.dataItems.first?["id"]?.stringValue)
        let created = try await harness.send(
            .POST, "/api/agents", body: #"{"name":"Drafts","scope":"org","agentType":"agent","description":"v1"}"#)
        let id = try XCTUnwrap(created.json?["id"]?.stringValue)
        let edited = try await harness.send(
            .PUT, "/api/agents/\(id)",
            body: """
                {"description":"v2","systemPrompt":"new prompt","scope":"team","teams":["\(teamID)"]}
                """)
        XCTAssertEqual(edited.json?["latestVersion"], .number(2))
        let editedAt = try XCTUnwrap(edited.json?["updatedAt"]?.stringValue)
        try await Task.sleep(for: .milliseconds(5))

        let restored = try await harness.send(.POST, "/api/agents/\(id)/versions/1/restore", body: #"{"baseVersion":2}"#)
        XCTAssertEqual(restored.status, 200, restored.body)
        let agent = try XCTUnwrap(restored.json)
        XCTAssertEqual(agent["description"], .string("v1"))
        XCTAssertEqual(agent["systemPrompt"], created.json?["systemPrompt"])
        XCTAssertEqual(agent["latestVersion"], .number(3))
        XCTAssertEqual(agent["scope"], .string("team"), "scope and teams are live state, not restored")
        XCTAssertEqual(agent["teams"]?.arrayValue?.first?["id"], .string(teamID))
        XCTAssertGreaterThan(try XCTUnwrap(agent["updatedAt"]?.stringValue), editedAt)
        let third = try await harness.json("/api/agents/\(id)/versions/3")
        XCTAssertEqual(third["source"], .string("restore"))
        XCTAssertEqual(third["restoredFromVersion"], .number(1))

        let noBody = try await harness.send(.POST, "/api/agents/\(id)/versions/2/restore")
        XCTAssertEqual(noBody.status, 200, "baseVersion is optional (last write wins)")
        XCTAssertEqual(noBody.json?["latestVersion"], .number(4))
    }

    func testConflictsAndBadVersions() async throws {
        let harness = try await startSimulator()
        let created = try await harness.send(.POST, "/api/agents", body: #"{"name":"C","scope":"org","agentType":"agent"}"#)
        let id = try XCTUnwrap(created.json?["id"]?.stringValue)
        _ = try await harness.send(.PUT, "/api/agents/\(id)", body: #"{"description":"changed"}"#)

        let stale = try await harness.send(.POST, "/api/agents/\(id)/versions/1/restore", body: #"{"baseVersion":1}"#)
        XCTAssertEqual(stale.status, 409)
        XCTAssertEqual(stale.errorType, "api_conflict_error")
        XCTAssertEqual(stale.json?["error"]?["internal_code"], .string("agent_version_conflict"))
        let unchanged = try await harness.json("/api/agents/\(id)")
        XCTAssertEqual(unchanged["latestVersion"], .number(2), "a refused restore changes nothing")

        let badBase = try await harness.send(.POST, "/api/agents/\(id)/versions/1/restore", body: #"{"baseVersion":"two"}"#)
        XCTAssertEqual(badBase.status, 400)
        XCTAssertEqual(ValidationMessage.field(in: badBase.errorMessage ?? ""), "baseVersion")
        let notANumber = try await harness.get("/api/agents/\(id)/versions/latest")
        XCTAssertEqual(notANumber.status, 400)
        XCTAssertEqual(notANumber.errorMessage, "params/version must be a positive integer")
        let missing = try await harness.get("/api/agents/\(id)/versions/9")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.errorMessage, "Agent version not found")

        _ = try await harness.send(.DELETE, "/api/agents/\(id)")
        let deleted = try await harness.get("/api/agents/\(id)/versions")
        XCTAssertEqual(deleted.status, 404, "a deleted agent's history is hidden with it")
    }
}
