import ArchestraAPI
import ArchestraSimulator
import Foundation
import XCTest

/// Tools, assignments and both policy tables over real loopback HTTP: what the client sends, what the
/// simulator stores, and what later reads show.
final class ClientGuardrailsTests: XCTestCase {
    private func start(_ generation: APIGeneration = .v1_4) async throws -> EditingFixture {
        try await startEditing { $0.generation = generation }
    }

    private func allTools(_ client: ArchestraClient) async throws -> [Tool] {
        try await ArchestraClient.collectPages(pageSize: 5) { offset, limit in
            try await client.tools(ToolQuery(limit: limit, offset: offset))
        }
    }

    func testToolsComePagedWithAssignmentsFromANewServer() async throws {
        let fixture = try await start(.v1_4)
        let tools = try await allTools(fixture.client)
        XCTAssertGreaterThanOrEqual(tools.count, 10)
        XCTAssertEqual(Set(tools.map(\.id)).count, tools.count, "pages do not overlap")
        XCTAssertTrue(tools.contains { !$0.assignments.isEmpty }, "some tools are assigned")
        let create = try XCTUnwrap(tools.first { $0.name == "github__create_issue" })
        XCTAssertEqual(create.parameterList.filter(\.isRequired).map(\.name), ["repo", "title"])
        XCTAssertNotNil(create.catalogId)
        let requests = await fixture.simulator.recordedRequests()
        XCTAssertTrue(requests.allSatisfy { $0.path == "/api/tools/with-assignments" && $0.query["limit"] == "5" })
    }

    func testAnOlderServerIsReadThroughItsBareToolArray() async throws {
        let fixture = try await start(.v1_2)
        let page = try await fixture.client.tools(ToolQuery(limit: 3))
        XCTAssertGreaterThan(page.data.count, 3, "the whole array, one complete page")
        XCTAssertFalse(page.pagination.hasNext)
        XCTAssertTrue(page.data.allSatisfy { $0.catalog?.name.isEmpty == false }, "1.2 rows name their catalog")
        let requests = await fixture.simulator.recordedRequests()
        XCTAssertEqual(requests.map(\.path), ["/api/tools/with-assignments", "/api/tools"])
    }

    func testPoliciesOfBothFamiliesJoinOntoTheSeededTools() async throws {
        let fixture = try await start()
        let tools = try await allTools(fixture.client)
        let invocation = try await fixture.client.policies(.toolInvocation)
        let trusted = try await fixture.client.policies(.trustedData)
        let joined = ToolGuardrails.join(invocation: invocation, trustedData: trusted)
        let byName = Dictionary(uniqueKeysWithValues: tools.map { ($0.name, joined[$0.id] ?? ToolGuardrails()) })
        XCTAssertEqual(byName["jira__transition_issue"]?.invocation.defaultAction, .blockAlways)
        XCTAssertEqual(byName["linear__create_issue"]?.invocation.defaultAction, .requireApproval)
        XCTAssertEqual(byName["github__create_issue"]?.invocation.rules.first?.conditions.first?.key, "repo")
        XCTAssertEqual(byName["archestra__delegate_to_agent"]?.trustedData.defaultAction, .sanitizeWithDualLLM)
        XCTAssertEqual(byName["linear__list_issues"]?.invocation.isEmpty, true, "some tools have no policy")
        let actions = Set((invocation + trusted).map(\.action))
        XCTAssertTrue(Set(PolicyFamily.toolInvocation.actions + PolicyFamily.trustedData.actions).isSubset(of: actions))
        let operators = try await fixture.client.policyOperators()
        XCTAssertEqual(operators.map(\.value), PolicyOperator.documented.map(\.value))
    }

    func testADiffIsSentAsExactlyItsRequestsAndLaterReadsShowTheResult() async throws {
        let fixture = try await start()
        let client = fixture.client
        let tools = try await allTools(client)
        let tool = try XCTUnwrap(tools.first { $0.name == "github__create_issue" })
        let before = try await client.policies(.toolInvocation)
        var edited = PolicySet(before.filter { $0.toolId == tool.id }).evaluationOrder.map { policy -> PolicyDraft in
            var draft = PolicyDraft(policy)
            draft.id = nil  // as an editor without ids would hand them back
            draft.sortOrder = nil
            return draft
        }
        let defaultIndex = try XCTUnwrap(edited.firstIndex { $0.conditions.isEmpty })
        edited[defaultIndex].action = .blockAlways
        edited.removeAll { !$0.conditions.isEmpty }
        edited.append(
            PolicyDraft(conditions: [PolicyCondition(key: "title", operator: "contains", value: "[bot]")], action: .requireApproval))
        let requests = PolicyDiff.requests(family: .toolInvocation, toolId: tool.id, server: before, edited: edited)
        XCTAssertEqual(requests.map(\.method), ["DELETE", "PUT", "POST"])

        await fixture.simulator.clearRecordedRequests()
        for request in requests { try await client.send(request) }
        let received = await fixture.simulator.recordedRequests()
        XCTAssertEqual(received.map { "\($0.method) \($0.path)" }, requests.map { "\($0.method) \($0.path)" })
        let put = try XCTUnwrap(received.first { $0.method == "PUT" }?.body)
        XCTAssertEqual(try JSONValue.parse(Data(put.utf8)), .object(["action": .string("block_always")]), "only the changed field")

        let after = try await client.policies(.toolInvocation).filter { $0.toolId == tool.id }
        let set = PolicySet(after)
        XCTAssertEqual(set.defaultAction, .blockAlways)
        XCTAssertEqual(set.rules.map(\.action), [.requireApproval])
        XCTAssertEqual(
            PolicyDiff.requests(family: .toolInvocation, toolId: tool.id, server: after, edited: edited), [], "saved: nothing left to send")
    }

    func testInvalidPoliciesAreRefusedAndChangeNothing() async throws {
        let fixture = try await start()
        let client = fixture.client
        let tools = try await allTools(client)
        let toolID = try XCTUnwrap(tools.first?.id)
        let count = try await client.policies(.trustedData).count
        let badAction = await fixture.failure {
            try await client.createPolicy(
                .trustedData, body: .object(["toolId": .string(toolID), "conditions": .array([]), "action": .string("allow_always")]))
        }
        XCTAssertEqual(badAction?.status, 400)
        XCTAssertTrue("\(badAction.map { "\($0)" } ?? "")".contains("action"))
        let badOperator = await fixture.failure {
            try await client.createPolicy(
                .trustedData,
                body: .object([
                    "toolId": .string(toolID), "action": .string("mark_as_trusted"),
                    "conditions": .array([.object(["key": .string("from"), "operator": .string("like"), "value": .string("x")])]),
                ]))
        }
        XCTAssertEqual(badOperator?.status, 400)
        let unknownTool = await fixture.failure {
            try await client.createPolicy(
                .trustedData, body: .object(["toolId": .string("nope"), "conditions": .array([]), "action": .string("mark_as_trusted")]))
        }
        XCTAssertEqual(unknownTool?.status, 404)
        let missing = await fixture.failure { try await client.deletePolicy(.toolInvocation, id: "no-such-policy") }
        XCTAssertEqual(missing?.status, 404)
        let missingUpdate = await fixture.failure {
            try await client.updatePolicy(.toolInvocation, id: "no-such-policy", body: .object(["action": .string("block_always")]))
        }
        XCTAssertEqual(missingUpdate?.status, 404)
        let stillThere = try await client.policies(.trustedData).count
        XCTAssertEqual(stillThere, count)
    }

    func testAssigningAndUnassigningAToolShowsInEveryLaterRead() async throws {
        let fixture = try await start()
        let client = fixture.client
        let agents = try await client.agents(AgentQuery(limit: 100)).data
        let agent = try XCTUnwrap(agents.first { $0.agentType == .mcpGateway })
        let assigned = Set(try await client.agentTools(agentID: agent.id).map(\.id))
        let tools = try await allTools(client)
        let tool = try XCTUnwrap(tools.first { !assigned.contains($0.id) })

        try await client.assignTool(agentID: agent.id, toolID: tool.id)
        try await client.assignTool(agentID: agent.id, toolID: tool.id)  // a duplicate answers success and changes nothing
        let post = await fixture.simulator.recordedRequests().last { $0.method == "POST" }
        XCTAssertEqual(post?.path, "/api/agents/\(agent.id)/tools/\(tool.id)")
        let afterAssign = try await client.agentTools(agentID: agent.id)
        XCTAssertEqual(afterAssign.filter { $0.id == tool.id }.count, 1)
        XCTAssertNotNil(afterAssign.first { $0.id == tool.id }?.mcpServerId)
        let toolsAfter = try await allTools(client)
        let listed = try XCTUnwrap(toolsAfter.first { $0.id == tool.id })
        XCTAssertTrue(listed.assignedAgents.contains { $0.id == agent.id })
        let serverID = try XCTUnwrap(afterAssign.first { $0.id == tool.id }?.mcpServerId)
        let serverTools = try await client.mcpServerTools(id: serverID)
        let countAfterAssign = try XCTUnwrap(serverTools.first { $0.id == tool.id }?.assignedAgentCount)
        XCTAssertEqual(countAfterAssign, listed.assignmentCount, "the MCP server's tool list agrees")

        try await client.unassignTool(agentID: agent.id, toolID: tool.id)
        let delete = await fixture.simulator.recordedRequests().last
        XCTAssertEqual(delete?.method, "DELETE")
        XCTAssertEqual(delete?.path, "/api/agents/\(agent.id)/tools/\(tool.id)")
        let afterUnassign = try await client.agentTools(agentID: agent.id)
        XCTAssertEqual(Set(afterUnassign.map(\.id)), assigned)
        let serverToolsAfter = try await client.mcpServerTools(id: serverID)
        XCTAssertEqual(serverToolsAfter.first { $0.id == tool.id }?.assignedAgentCount, countAfterAssign - 1)
        let again = await fixture.failure { try await client.unassignTool(agentID: agent.id, toolID: tool.id) }
        XCTAssertEqual(again?.status, 404, "it is no longer assigned")
        let unknownTool = await fixture.failure { try await client.assignTool(agentID: agent.id, toolID: "no-such-tool") }
        XCTAssertEqual(unknownTool?.status, 404)
        let unknownAgent = await fixture.failure { try await client.agentTools(agentID: "no-such-agent") }
        XCTAssertEqual(unknownAgent?.status, 404)
    }

    func testAQuickActionAndItsUndoAreOneRequestEach() async throws {
        let fixture = try await start()
        let client = fixture.client
        let tools = try await allTools(client)
        let withDefault = try XCTUnwrap(tools.first { $0.name == "jira__transition_issue" })
        let withoutDefault = try XCTUnwrap(tools.first { $0.name == "linear__list_issues" })
        for tool in [withDefault, withoutDefault] {
            let before = try await client.policies(.toolInvocation)
            let change = DefaultActionChange(
                family: .toolInvocation, toolId: tool.id, current: PolicySet(before.filter { $0.toolId == tool.id }),
                action: .requireApproval)
            await fixture.simulator.clearRecordedRequests()
            let created = try await client.send(try XCTUnwrap(change.request))
            let afterSet = try await client.policies(.toolInvocation).filter { $0.toolId == tool.id }
            XCTAssertEqual(PolicySet(afterSet).defaultAction, .requireApproval, tool.name)
            try await client.send(try XCTUnwrap(change.undoRequest(created: created)))
            let writes = await fixture.simulator.recordedRequests().filter { $0.method != "GET" }
            XCTAssertEqual(writes.count, 2, tool.name)
            let afterUndo = try await client.policies(.toolInvocation)
            XCTAssertEqual(afterUndo.map(\.id), before.map(\.id), tool.name)
            XCTAssertEqual(afterUndo.map(\.action), before.map(\.action), tool.name)
        }
    }
}
