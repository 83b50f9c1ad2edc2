import Foundation
import XCTest
@testable import ArchestraAPI

/// The exact JSON the typed inputs send: a field left alone is absent, a cleared one is `null`.
final class FieldUpdateInputTests: XCTestCase {
    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func testAgentInputSendsNullToClearAndLeavesUnchangedFieldsOut() throws {
        var input = AgentInput(description: .clear, icon: "🤖")
        input.systemPrompt = .set("Be brief")
        input.identityProviderId = .clear
        XCTAssertEqual(try json(input), #"{"description":null,"icon":"🤖","identityProviderId":null,"systemPrompt":"Be brief"}"#)
        XCTAssertEqual(try json(AgentInput(llmApiKeyId: .clear, modelId: .clear)), #"{"llmApiKeyId":null,"modelId":null}"#)
        XCTAssertEqual(try json(AgentInput()), "{}")
    }

    func testSettingOrClearingFollowsTheFormValue() throws {
        XCTAssertEqual(FieldUpdate<String>(settingOrClearing: nil), .clear)
        XCTAssertEqual(FieldUpdate(settingOrClearing: "x"), .set("x"))
        XCTAssertEqual(try json(AgentInput(description: FieldUpdate(settingOrClearing: nil))), #"{"description":null}"#)
        XCTAssertEqual(FieldUpdate<String>.set("x").newValue, "x")
        XCTAssertNil(FieldUpdate<String>.clear.newValue)
        XCTAssertFalse(FieldUpdate<String>.unchanged.isSent)
        XCTAssertTrue(FieldUpdate<String>.clear.isSent)
    }

    func testKnowledgeBaseInputCanClearTheDescription() throws {
        XCTAssertEqual(try json(KnowledgeBaseInput(description: .clear)), #"{"description":null}"#)
        XCTAssertEqual(try json(KnowledgeBaseInput(name: "Docs", description: "All of them")), #"{"description":"All of them","name":"Docs"}"#)
        XCTAssertEqual(try json(KnowledgeBaseInput(labels: [])), #"{"labels":[]}"#, "an empty array is sent: it clears the labels")
    }

    func testLimitInputClearsModelsAndNames() throws {
        XCTAssertEqual(try json(LimitInput(model: .clear)), #"{"model":null}"#)
        XCTAssertEqual(try json(LimitInput(model: ["gpt-4.1", "claude-haiku-4-5"])), #"{"model":["gpt-4.1","claude-haiku-4-5"]}"#)
        XCTAssertEqual(
            try json(LimitInput(limitType: .tokenCost, mcpServerName: .clear, toolName: .clear, lastCleanup: .clear)),
            #"{"lastCleanup":null,"limitType":"token_cost","mcpServerName":null,"toolName":null}"#
        )
        let create = LimitInput(entityType: .agent, entityId: "a", limitType: .toolCalls, limitValue: 0, mcpServerName: "github", toolName: .clear)
        XCTAssertEqual(create.createProblems, ["limit value must be a number > 0", "tool name is required for tool-call limits"])
    }

    func testStatusAndUserStatisticsQueries() {
        func pairs(_ items: [URLQueryItem]) -> [String] { items.map { "\($0.name)=\($0.value ?? "")" } }
        XCTAssertEqual(pairs(AgentQuery(limit: 5, status: .deleted).queryItems), ["limit=5", "offset=0", "status=deleted"])
        XCTAssertEqual(pairs(AllAgentsQuery(status: .deleted).queryItems), ["status=deleted"])
        XCTAssertEqual(pairs(KnowledgeBaseQuery(status: .active).queryItems), ["limit=20", "offset=0", "status=active"])
        XCTAssertEqual(
            pairs(UserStatisticsQuery(limit: 10, offset: 20, sortBy: "userName", sortDirection: "asc", includeModels: true).queryItems),
            ["limit=10", "offset=20", "sortBy=userName", "sortDirection=asc", "includeModels=true"]
        )
    }
}
