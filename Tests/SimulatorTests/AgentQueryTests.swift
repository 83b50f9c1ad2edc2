import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class AgentQueryTests: XCTestCase {
    private func names(_ page: JSONValue) -> [String] {
        page.dataItems.compactMap { $0["name"]?.stringValue }
    }

    func testSeedHasEveryTypeScopeAndAwkwardName() async throws {
        let harness = try await startSimulator()
        let all = try await harness.json("/api/agents?limit=100")
        let agents = all.dataItems
        let types = Set(agents.compactMap { $0["agentType"]?.stringValue })
        XCTAssertEqual(types, ["agent", "profile", "mcp_gateway", "workflow"])
        XCTAssertTrue(names(all).contains("客服助手"))
        XCTAssertTrue(names(all).contains("データ分析"))
        XCTAssertTrue(names(all).contains("🚀 Launch Bot"))
        XCTAssertEqual(agents.filter { $0["isPersonalGateway"] == .bool(true) }.count, 1)
        XCTAssertEqual(agents.filter { $0["agentType"] == .string("mcp_gateway") && $0["isDefault"] == .bool(true) }.count, 1)
        XCTAssertGreaterThanOrEqual(agents.filter { $0["agentType"] == .string("mcp_gateway") }.count, 3)
        XCTAssertEqual(agents.filter { $0["builtIn"] == .bool(true) }.count, 2)
        // Full §3.3 shape on list items.
        let first = try XCTUnwrap(agents.first?.objectValue)
        for key in [
            "id", "organizationId", "scope", "teams", "labels", "tools", "createdAt", "updatedAt", "deletedAt", "lastUsedAt",
            "latestVersion",
        ] {
            XCTAssertNotNil(first[key], key)
        }
        let seedAgain = try await startSimulator()
        let sameSeed = try await seedAgain.json("/api/agents?limit=100")
        XCTAssertEqual(sameSeed.dataItems.compactMap { $0["id"]?.stringValue }, agents.compactMap { $0["id"]?.stringValue })
    }

    func testTypeFiltersAndAgentTypesWins() async throws {
        let harness = try await startSimulator()
        let gateways = try await harness.json("/api/agents?agentType=mcp_gateway&limit=100")
        XCTAssertFalse(gateways.dataItems.isEmpty)
        XCTAssertTrue(gateways.dataItems.allSatisfy { $0["agentType"] == .string("mcp_gateway") })
        let both = try await harness.json("/api/agents?agentType=mcp_gateway&agentTypes=agent,profile&limit=100")
        XCTAssertEqual(Set(both.dataItems.compactMap { $0["agentType"]?.stringValue }), ["agent", "profile"])
        let invalid = try await harness.get("/api/agents?agentType=robot")
        XCTAssertEqual(invalid.status, 400)
        XCTAssertEqual(invalid.errorType, "api_validation_error")
    }

    func testNameFilterIsCaseInsensitiveSubstringIncludingCJK() async throws {
        let harness = try await startSimulator()
        let found1 = names(try await harness.json("/api/agents?name=SUPPORT%20tri"))
        XCTAssertEqual(found1, ["Support Triage"])
        let found2 = names(try await harness.json("/api/agents?name=%E5%AE%A2%E6%9C%8D"))
        XCTAssertEqual(found2, ["客服助手"])
        let found3 = names(try await harness.json("/api/agents?name=%F0%9F%9A%80"))
        XCTAssertEqual(found3, ["🚀 Launch Bot"])
    }

    func testScopeFilters() async throws {
        let harness = try await startSimulator()
        let builtIn = try await harness.json("/api/agents?scope=built_in")
        XCTAssertEqual(Set(names(builtIn)), ["Policy Configuration Subagent", "Dual LLM Main Agent"])
        let personal = try await harness.json("/api/agents?scope=personal&limit=100")
        XCTAssertTrue(personal.dataItems.allSatisfy { $0["scope"] == .string("personal") })
        let org = try await harness.json("/api/agents?scope=org&limit=100")
        XCTAssertTrue(org.dataItems.allSatisfy { $0["scope"] == .string("org") && $0["builtIn"] == .bool(false) })
        let badScope = try await harness.get("/api/agents?scope=galaxy")
        XCTAssertEqual(badScope.status, 400)
    }

    func testLabelFilterAndsKeysAndOrsValues() async throws {
        let harness = try await startSimulator()
        let production = try await harness.json("/api/agents?labels=environment:production&limit=100")
        XCTAssertEqual(Set(names(production)), ["Support Triage", "n8n Production", "Incident Commander"])
        let either = try await harness.json("/api/agents?labels=environment:production%7Cstaging&limit=100")
        XCTAssertEqual(Set(names(either)), ["Support Triage", "n8n Production", "Incident Commander", "🚀 Launch Bot"])
        let both = try await harness.json("/api/agents?labels=environment:production;tier:critical&limit=100")
        XCTAssertEqual(names(both), ["Incident Commander"])
        let malformed = try await harness.get("/api/agents?labels=environment")
        XCTAssertEqual(malformed.status, 400)
    }

    func testSortingByNameAndCreatedAt() async throws {
        let harness = try await startSimulator()
        let ascending = names(try await harness.json("/api/agents?sortBy=name&sortDirection=asc&limit=100"))
        XCTAssertEqual(ascending, ascending.sorted { $0.lowercased() < $1.lowercased() })
        let descending = names(try await harness.json("/api/agents?sortBy=name&limit=100"))
        XCTAssertEqual(descending, ascending.reversed())
        let newest = try await harness.json("/api/agents?limit=100")
        let created = newest.dataItems.compactMap { $0["createdAt"]?.stringValue }
        XCTAssertEqual(created, created.sorted(by: >))
        let badSort = try await harness.get("/api/agents?sortBy=colour")
        XCTAssertEqual(badSort.status, 400)
    }

    func testAllEndpointIsABareArray() async throws {
        let harness = try await startSimulator()
        let all = try await harness.json("/api/agents/all?includeTools=false")
        let agents = try XCTUnwrap(all.arrayValue)
        XCTAssertEqual(agents.count, 48)
        XCTAssertTrue(agents.allSatisfy { $0["tools"] == .array([]) })
        let withoutBuiltIns = try await harness.json("/api/agents/all?excludeBuiltIn=true")
        XCTAssertEqual(withoutBuiltIns.arrayValue?.count, 46)
    }

    func testLabelFilterParsing() throws {
        let filter = try LabelFilter(parsing: "a:1|2;b:3")
        XCTAssertEqual(filter.required, ["a": ["1", "2"], "b": ["3"]])
        XCTAssertTrue(filter.matches([AgentLabel(key: "a", value: "2"), AgentLabel(key: "b", value: "3")]))
        XCTAssertFalse(filter.matches([AgentLabel(key: "a", value: "2")]))
        XCTAssertThrowsError(try LabelFilter(parsing: "a:"))
        XCTAssertThrowsError(try LabelFilter(parsing: ":x"))
    }
}
