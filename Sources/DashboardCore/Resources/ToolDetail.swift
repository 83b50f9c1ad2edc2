import Foundation
import ArchestraAPI

/// What `Enter` shows of a tool: its description, its parameters from the JSON schema, the agents it
/// is assigned to, and every policy in evaluation order (the rules, then the default).
enum ToolDetail {
    static func lines(_ tool: Tool, guardrails: ToolGuardrails, server: String) -> [DetailLine] {
        var lines = [
            DetailLine(depth: 0, key: "name", value: tool.name),
            DetailLine(depth: 0, key: "MCP server", value: server),
            DetailLine(depth: 0, key: "description", value: tool.description.map(oneLine) ?? "-"),
        ]
        let parameters = tool.parameterList
        lines.append(DetailLine(depth: 0, key: "parameters", value: parameters.isEmpty ? "none" : "", emphasis: .heading))
        for parameter in parameters {
            var kind = parameter.type.isEmpty ? "any" : parameter.type
            if parameter.isRequired { kind += ", required" }
            let about = parameter.description.map { " - " + oneLine($0) } ?? ""
            lines.append(DetailLine(depth: 1, key: parameter.name, value: "(\(kind))" + about))
        }
        lines += agentLines(tool)
        lines += policyLines("tool invocation (may it be called)", guardrails.invocation)
        lines += policyLines("trusted data (how its results count)", guardrails.trustedData)
        lines.append(DetailLine(depth: 0, key: "id", value: tool.id))
        return lines
    }

    static func agentLines(_ tool: Tool) -> [DetailLine] {
        guard ToolsResource.knowsAssignments(tool) else {
            return [DetailLine(depth: 0, key: "assigned to", value: "not said by this server version")]
        }
        let agents = tool.assignedAgents
        let count = max(tool.assignmentCount, agents.count)
        var lines = [
            DetailLine(
                depth: 0, key: "assigned to", value: count == 0 ? "no agent" : count == 1 ? "1 agent" : "\(count) agents",
                emphasis: .heading)
        ]
        lines += agents.map { DetailLine(depth: 1, key: "", value: $0.name.isEmpty ? $0.id : $0.name) }
        return lines
    }

    /// The family's policies as the platform evaluates them; "server default" when the tool has none.
    static func policyLines(_ title: String, _ policies: PolicySet) -> [DetailLine] {
        var lines = [
            DetailLine(depth: 0, key: title, value: policies.isEmpty ? "no policies: the server's default applies" : "", emphasis: .heading)
        ]
        for (offset, policy) in policies.evaluationOrder.enumerated() {
            let when = policy.isDefault ? "otherwise (default)" : policy.conditions.map(conditionText).joined(separator: " and ")
            var value = PolicyWording.short(policy.action)
            if let note = policy.note, !note.isEmpty { value += " - " + oneLine(note) }
            let emphasis: DetailLine.Emphasis =
                switch PolicyWording.level(policy.action) {
                case .danger?: .danger
                case .warning?: .warning
                default: .none
                }
            lines.append(DetailLine(depth: 1, key: "\(offset + 1). \(when)", value: value, emphasis: emphasis))
        }
        return lines
    }

    /// `repo startsWith "internal/"`.
    static func conditionText(_ condition: PolicyCondition) -> String {
        "\(condition.key) \(condition.operator) \"\(condition.value)\""
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
