import Foundation

/// A policy as an editor holds it: an existing one carries its `id`, a new one has none.
public struct PolicyDraft: Sendable, Equatable {
    public var id: String?
    public var conditions: [PolicyCondition]
    public var action: PolicyAction
    /// `reason` (invocation) or `description` (trusted data); `nil` and empty both mean none.
    public var note: String?
    /// Compared and sent only when set (newest servers order policies by it).
    public var sortOrder: Int?

    public init(
        id: String? = nil, conditions: [PolicyCondition] = [], action: PolicyAction, note: String? = nil, sortOrder: Int? = nil
    ) {
        self.id = id
        self.conditions = conditions
        self.action = action
        self.note = note
        self.sortOrder = sortOrder
    }

    /// The draft of a policy as the server holds it.
    public init(_ policy: ToolPolicy) {
        self.init(
            id: policy.id, conditions: policy.conditions, action: policy.action, note: policy.note, sortOrder: policy.sortOrder)
    }
}

/// One write the policy editor sends.
public struct PolicyRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `POST` a new policy.
        case create
        /// `PUT` the changed fields of policy `id`.
        case update(id: String)
        /// `DELETE` policy `id`.
        case delete(id: String)
    }

    public var family: PolicyFamily
    public var kind: Kind
    /// The JSON body; `nil` for a delete.
    public var body: JSONValue?

    public init(family: PolicyFamily, kind: Kind, body: JSONValue?) {
        self.family = family
        self.kind = kind
        self.body = body
    }

    public var method: String {
        switch kind {
        case .create: return "POST"
        case .update: return "PUT"
        case .delete: return "DELETE"
        }
    }

    /// The path, with the id escaped as a path segment.
    public var path: String {
        switch kind {
        case .create: return family.collectionPath
        case .update(let id), .delete(let id): return family.collectionPath + "/" + ArchestraClient.escapePathSegment(id)
        }
    }
}

/// What the policy editor must send so the server holds the edited list, and nothing more.
public enum PolicyDiff {
    /// Compares the server's policies of one tool and family with the edited list.
    ///
    /// A draft with an `id` matches that policy; a draft without one matches the first unmatched server policy
    /// with the same conditions (so the default, `conditions: []`, is found without an id). Then: matched and
    /// unchanged → nothing; matched and changed → one `PUT` with only the changed fields; unmatched draft → `POST`;
    /// unmatched server policy → `DELETE`. Deletes come first, then updates, then creates, each in list order,
    /// so a rule replaced by another never exists twice. A draft naming an id the server no longer holds is matched
    /// like one without an id.
    public static func requests(
        family: PolicyFamily, toolId: String, server: [ToolPolicy], edited: [PolicyDraft]
    ) -> [PolicyRequest] {
        let current = server.filter { $0.toolId == toolId && $0.family == family }
        var matched = Set<String>()
        var pairs: [(draft: PolicyDraft, policy: ToolPolicy?)] = []
        // Ids first, so a draft without an id cannot take a policy another draft names.
        let named = Set(edited.compactMap(\.id).filter { id in current.contains { $0.id == id } })
        for draft in edited {
            if let id = draft.id, let policy = current.first(where: { $0.id == id }), !matched.contains(id) {
                matched.insert(id)
                pairs.append((draft, policy))
            } else {
                pairs.append((draft, nil))
            }
        }
        for index in pairs.indices where pairs[index].policy == nil && pairs[index].draft.id.map(named.contains) != true {
            let draft = pairs[index].draft
            if let policy = current.first(where: { !matched.contains($0.id) && !named.contains($0.id) && $0.conditions == draft.conditions }
            ) {
                matched.insert(policy.id)
                pairs[index].policy = policy
            }
        }
        let deletes = current.filter { !matched.contains($0.id) }.map {
            PolicyRequest(family: family, kind: .delete(id: $0.id), body: nil)
        }
        var updates: [PolicyRequest] = []
        var creates: [PolicyRequest] = []
        for (draft, policy) in pairs {
            if let policy {
                let changes = changedFields(family: family, from: policy, to: draft)
                if !changes.isEmpty { updates.append(PolicyRequest(family: family, kind: .update(id: policy.id), body: .object(changes))) }
            } else {
                creates.append(PolicyRequest(family: family, kind: .create, body: createBody(family: family, toolId: toolId, draft)))
            }
        }
        return deletes + updates + creates
    }

    /// The members of `draft` that differ from `policy`, in body form.
    static func changedFields(family: PolicyFamily, from policy: ToolPolicy, to draft: PolicyDraft) -> [String: JSONValue] {
        var changes: [String: JSONValue] = [:]
        if draft.conditions != policy.conditions { changes["conditions"] = .array(draft.conditions.map(\.json)) }
        if draft.action != policy.action { changes["action"] = .string(draft.action.rawValue) }
        if normalized(draft.note) != normalized(policy.note) {
            changes[family.noteKey] = normalized(draft.note).map(JSONValue.string) ?? .null
        }
        if let order = draft.sortOrder, order != policy.sortOrder { changes["sortOrder"] = .number(Double(order)) }
        return changes
    }

    static func createBody(family: PolicyFamily, toolId: String, _ draft: PolicyDraft) -> JSONValue {
        var body: [String: JSONValue] = [
            "toolId": .string(toolId), "conditions": .array(draft.conditions.map(\.json)), "action": .string(draft.action.rawValue),
        ]
        if let note = normalized(draft.note) { body[family.noteKey] = .string(note) }
        if let order = draft.sortOrder { body["sortOrder"] = .number(Double(order)) }
        return .object(body)
    }

    private static func normalized(_ note: String?) -> String? {
        guard let note, !note.isEmpty else { return nil }
        return note
    }
}
