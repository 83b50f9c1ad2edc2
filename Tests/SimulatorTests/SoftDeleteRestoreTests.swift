import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// Trash and restore for agents, knowledge bases and MCP servers; limits are deleted for good.
final class SoftDeleteRestoreTests: XCTestCase {
    func testKnowledgeBaseTrashAndRestore() async throws {
        let harness = try await startSimulator()
        let bases = try await harness.json("/api/knowledge-bases")
        let base = try XCTUnwrap(bases.dataItems.first)
        let id = try XCTUnwrap(base["id"]?.stringValue)
        let live = try await harness.send(.POST, "/api/knowledge-bases/\(id)/restore")
        XCTAssertEqual(live.status, 404, "only the trash is searched")
        XCTAssertEqual(live.errorMessage, "Knowledge base not found")

        _ = try await harness.send(.DELETE, "/api/knowledge-bases/\(id)")
        let hidden = try await harness.json("/api/knowledge-bases")
        XCTAssertEqual(hidden.page("total"), (bases.page("total") ?? 0) - 1)
        let trash = try await harness.json("/api/knowledge-bases?status=deleted")
        XCTAssertEqual(trash.dataItems.compactMap { $0["id"]?.stringValue }, [id])
        let deletedAt = try XCTUnwrap(trash.dataItems.first?["deletedAt"]?.stringValue)

        try await Task.sleep(for: .milliseconds(5))
        let restored = try await harness.send(.POST, "/api/knowledge-bases/\(id)/restore")
        XCTAssertEqual(restored.status, 200, restored.body)
        XCTAssertEqual(restored.json?["deletedAt"], .null)
        XCTAssertEqual(restored.json?["name"], base["name"])
        XCTAssertGreaterThan(try XCTUnwrap(restored.json?["updatedAt"]?.stringValue), deletedAt)
        let back = try await harness.json("/api/knowledge-bases")
        XCTAssertEqual(back.page("total"), bases.page("total"))
    }

    func testMCPServerUninstallAndRestore() async throws {
        let harness = try await startSimulator()
        let servers = try await harness.jsonArray("/api/mcp_server")
        let server = try XCTUnwrap(servers.first { $0["name"] == .string("jira") })
        let id = try XCTUnwrap(server["id"]?.stringValue)
        let live = try await harness.send(.POST, "/api/mcp_server/\(id)/restore")
        XCTAssertEqual(live.status, 404)

        _ = try await harness.send(.DELETE, "/api/mcp_server/\(id)")
        let trash = try await harness.jsonArray("/api/mcp_server?status=deleted")
        XCTAssertEqual(trash.compactMap { $0["id"]?.stringValue }, [id])
        XCTAssertNotEqual(trash.first?["updatedAt"], server["updatedAt"], "uninstalling is a change")
        let restored = try await harness.send(.POST, "/api/mcp_server/\(id)/restore")
        XCTAssertEqual(restored.status, 200, restored.body)
        XCTAssertEqual(restored.json?["deletedAt"], .null)
        let tools = try await harness.jsonArray("/api/mcp_server/\(id)/tools")
        XCTAssertFalse(tools.isEmpty, "a restored server keeps its tools")
        let after = try await harness.jsonArray("/api/mcp_server")
        XCTAssertEqual(after.count, servers.count)
    }

    func testABulkAgentMovesItsUpdatedAtWhenDeletedAndRestored() async throws {
        let harness = try await startSimulator { $0.agentCount = 120 }
        let oldest = try await harness.json("/api/agents?sortBy=createdAt&sortDirection=asc&limit=1")
        let agent = try XCTUnwrap(oldest.dataItems.first)
        let id = try XCTUnwrap(agent["id"]?.stringValue)
        _ = try await harness.send(.DELETE, "/api/agents/\(id)")
        let trash = try await harness.json("/api/agents?status=deleted")
        let deleted = try XCTUnwrap(trash.dataItems.first { $0["id"]?.stringValue == id })
        XCTAssertGreaterThan(try XCTUnwrap(deleted["updatedAt"]?.stringValue), try XCTUnwrap(agent["updatedAt"]?.stringValue))
        let restored = try await harness.send(.POST, "/api/agents/\(id)/restore")
        XCTAssertEqual(restored.json?["deletedAt"], .null)
        XCTAssertGreaterThanOrEqual(
            try XCTUnwrap(restored.json?["updatedAt"]?.stringValue), try XCTUnwrap(deleted["updatedAt"]?.stringValue))
    }

    func testLimitsAreDeletedForGood() async throws {
        let harness = try await startSimulator()
        let limits = try await harness.jsonArray("/api/limits")
        let id = try XCTUnwrap(limits.first?["id"]?.stringValue)
        _ = try await harness.send(.DELETE, "/api/limits/\(id)")
        let restore = try await harness.send(.POST, "/api/limits/\(id)/restore")
        XCTAssertEqual(restore.status, 404, "the contract has no restore for limits")
        let remaining = try await harness.jsonArray("/api/limits")
        XCTAssertEqual(remaining.count, limits.count - 1)
    }
}
