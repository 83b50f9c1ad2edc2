import Foundation
import XCTest
@testable import ArchestraAPI

final class MCPDecodingTests: XCTestCase {
    func testServerList() throws {
        let servers = try Fixture.decode([MCPServer].self, from: "mcp-server-list")
        XCTAssertEqual(servers.map(\.name), ["github", "linear", "github-data-team"])

        let github = servers[0]
        XCTAssertEqual(github.serverType, .local)
        XCTAssertEqual(github.scope, .org)
        XCTAssertEqual(github.localInstallationStatus, .success)
        XCTAssertEqual(github.catalogName, "github")
        XCTAssertEqual(github.ownerEmail, "dana@acme.example")
        XCTAssertEqual(
            github.assignedAgents, [AgentRef(id: "2f6c1e0a-8d4b-4c3e-9a71-5b2d8e4f6a10", name: "Support Triage", agentType: .agent)])
        XCTAssertNil(github.teamName)
        XCTAssertFalse(github.needsAttention)

        let linear = servers[1]
        XCTAssertEqual(linear.serverType, .remote)
        XCTAssertEqual(linear.oauthRefreshError, "refresh_failed")
        XCTAssertEqual(linear.oauthRefreshErrorMessage, "invalid_grant")
        XCTAssertTrue(linear.needsAttention)

        let broken = servers[2]
        XCTAssertEqual(broken.localInstallationStatus, .error)
        XCTAssertEqual(broken.teamName, "Data Science")
        XCTAssertTrue(broken.reinstallRequired)
        XCTAssertEqual(broken.reinstallReason, "new-input")
        XCTAssertEqual(broken.hibernationMode, "disabled")
        XCTAssertNil(broken.lastUsedAt)
        XCTAssertTrue(broken.localInstallationError?.hasPrefix("Back-off pulling image") ?? false)
    }

    func testInstallationStatus() throws {
        let status = try Fixture.decode(InstallationStatus.self, from: "mcp-server-installation-status")
        XCTAssertEqual(status.localInstallationStatus, .discoveringTools)
        XCTAssertTrue(status.localInstallationStatus.isInProgress)
        XCTAssertNil(status.localInstallationError)
    }

    func testTools() throws {
        let tools = try Fixture.decode([MCPTool].self, from: "mcp-server-tools")
        XCTAssertEqual(tools.count, 3)
        XCTAssertEqual(tools[0].name, "github__search_issues")
        XCTAssertEqual(tools[0].group, "issues")
        XCTAssertEqual(tools[0].assignedAgentCount, 1)
        XCTAssertEqual(tools[2].assignedAgentCount, 0)
        XCTAssertEqual(tools[2].raw["parameters"]?["required"], .array([.string("owner"), .string("repo"), .string("pullNumber")]))
    }

    func testCatalog() throws {
        let items = try Fixture.decode([CatalogItem].self, from: "internal-mcp-catalog-list")
        XCTAssertEqual(items.map(\.serverType), [.local, .remote, .builtin])
        XCTAssertEqual(items[0].version, "0.18.0")
        XCTAssertEqual(items[0].toolCount, 42)
        XCTAssertTrue(items[0].requiresAuth)
        XCTAssertEqual(items[0].repository, "https://github.com/github/github-mcp-server")
        XCTAssertEqual(items[0].labels, [Label(key: "vendor", value: "github")])
        XCTAssertNil(items[1].version)
        XCTAssertEqual(items[1].docsUrl, "https://linear.app/docs/mcp")
        XCTAssertFalse(items[2].requiresAuth)
        XCTAssertEqual(items[2].toolCount, 31)
    }

    func testLLMProxySingleton() throws {
        let proxy = try Fixture.decode(LLMProxySingleton.self, from: "llm-proxy")
        XCTAssertEqual(proxy, LLMProxySingleton(id: "e9d2b6a4-3c71-4f8e-a5b0-6d1c9e7f2a48", identityProviderId: nil))
    }

    func testHealthAndReadiness() throws {
        let health = try Fixture.decode(Health.self, from: "health")
        XCTAssertEqual(health, Health(name: "Archestra Platform API", status: "ok", version: "1.4.0-beta.1"))
        XCTAssertTrue(health.isOK)
        let ready = try Fixture.decode(Readiness.self, from: "ready")
        XCTAssertEqual(ready.database, "connected")
        XCTAssertEqual(ready.sandbox, "ready")
        XCTAssertTrue(ready.isReady)
        let degraded = try Fixture.decode(Readiness.self, from: "ready-503")
        XCTAssertEqual(degraded.status, "degraded")
        XCTAssertEqual(degraded.database, "disconnected")
        XCTAssertNil(degraded.sandbox)
        XCTAssertFalse(degraded.isReady)
    }
}
