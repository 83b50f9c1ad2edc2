import Foundation
import ArchestraAPI

/// `e` on a tool: its policies of both families as YAML, keys named as the API names them. Saving sends
/// what ``PolicyDiff`` says, one request per changed policy, and nothing else.
extension ToolsResource {
    /// The document's keys, one per family.
    static func fieldName(_ family: PolicyFamily) -> String {
        family == .toolInvocation ? "toolInvocation" : "trustedData"
    }

    static let policyEditor: ResourceEditor = {
        var calls = EditCalls()
        calls.fetch = { client, id in try await policyRecord(client, toolID: id) }
        calls.update = { client, id, body in try await savePolicies(client, toolID: id, body: body) }
        return ResourceEditor(
            noun: "tool", actions: [.update], calls: calls, fields: { record, _ in policyFields(record) },
            validate: { values in
                PolicyFamily.allCases.flatMap { family -> [FieldProblem] in
                    guard case .structure(let value)? = values[fieldName(family)] else { return [] }
                    return problems(value, family: family).map {
                        FieldProblem(field: fieldName(family), message: "\(fieldName(family)): \($0)")
                    }
                }
            })
    }()

    /// The tool's policies as the editor holds them, the operators the server accepts, and a marker that
    /// changes whenever any of its policies does (for the conflict check).
    static func policyRecord(_ client: ArchestraClient, toolID: String) async throws -> JSONValue {
        let operators = ((try? await client.policyOperators()) ?? []).map(\.value)
        var record: [String: JSONValue] = [
            "id": .string(toolID),
            "operators": .array((operators.isEmpty ? PolicyOperator.documented.map(\.value) : operators).map(JSONValue.string)),
        ]
        var markers: [String] = []
        for family in PolicyFamily.allCases {
            let policies = try await client.policies(family).filter { $0.toolId == toolID }
            let set = PolicySet(policies)
            // The default first, as the platform's own screen shows it, then the rules in evaluation order.
            record[fieldName(family)] = .array(((set.defaultPolicy.map { [$0] } ?? []) + set.rules).map { entry($0) })
            markers += policies.map { "\(family.rawValue):\($0.id)@\($0.updatedAt ?? "")" }
        }
        record["updatedAt"] = .string(markers.sorted().joined(separator: ","))
        return .object(record)
    }

    /// One policy as the document writes it: `conditions`, `action`, the note when there is one, `id`.
    static func entry(_ policy: ToolPolicy) -> JSONValue {
        var members: [String: JSONValue] = [
            "conditions": .array(policy.conditions.map(\.json)), "action": .string(policy.action.rawValue), "id": .string(policy.id),
        ]
        if let note = policy.note, !note.isEmpty { members[policy.family.noteKey] = .string(note) }
        return .object(members)
    }

    static func policyFields(_ record: JSONValue?) -> [EditableField] {
        let listed = record?.strings("operators") ?? []
        let operators = listed.isEmpty ? PolicyOperator.documented.map(\.value) : listed
        return PolicyFamily.allCases.map { family in
            // Actions the server holds but this build does not list stay possible, so an unchanged document reads back.
            let held = (record?[fieldName(family)]?.arrayValue ?? []).compactMap { $0.string("action") }
            var actions = family.actions.map(\.rawValue)
            actions += held.filter { !actions.contains($0) }
            let what =
                family == .toolInvocation
                ? "when may the tool be called" : "how the tool's results are treated"
            return EditableField(
                fieldName(family), label: fieldName(family),
                kind: .structured(
                    StructureShape(
                        keyOrder: ["conditions", "action", family.noteKey, "id", "key", "operator", "value"],
                        allowedValues: ["action": actions, "operator": operators])),
                help: "\(what); each entry: conditions (AND-ed {key, operator, value}; [] is the default), action, "
                    + "\(family.noteKey) (optional), id (leave it; a new entry has none). Operators: "
                    + operators.joined(separator: ", "))
        }
    }

    /// What is wrong with an edited list beyond its actions and operators (checked as the document is read).
    static func problems(_ value: JSONValue, family: PolicyFamily) -> [String] {
        guard let entries = value.arrayValue else { return ["expected a list of policies ('- conditions: …' entries, or [])"] }
        let members: Set<String> = ["conditions", "action", family.noteKey, "id"]
        var problems: [String] = []
        var defaults = 0
        for (offset, entry) in entries.enumerated() {
            let label = "entry \(offset + 1)"
            guard case .object(let object) = entry else {
                problems.append("\(label): expected conditions, action and \(family.noteKey)")
                continue
            }
            for key in object.keys.sorted() where !members.contains(key) {
                problems.append("\(label): unknown key '\(key)' (keys: conditions, action, \(family.noteKey), id)")
            }
            if object["action"]?.stringValue == nil { problems.append("\(label): action is required") }
            if let note = object[family.noteKey], note != .null, note.stringValue == nil {
                problems.append("\(label): \(family.noteKey) must be text")
            }
            let conditions = object["conditions"] ?? .array([])
            guard let list = conditions.arrayValue else {
                problems.append("\(label): conditions must be a list ([] for the default)")
                continue
            }
            if list.isEmpty { defaults += 1 }
            for condition in list {
                guard let key = condition.string("key"), !key.isEmpty, condition.string("operator") != nil, condition["value"] != nil,
                    condition["value"] != .null
                else {
                    problems.append("\(label): each condition needs key, operator and value")
                    continue
                }
            }
        }
        if defaults > 1 { problems.append("only one default (conditions: []) per list; there are \(defaults)") }
        return problems
    }

    /// The edited entries as drafts for ``PolicyDiff``.
    static func drafts(_ value: JSONValue, family: PolicyFamily) -> [PolicyDraft] {
        (value.arrayValue ?? []).compactMap { entry in
            guard let action = entry.string("action") else { return nil }
            let conditions: [PolicyCondition] = (entry["conditions"]?.arrayValue ?? []).compactMap { try? PolicyCondition(json: $0) }
            return PolicyDraft(
                id: entry.string("id"), conditions: conditions, action: PolicyAction(rawValue: action), note: entry.string(family.noteKey))
        }
    }

    /// Sends, for each family the edit changed, the requests that make the server hold the edited list.
    /// A failure after some requests went through says how many did: those changes are on the server.
    static func savePolicies(_ client: ArchestraClient, toolID: String, body: JSONValue) async throws -> JSONValue {
        var sent = 0
        do {
            for family in PolicyFamily.allCases {
                guard let edited = body[fieldName(family)] else { continue }
                let server = try await client.policies(family)
                let requests = PolicyDiff.requests(family: family, toolId: toolID, server: server, edited: drafts(edited, family: family))
                for request in requests {
                    try await client.send(request)
                    sent += 1
                }
            }
        } catch let error as ArchestraError where sent > 0 {
            guard case .http(let status, let type, let message, let endpoint) = error else { throw error }
            let already = sent == 1 ? "1 change was" : "\(sent) changes were"
            throw ArchestraError.http(
                status: status, type: type, message: message + " (\(already) saved before it)", endpoint: endpoint)
        }
        return .object(["id": .string(toolID)])
    }
}
