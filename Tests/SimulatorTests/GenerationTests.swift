import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class GenerationTests: XCTestCase {
    func testVersion14HasTheLLMProxySingletonAndHidesProxyRows() async throws {
        let harness = try await startSimulator { $0.generation = .v1_4 }
        let proxy = try await harness.json("/api/llm-proxy")
        let proxyID = try XCTUnwrap(proxy["id"]?.stringValue)
        XCTAssertEqual(proxy["identityProviderId"], .null)
        XCTAssertEqual(proxy.objectValue?.count, 2)

        let legacy = try await harness.get("/api/llm-proxy/default")
        XCTAssertEqual(legacy.status, 404)
        let filter = try await harness.get("/api/agents?agentType=llm_proxy")
        XCTAssertEqual(filter.status, 400)
        XCTAssertEqual(filter.errorType, "api_validation_error")
        let typesFilter = try await harness.get("/api/agents?agentTypes=agent,llm_proxy")
        XCTAssertEqual(typesFilter.status, 400)

        let all = try await harness.json("/api/agents?limit=100")
        XCTAssertFalse(all.dataItems.contains { $0["agentType"] == .string("llm_proxy") })
        // The backing row still exists.
        let row = try await harness.json("/api/agents/\(proxyID)")
        XCTAssertEqual(row["agentType"], .string("llm_proxy"))

        let create = try await harness.send(.POST, "/api/agents", body: #"{"name":"New proxy","scope":"org","agentType":"llm_proxy"}"#)
        XCTAssertEqual(create.status, 400)
    }

    func testVersion14PatchesTheIdentityProvider() async throws {
        let harness = try await startSimulator()
        let patched = try await harness.send(.PATCH, "/api/llm-proxy", body: #"{"identityProviderId":"okta-acme"}"#)
        XCTAssertEqual(patched.json?["identityProviderId"], .string("okta-acme"))
        let unknown = try await harness.send(.PATCH, "/api/llm-proxy", body: #"{"identityProviderId":"nope"}"#)
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.errorMessage, "Identity provider not found")
        let missing = try await harness.send(.PATCH, "/api/llm-proxy", body: "{}")
        XCTAssertEqual(missing.status, 400)
        let cleared = try await harness.send(.PATCH, "/api/llm-proxy", body: #"{"identityProviderId":null}"#)
        XCTAssertEqual(cleared.json?["identityProviderId"], .null)
    }

    func testVersion12ListsProxiesAsAgents() async throws {
        let harness = try await startSimulator { $0.generation = .v1_2 }
        let ready = try await harness.json("/ready")
        XCTAssertEqual(ready["version"], .string("1.2.56"))
        let singleton = try await harness.get("/api/llm-proxy")
        XCTAssertEqual(singleton.status, 404)

        let proxies = try await harness.json("/api/agents?agentType=llm_proxy")
        XCTAssertEqual(proxies.dataItems.count, 2)
        XCTAssertEqual(proxies.dataItems.filter { $0["isDefault"] == .bool(true) }.count, 1)
        let defaultProxy = try await harness.json("/api/llm-proxy/default")
        XCTAssertEqual(defaultProxy["agentType"], .string("llm_proxy"))
        XCTAssertEqual(defaultProxy["isDefault"], .bool(true))
        XCTAssertEqual(defaultProxy["name"], .string("LLM Proxy"))

        let all = try await harness.json("/api/agents?limit=100")
        XCTAssertEqual(all.page("total"), 50)
        let create = try await harness.send(.POST, "/api/agents", body: #"{"name":"New proxy","scope":"org","agentType":"llm_proxy"}"#)
        XCTAssertEqual(create.status, 200)
        XCTAssertEqual(create.json?["agentType"], .string("llm_proxy"))
    }
}
