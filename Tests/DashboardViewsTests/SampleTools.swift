import Foundation
import ArchestraAPI
import DashboardCore

/// Tools and their guardrails for screen tests: one of each kind of default, rules on one tool, a tool
/// the LLM proxy discovered (no catalog item) and one without any policy.
enum SampleTools {
    static func load(into state: inout AppState, at loaded: Date) {
        state[ToolsResource.source].succeed(RecordList(items: tools), at: loaded)
        state[ToolsResource.invocationPolicies].succeed(invocation, at: loaded)
        state[ToolsResource.trustedDataPolicies].succeed(trustedData, at: loaded)
    }

    static let issueSchema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object([
            "repo": .object(["type": .string("string"), "description": .string("owner/name of the repository")]),
            "title": .object(["type": .string("string")]),
            "labels": .object(["type": .string("array"), "description": .string("labels to set")]),
        ]),
        "required": .array([.string("repo"), .string("title")]),
    ])

    static func tool(
        _ id: String, _ name: String, catalog: String?, agents: [(String, String)], schema: JSONValue = .null, about: String? = nil
    )
        -> Tool
    {
        var raw: [String: JSONValue] = ["id": .string(id), "name": .string(name), "assignmentCount": .number(Double(agents.count))]
        raw["assignments"] = .array(agents.map { .object(["agent": .object(["id": .string($0.0), "name": .string($0.1)])]) })
        return Tool(
            id: id, name: name, description: about, parameters: schema, catalogId: catalog,
            assignments: agents.map { ToolAssignment(agent: AgentRef(id: $0.0, name: $0.1)) }, raw: .object(raw))
    }

    static let tools: [Tool] = [
        tool(
            "tool-1", "create_issue", catalog: "c-1", agents: [("a-1", "support-bot"), ("a-3", "🚀 launcher")], schema: issueSchema,
            about: "Opens an issue in a GitHub repository."),
        tool("tool-2", "run_query", catalog: "c-2", agents: [("a-1", "support-bot")], about: "Runs read-only SQL."),
        tool("tool-3", "delete_repo", catalog: "c-1", agents: []),
        tool("tool-4", "web_search", catalog: nil, agents: [("a-1", "support-bot"), ("a-2", "研究助手"), ("a-3", "🚀 launcher")]),
    ]

    static let invocation: [ToolPolicy] = [
        ToolPolicy(
            id: "p-1", family: .toolInvocation, toolId: "tool-1", action: .blockWhenContextIsUntrusted,
            note: "writes where anyone reads"),
        ToolPolicy(
            id: "p-2", family: .toolInvocation, toolId: "tool-1",
            conditions: [PolicyCondition(key: "repo", operator: "startsWith", value: "internal/")],
            action: .allowWhenContextIsUntrusted, note: "internal repositories are fine"),
        ToolPolicy(
            id: "p-3", family: .toolInvocation, toolId: "tool-1",
            conditions: [PolicyCondition(key: "repo", operator: "equal", value: "acme/payroll")], action: .requireApproval),
        ToolPolicy(id: "p-4", family: .toolInvocation, toolId: "tool-2", action: .requireApproval),
        ToolPolicy(id: "p-5", family: .toolInvocation, toolId: "tool-3", action: .blockAlways, note: "never from an agent"),
        ToolPolicy(id: "p-6", family: .toolInvocation, toolId: "tool-4", action: .allowWhenContextIsUntrusted),
    ]

    static let trustedData: [ToolPolicy] = [
        ToolPolicy(id: "d-1", family: .trustedData, toolId: "tool-1", action: .markAsUntrusted, note: "issue text is written by anyone"),
        ToolPolicy(id: "d-2", family: .trustedData, toolId: "tool-2", action: .sanitizeWithDualLLM),
        ToolPolicy(
            id: "d-3", family: .trustedData, toolId: "tool-2",
            conditions: [PolicyCondition(key: "rows[*].source", operator: "equal", value: "internal")], action: .markAsTrusted),
        ToolPolicy(id: "d-4", family: .trustedData, toolId: "tool-4", action: .markAsTrusted),
    ]

    /// The tools pane with the first tool opened (`Enter`).
    static func detail() -> AppState {
        var state = SampleState.full(pane: .tools)
        _ = state.reduce(.key(.enter))
        return state
    }

    /// support-bot's tools, opened with `o` on the agents pane.
    static func agentTools() -> AppState {
        var state = SampleState.full(pane: .agents)
        _ = state.reduce(.key(.character("o")))
        state[AgentToolsResource.source].succeed(
            AgentToolsResource.Assigned(
                agentID: "a-1",
                tools: [tools[0], tools[1], tools[3]].map { tool in
                    var assigned = tool
                    assigned.credentialResolutionMode = "static"
                    return assigned
                }), at: SampleState.time(1))
        return state
    }
}
