import ArchestraAPI
import Foundation
import XCTest

/// Tools, policies, operators and connector runs decode leniently: unknown fields and values never fail a record.
final class GuardrailDecodingTests: XCTestCase {
    private func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Data(text.utf8))
    }

    func testAToolWithAssignmentsReadsItsSchemaAgentsAndCount() throws {
        let tool = try Tool(
            json: json(
                #"""
                {"id":"t1","name":"github__create_issue","description":"Open an issue","catalogId":"c1",
                 "parameters":{"type":"object","required":["repo"],"properties":{
                   "title":{"type":"string","description":"Issue title"},"repo":{"type":"string"},
                   "labels":{"type":["array","null"]}}},
                 "assignmentCount":3,"somethingNew":{"x":1},
                 "assignments":[{"agentToolId":"at1","agent":{"id":"a1","name":"Support"},"mcpServerId":"s1",
                                 "credentialResolutionMode":"quantum"},
                                {"agentToolId":"at2","agent":{"id":"a1","name":"Support"}},
                                {"agentToolId":"at3"}]}
                """#))
        XCTAssertEqual(tool.catalogId, "c1")
        XCTAssertEqual(tool.assignmentCount, 3, "the server's count wins")
        XCTAssertEqual(tool.assignments.count, 2, "an assignment without an agent is left out")
        XCTAssertEqual(tool.assignments.first?.credentialResolutionMode, "quantum", "unknown values are kept")
        XCTAssertEqual(tool.assignedAgents.map(\.name), ["Support"], "each agent once")
        XCTAssertEqual(
            tool.parameterList,
            [
                ToolParameter(name: "repo", type: "string", isRequired: true),
                ToolParameter(name: "labels", type: "array | null"),
                ToolParameter(name: "title", type: "string", description: "Issue title"),
            ])
    }

    func testAnOlderToolRowTakesItsCatalogFromTheCatalogObject() throws {
        let tool = try Tool(json: json(#"{"id":7,"name":"query","parameters":"not a schema","catalog":{"id":"c9","name":"postgres"}}"#))
        XCTAssertEqual(tool.id, "7")
        XCTAssertEqual(tool.catalogId, "c9")
        XCTAssertEqual(tool.catalog?.name, "postgres")
        XCTAssertEqual(tool.assignmentCount, 0)
        XCTAssertEqual(tool.parameterList, [], "a schema that is not an object gives no parameters")
        XCTAssertThrowsError(try Tool(json: json(#"{"name":"no id"}"#)))
    }

    func testAPolicyKeepsAnUnknownActionAsItsTextAndReadsConditions() throws {
        let policy = try ToolPolicy(
            json: json(
                #"""
                {"id":"p1","toolId":"t1","action":"quarantine_for_review","reason":"new in 2.0","sortOrder":4,
                 "conditions":[{"key":"repo","operator":"glob","value":"internal/*"},{"key":"count","operator":"equal","value":3},
                               {"operator":"equal"}],
                 "labels":["pii",7],"futureField":true}
                """#), family: .toolInvocation)
        XCTAssertEqual(policy.action.rawValue, "quarantine_for_review")
        XCTAssertFalse(policy.action.isKnown)
        XCTAssertEqual(policy.action.severity, .unknown)
        XCTAssertEqual(policy.note, "new in 2.0")
        XCTAssertEqual(policy.sortOrder, 4)
        XCTAssertEqual(
            policy.conditions,
            [
                PolicyCondition(key: "repo", operator: "glob", value: "internal/*"),
                PolicyCondition(key: "count", operator: "equal", value: "3"),
            ])
        XCTAssertFalse(policy.isDefault)
        XCTAssertEqual(policy.labels, ["pii"])
    }

    func testTrustedDataPoliciesReadTheirDescriptionAndAListSkipsUnusableElements() throws {
        let list = try ToolPolicy.list(
            json(
                #"""
                [{"id":"d1","toolId":"t1","conditions":[],"action":"mark_as_untrusted","description":"anyone writes issues"},
                 {"id":"d2","conditions":[],"action":"block_always"},
                 "junk",
                 {"id":"d3","toolId":"t2"}]
                """#), family: .trustedData)
        XCTAssertEqual(list.policies.map(\.id), ["d1", "d3"])
        XCTAssertEqual(list.skipped, 2)
        XCTAssertEqual(list.policies.first?.note, "anyone writes issues")
        XCTAssertEqual(list.policies.first?.action, .markAsUntrusted)
        XCTAssertTrue(list.policies.first?.isDefault ?? false)
        XCTAssertEqual(list.policies.last?.action.rawValue, "", "a missing action is not guessed")
        XCTAssertThrowsError(try ToolPolicy.list(json(#"{"error":"x"}"#), family: .trustedData))
    }

    func testActionsHaveWordsAndSeverities() {
        XCTAssertEqual(PolicyAction.blockWhenContextIsUntrusted.words, "block when context is untrusted")
        XCTAssertEqual(PolicyAction.sanitizeWithDualLLM.words, "sanitize with dual LLM")
        XCTAssertEqual(PolicyAction.blockAlways.severity, .block)
        XCTAssertEqual(PolicyAction.requireApproval.severity, .caution)
        XCTAssertEqual(PolicyAction.markAsTrusted.severity, .permit)
        XCTAssertEqual(PolicyFamily.trustedData.actions.count, 4)
    }

    func testOperatorsNeedAValue() throws {
        let values = try json(#"[{"value":"equal","label":"Equal"},{"value":"fuzzy"}]"#).arrayValue ?? []
        let operators = try values.map(PolicyOperator.init(json:))
        XCTAssertEqual(operators.map(\.label), ["Equal", "fuzzy"])
        XCTAssertThrowsError(try PolicyOperator(json: json(#"{"label":"No value"}"#)))
    }

    func testConnectorRunsKeepUnknownStatusesAndTheQueuedBlock() throws {
        let page = try ConnectorRunPage(
            json: json(
                #"""
                {"data":[{"id":"r1","connectorId":"c1","status":"paused_for_quota","startedAt":"2026-06-12T06:00:03.000Z",
                          "completedAt":null,"documentsProcessed":"412","documentsIngested":37,"error":null,"stats":{"x":1}},
                         {"id":"r2","status":"success","startedAt":"2026-06-12T06:00:00Z","completedAt":"2026-06-12T06:04:41Z"}],
                 "queued":{"content":true,"permission":false},
                 "pagination":{"currentPage":1,"limit":20,"total":178,"totalPages":9,"hasNext":true,"hasPrev":false}}
                """#))
        XCTAssertEqual(page.page.data.map(\.status.rawValue), ["paused_for_quota", "success"])
        XCTAssertTrue(page.page.data[0].status.isSettled, "an unknown status cannot be followed")
        XCTAssertEqual(page.page.data[0].documentsProcessed, 412)
        XCTAssertEqual(page.queuedContent, true)
        XCTAssertEqual(page.page.pagination.total, 178)
        XCTAssertEqual(page.page.data[1].duration(now: Date()), 281)
        let bare = try ConnectorRunPage(json: json(#"[{"id":"r3","status":"running"}]"#))
        XCTAssertNil(bare.queuedContent, "older servers do not say")
        XCTAssertTrue(bare.page.data[0].status.isInProgress)
    }

    func testAConnectorSaysWhetherItFailsAndItsErrorsFirstLine() throws {
        let connector = try Connector(
            json: json(
                #"{"id":"c1","name":"Drive","connectorType":"gdrive","lastSyncStatus":"failed","lastSyncError":"\n OAuth token expired \nstack…","assignedAgents":[{"id":"a1","name":"Research"}],"knowledgeBaseIds":["k1"]}"#
            ))
        XCTAssertTrue(connector.isFailing)
        XCTAssertEqual(connector.lastSyncErrorLine, "OAuth token expired")
        XCTAssertEqual(connector.assignedAgents.map(\.name), ["Research"])
        XCTAssertEqual(connector.knowledgeBaseIds, ["k1"])
        let odd = try Connector(json: json(#"{"id":"c2","lastSyncStatus":"exploded","lastSyncError":""}"#))
        XCTAssertFalse(odd.isFailing)
        XCTAssertEqual(odd.syncStatus?.rawValue, "exploded")
        XCTAssertNil(odd.lastSyncErrorLine)
    }

    func testConnectorsAreIndexedToTheKnowledgeBasesThatListThem() {
        let support = KnowledgeBase(id: "k1", name: "Support", connectors: [ConnectorRef(id: "c1"), ConnectorRef(id: "c2")])
        let docs = KnowledgeBase(id: "k2", name: "Docs", connectors: [ConnectorRef(id: "c1")])
        let index = ConnectorKnowledgeBases.byConnector([support, docs])
        XCTAssertEqual(index["c1"]?.map(\.name), ["Support", "Docs"])
        XCTAssertEqual(index["c2"]?.map(\.name), ["Support"])
        XCTAssertNil(index["c3"])
    }
}
