import Foundation
import ArchestraAPI

/// Editing agents, MCP gateways and (on 1.2 servers) LLM proxies: all are agents of a type.
enum AgentEditor {
    static let scopes = ["personal", "team", "org"]

    static func editor(agentType: AgentType, noun: String) -> ResourceEditor {
        var calls = EditCalls()
        calls.fetch = { client, id in try await client.agent(id: id).raw }
        calls.create = { client, body in try await client.createAgent(body: body).raw }
        calls.update = { client, id, body in try await client.updateAgent(id: id, body: body).raw }
        calls.delete = { client, id in try await client.deleteAgent(id: id) }
        calls.restore = { client, id in _ = try await client.restoreAgent(id: id) }
        return ResourceEditor(
            noun: noun, actions: [.create, .update, .delete, .restore], calls: calls,
            fields: { _, context in fields(agentType: agentType, context: context) },
            validate: validate,
            defaults: { _ in ["scope": .text("org")] },
            // The server makes an MCP gateway of anything sent without a type: always say which.
            createExtras: { _ in ["agentType": .string(agentType.rawValue)] },
            // Records the whole organisation uses need their name typed to be deleted.
            needsTypedName: { $0.string("scope") == "org" })
    }

    /// Every agent keeps its versions; a restore makes a new one from an old one.
    static let history = RecordHistory(
        list: { client, id in
            // Lists leave the configuration out: read it for the most recent versions, the ones worth comparing.
            var versions: [RecordVersion] = []
            for entry in try await client.agentVersions(id: id, limit: 20, offset: 0).data {
                let full = entry.snapshot == nil ? try await client.agentVersion(id: id, version: entry.version) : entry
                versions.append(RecordVersion(version: full.version, createdAt: full.createdAt, snapshot: full.snapshot ?? .null))
            }
            return versions
        },
        restore: { client, id, version in _ = try await client.restoreAgentVersion(id: id, version: version) })

    /// `u` in `:trash`: brings the selected agent (of any type) back.
    static func restoreFromTrash(noun: String) -> RowAction {
        RowAction(
            "restore", help: "restore the selected record from the trash (:trash goes back)", key: .character("u"),
            hint: (label: "restore", priority: 8), inTrash: true, running: "restoring \(noun) %@…",
            request: { client, request in
                _ = try await client.restoreAgent(id: request.id)
                return .done(message: "restored \(request.name)")
            })
    }

    static func fields(agentType: AgentType, context: EditContext) -> [EditableField] {
        var fields = [
            EditableField("name", required: true),
            EditableField("description", nullable: true),
            EditableField("scope", kind: .choice(scopes), required: true, help: "team needs at least one team"),
            EditableField("teams", kind: .teams, help: "needed when scope is team"),
            EditableField("labels", kind: .labels),
        ]
        if agentType == .agent {
            fields.append(EditableField("systemPrompt", label: "system prompt", kind: .multiline, nullable: true))
            fields.append(
                EditableField(
                    "llmModel", label: "model", nullable: true, help: "e.g. " + context.models.prefix(3).joined(separator: ", "),
                    suggestions: context.models))
        }
        fields.append(
            EditableField(
                "considerContextUntrusted", label: "untrusted context", kind: .bool,
                help: "treat tool results as untrusted (guardrail)"))
        return fields
    }

    static func validate(_ values: [String: FieldValue]) -> [FieldProblem] {
        if values["scope"] == .text("team"), (values["teams"]?.list ?? []).isEmpty {
            return [FieldProblem(field: "teams", message: "scope team needs at least one team")]
        }
        return []
    }
}
