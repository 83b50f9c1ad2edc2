import ArchestraAPI

/// Seeds tool parameters and guardrail policies: every action of both families appears on some tool,
/// some tools have conditional rules, and some have no policy at all.
///
/// Uses a generator of its own, so adding guardrails changed no other seeded value.
struct GuardrailSeed {
    let generation: APIGeneration
    let now: Double

    private struct Spec {
        var tool: String
        var family: PolicyFamily
        var conditions: [(key: String, operator: String, value: String)] = []
        var action: PolicyAction
        var note: String? = nil
    }

    private static let specs: [Spec] = [
        Spec(
            tool: "github__create_issue", family: .toolInvocation, action: .blockWhenContextIsUntrusted,
            note: "writes to repositories; not with untrusted context"),
        Spec(
            tool: "github__create_issue", family: .toolInvocation, conditions: [("repo", "startsWith", "internal/")],
            action: .allowWhenContextIsUntrusted),
        Spec(tool: "github__search_issues", family: .toolInvocation, action: .allowWhenContextIsUntrusted, note: "read-only"),
        Spec(tool: "github__search_issues", family: .trustedData, action: .markAsUntrusted, note: "issue text is written by anyone"),
        Spec(
            tool: "github__get_pull_request", family: .trustedData, conditions: [("files[*].path", "contains", ".env")],
            action: .blockAlways, note: "never hand secrets to the model"),
        Spec(tool: "github__get_pull_request", family: .trustedData, action: .markAsUntrusted),
        Spec(tool: "linear__create_issue", family: .toolInvocation, action: .requireApproval, note: "a person confirms new issues"),
        Spec(
            tool: "jira__transition_issue", family: .toolInvocation, action: .blockAlways,
            note: "status changes go through the change board"),
        Spec(tool: "jira__search", family: .trustedData, action: .markAsUntrusted, note: "tickets come from customers"),
        Spec(
            tool: "jira__search", family: .trustedData, conditions: [("issues[*].reporter", "endsWith", "@acme.example")],
            action: .markAsTrusted, note: "filed by staff"),
        Spec(
            tool: "archestra__delegate_to_agent", family: .trustedData, action: .sanitizeWithDualLLM,
            note: "another agent's answer may carry injected instructions"),
        Spec(tool: "archestra__query_knowledge_sources", family: .trustedData, action: .markAsTrusted, note: "curated documents"),
    ]

    /// JSON schemas for tools whose arguments the demo shows in detail (others keep `{query: string}`).
    private static let parameters: [String: JSONValue] = [
        "github__create_issue": schema(
            [
                ("repo", "string", "owner/name of the repository"), ("title", "string", "Issue title"),
                ("body", "string", "Markdown body"), ("labels", "array", "Label names"),
            ], required: ["repo", "title"]),
        "github__search_issues": schema(
            [("query", "string", "GitHub search syntax"), ("perPage", "integer", "Results per page (max 100)")], required: ["query"]),
        "github__get_pull_request": schema(
            [("repo", "string", "owner/name of the repository"), ("number", "integer", "Pull request number")],
            required: ["repo", "number"]),
        "jira__transition_issue": schema(
            [("issueKey", "string", "e.g. OPS-42"), ("status", "string", "Target status name")], required: ["issueKey", "status"]),
        "linear__create_issue": schema(
            [("teamId", "string", "Linear team"), ("title", "string", "Issue title"), ("priority", "integer", "0 (none) to 4 (low)")],
            required: ["teamId", "title"]),
    ]

    /// Sets the parameters above on the seeded tools and stores the policies.
    func seed(_ world: inout SimulatedWorld, seed: UInt64) {
        var random = SplitMix64(seed: seed ^ 0x7075_6C69_6379)  // "policy"
        for server in world.mcpServers.indices {
            for tool in world.mcpServers[server].tools.indices {
                let name = world.mcpServers[server].tools[tool].text("name") ?? ""
                if let schema = Self.parameters[name] { world.mcpServers[server].tools[tool]["parameters"] = schema }
            }
        }
        let toolIDs = Dictionary(world.toolEntries.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        var store = GuardrailStore(random: SplitMix64(seed: seed ^ 0x6775_6172_6472_6169))
        for (offset, spec) in Self.specs.enumerated() {
            guard let toolID = toolIDs[spec.tool] else { continue }
            let created = now - Double(30 - offset) * Timestamp.day
            var document: JSONObject = [
                "id": .string(random.uuid()), "toolId": .string(toolID),
                "conditions": .array(spec.conditions.map { PolicyCondition(key: $0.key, operator: $0.operator, value: $0.value).json }),
                "action": .string(spec.action.rawValue), spec.family.noteKey: JSON.string(spec.note),
                "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(created),
            ]
            if generation.policiesHaveSortOrder {
                document["sortOrder"] = JSON.int(store[spec.family].filter { $0.text("toolId") == toolID }.count)
                document["matchTemplate"] = .null
            }
            store[spec.family].append(document)
        }
        world.guardrails = store
    }

    private static func schema(_ properties: [(String, String, String)], required: [String]) -> JSONValue {
        var members: JSONObject = [:]
        for (name, type, description) in properties {
            var property: JSONObject = ["type": .string(type), "description": .string(description)]
            if type == "array" { property["items"] = .object(["type": .string("string")]) }
            members[name] = .object(property)
        }
        return .object(["type": .string("object"), "properties": .object(members), "required": JSON.strings(required)])
    }
}
