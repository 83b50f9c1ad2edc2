import ArchestraAPI
import NIOHTTP1
import XCTest

@testable import ArchestraSimulator

/// Every 400 the simulator gives names the member it is about, in a form `ValidationMessage` reads.
final class FieldNamedValidationTests: XCTestCase {
    private struct Case {
        var method: HTTPMethod
        var path: String
        var body: String?
        var field: String
    }

    private func check(_ cases: [Case], on harness: SimulatorHarness, file: StaticString = #filePath, line: UInt = #line) async throws {
        for item in cases {
            let result = try await harness.send(item.method, item.path, body: item.body)
            let label = "\(item.method) \(item.path) \(item.body ?? "")"
            XCTAssertEqual(result.status, 400, "\(label): \(result.body)", file: file, line: line)
            XCTAssertEqual(result.errorType, "api_validation_error", label, file: file, line: line)
            XCTAssertEqual(
                ValidationMessage.field(in: result.errorMessage ?? ""), item.field, "\(label): \(result.errorMessage ?? "")",
                file: file, line: line)
        }
    }

    func testAgentBodies() async throws {
        let harness = try await startSimulator()
        let agents = try await harness.json("/api/agents?limit=1")
        let agentID = try XCTUnwrap(agents.dataItems.first?["id"]?.stringValue)
        try await check(
            [
                Case(method: .POST, path: "/api/agents", body: #"{"scope":"org"}"#, field: "name"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"  ","scope":"org"}"#, field: "name"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x"}"#, field: "scope"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"galaxy"}"#, field: "scope"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"team"}"#, field: "teams"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"team","teams":["nope"]}"#, field: "teams"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"org","agentType":"robot"}"#, field: "agentType"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"org","agentType":"llm_proxy"}"#, field: "agentType"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"org","llmApiKeyId":"k"}"#, field: "modelId"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"org","isDefault":"yes"}"#, field: "isDefault"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"org","labels":[{"value":"v"}]}"#, field: "labels"),
                Case(method: .POST, path: "/api/agents", body: #"{"name":"x","scope":"org","users":["nobody"]}"#, field: "users"),
                Case(method: .PUT, path: "/api/agents/\(agentID)", body: #"{"name":""}"#, field: "name"),
                Case(method: .PUT, path: "/api/agents/\(agentID)", body: #"{"scope":"team","teams":[]}"#, field: "teams"),
                Case(method: .PUT, path: "/api/agents/\(agentID)", body: #"{"description":5}"#, field: "description"),
                Case(method: .GET, path: "/api/agents?limit=500", body: nil, field: "limit"),
                Case(method: .GET, path: "/api/agents?agentTypes=agent,robot", body: nil, field: "agentTypes"),
            ], on: harness)
    }

    func testAnLLMProxyAgentCanStillBeCreatedOn12() async throws {
        let harness = try await startSimulator { $0.generation = .v1_2 }
        let created = try await harness.send(.POST, "/api/agents", body: #"{"name":"Proxy","scope":"org","agentType":"llm_proxy"}"#)
        XCTAssertEqual(created.status, 200, created.body)
    }

    func testKnowledgeBaseLimitAndProxyBodies() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.json("/api/teams")
        let teamID = try XCTUnwrap(teams.dataItems.first?["id"]?.stringValue)
        let bases = try await harness.json("/api/knowledge-bases")
        let kbID = try XCTUnwrap(bases.dataItems.first?["id"]?.stringValue)
        let limits = try await harness.jsonArray("/api/limits")
        let limitID = try XCTUnwrap(limits.first?["id"]?.stringValue)
        let team = #""entityType":"team","entityId":"\#(teamID)""#
        try await check(
            [
                Case(method: .POST, path: "/api/knowledge-bases", body: #"{"description":"x"}"#, field: "name"),
                Case(method: .PUT, path: "/api/knowledge-bases/\(kbID)", body: #"{"name":""}"#, field: "name"),
                Case(method: .PUT, path: "/api/knowledge-bases/\(kbID)", body: #"{"description":["x"]}"#, field: "description"),
                Case(
                    method: .POST, path: "/api/limits", body: #"{"entityId":"x","limitType":"token_cost","limitValue":5}"#,
                    field: "entityType"),
                Case(
                    method: .POST, path: "/api/limits",
                    body: #"{"entityType":"planet","entityId":"x","limitType":"token_cost","limitValue":5}"#, field: "entityType"),
                Case(
                    method: .POST, path: "/api/limits", body: #"{"entityType":"team","limitType":"token_cost","limitValue":5}"#,
                    field: "entityId"),
                Case(
                    method: .POST, path: "/api/limits",
                    body: #"{"entityType":"team","entityId":"ghost","limitType":"token_cost","limitValue":5}"#, field: "entityId"),
                Case(method: .POST, path: "/api/limits", body: "{\(team),\"limitValue\":5}", field: "limitType"),
                Case(method: .POST, path: "/api/limits", body: "{\(team),\"limitType\":\"coins\",\"limitValue\":5}", field: "limitType"),
                Case(method: .POST, path: "/api/limits", body: "{\(team),\"limitType\":\"token_cost\"}", field: "limitValue"),
                Case(
                    method: .POST, path: "/api/limits", body: "{\(team),\"limitType\":\"token_cost\",\"limitValue\":0}", field: "limitValue"
                ),
                Case(
                    method: .POST, path: "/api/limits", body: "{\(team),\"limitType\":\"token_cost\",\"limitValue\":\"5\"}",
                    field: "limitValue"),
                Case(
                    method: .POST, path: "/api/limits", body: "{\(team),\"limitType\":\"mcp_server_calls\",\"limitValue\":5}",
                    field: "mcpServerName"),
                Case(
                    method: .POST, path: "/api/limits",
                    body: "{\(team),\"limitType\":\"tool_calls\",\"limitValue\":5,\"mcpServerName\":\"github\"}", field: "toolName"),
                Case(
                    method: .POST, path: "/api/limits",
                    body: "{\(team),\"limitType\":\"token_cost\",\"limitValue\":5,\"cleanupInterval\":\"2d\"}", field: "cleanupInterval"),
                Case(
                    method: .POST, path: "/api/limits", body: "{\(team),\"limitType\":\"token_cost\",\"limitValue\":5,\"model\":[1]}",
                    field: "model"),
                Case(method: .PATCH, path: "/api/limits/\(limitID)", body: #"{"limitValue":-3}"#, field: "limitValue"),
                Case(method: .PATCH, path: "/api/llm-proxy", body: "{}", field: "identityProviderId"),
                Case(method: .PATCH, path: "/api/llm-proxy", body: #"{"identityProviderId":7}"#, field: "identityProviderId"),
            ], on: harness)
        let unknown = try await harness.send(.PATCH, "/api/llm-proxy", body: #"{"identityProviderId":"nope"}"#)
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.errorMessage, "Identity provider not found")
        for provider in ["okta-acme", "entra-acme"] {
            let accepted = try await harness.send(.PATCH, "/api/llm-proxy", body: #"{"identityProviderId":"\#(provider)"}"#)
            XCTAssertEqual(accepted.json?["identityProviderId"], .string(provider))
        }
    }

    func testMCPInstallBodies() async throws {
        let harness = try await startSimulator()
        let catalog = try await harness.jsonArray("/api/internal_mcp_catalog")
        func id(_ name: String) throws -> String { try XCTUnwrap(catalog.first { $0["name"] == .string(name) }?["id"]?.stringValue, name) }
        let github = try id("github")
        let postgres = try id("postgres")
        let filesystem = try id("filesystem")
        let notion = try id("notion")
        try await check(
            [
                Case(method: .POST, path: "/api/mcp_server", body: #"{"catalogId":"\#(notion)"}"#, field: "name"),
                Case(method: .POST, path: "/api/mcp_server", body: #"{"name":"x"}"#, field: "catalogId"),
                Case(method: .POST, path: "/api/mcp_server", body: #"{"name":"x","catalogId":"nope"}"#, field: "catalogId"),
                Case(
                    method: .POST, path: "/api/mcp_server", body: #"{"name":"x","catalogId":"\#(notion)","scope":"team"}"#, field: "teamId"),
                Case(method: .POST, path: "/api/mcp_server", body: #"{"name":"x","catalogId":"\#(github)"}"#, field: "environmentValues"),
                Case(
                    method: .POST, path: "/api/mcp_server",
                    body: #"{"name":"x","catalogId":"\#(github)","environmentValues":{"GITHUB_PERSONAL_ACCESS_TOKEN":1}}"#,
                    field: "environmentValues"),
                Case(
                    method: .POST, path: "/api/mcp_server",
                    body:
                        #"{"name":"x","catalogId":"\#(postgres)","environmentValues":{"DATABASE_URL":"postgres://db","MAX_ROWS":"many"}}"#,
                    field: "environmentValues"),
                Case(
                    method: .POST, path: "/api/mcp_server", body: #"{"name":"x","catalogId":"\#(filesystem)"}"#, field: "userConfigValues"),
                Case(
                    method: .POST, path: "/api/mcp_server",
                    body: #"{"name":"x","catalogId":"\#(filesystem)","userConfigValues":{"allowed_directories":[]}}"#,
                    field: "userConfigValues"),
                Case(
                    method: .POST, path: "/api/mcp_server",
                    body:
                        #"{"name":"x","catalogId":"\#(filesystem)","userConfigValues":{"allowed_directories":["/srv"],"read_only":"maybe"}}"#,
                    field: "userConfigValues"),
            ], on: harness)

        let missingToken = try await harness.send(.POST, "/api/mcp_server", body: #"{"name":"x","catalogId":"\#(github)"}"#)
        let issue = ValidationMessage.issues(in: missingToken.errorMessage ?? "").first
        XCTAssertEqual(issue?.path, ["environmentValues", "GITHUB_PERSONAL_ACCESS_TOKEN"])
        let postgresOK = try await harness.send(
            .POST, "/api/mcp_server",
            body: #"{"name":"pg","catalogId":"\#(postgres)","environmentValues":{"DATABASE_URL":"postgres://db"}}"#)
        XCTAssertEqual(postgresOK.status, 200, "MAX_ROWS has a default and READ_ONLY is not prompted: \(postgresOK.body)")
        XCTAssertEqual(postgresOK.json?["environmentValues"], .object([:]), "the secret stays out of the document")
        XCTAssertNotEqual(postgresOK.json?["secretId"], .null)
        let filesystemOK = try await harness.send(
            .POST, "/api/mcp_server",
            body: #"{"name":"fs","catalogId":"\#(filesystem)","userConfigValues":{"allowed_directories":["/srv"]}}"#)
        XCTAssertEqual(filesystemOK.status, 200, filesystemOK.body)
    }
}
