import Foundation

/// A guardrail policy of either family (API addendum §3.2, §3.3). A policy whose `conditions` are
/// empty is its tool's default.
public struct ToolPolicy: Sendable, Equatable, Identifiable {
    public var id: String
    public var family: PolicyFamily
    /// `tools.id` (not an agent-tool id).
    public var toolId: String
    public var conditions: [PolicyCondition]
    public var action: PolicyAction
    /// `reason` (invocation) or `description` (trusted data).
    public var note: String?
    /// Newest servers only: evaluation order.
    public var sortOrder: Int?
    /// Newest servers only; semantics UNCONFIRMED (§7.5).
    public var matchTemplate: String?
    /// Trusted data, newest servers only.
    public var labels: [String]
    public var createdAt: String?
    public var updatedAt: String?
    /// The whole record as received.
    public var raw: JSONValue

    public init(
        id: String, family: PolicyFamily, toolId: String, conditions: [PolicyCondition] = [], action: PolicyAction,
        note: String? = nil, sortOrder: Int? = nil, matchTemplate: String? = nil, labels: [String] = [],
        createdAt: String? = nil, updatedAt: String? = nil, raw: JSONValue = .null
    ) {
        self.id = id
        self.family = family
        self.toolId = toolId
        self.conditions = conditions
        self.action = action
        self.note = note
        self.sortOrder = sortOrder
        self.matchTemplate = matchTemplate
        self.labels = labels
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.raw = raw
    }

    /// Reads a policy leniently; throws only without an `id` or a `toolId`. A missing action reads as
    /// the empty action (unknown), never as a guess.
    public init(json: JSONValue, family: PolicyFamily) throws {
        let id = try json.requiredID()
        guard let toolId = json.string("toolId"), !toolId.isEmpty else {
            throw RecordDecodingError("expected a policy with a \"toolId\"")
        }
        self.init(
            id: id, family: family, toolId: toolId, conditions: json.records("conditions"),
            action: PolicyAction(rawValue: json.string("action") ?? ""),
            // The other family's key is read too, in case a server names it differently (pre-1.0 used `description`).
            note: json.string(family.noteKey) ?? json.string(family == .toolInvocation ? "description" : "reason"),
            sortOrder: json.int("sortOrder"), matchTemplate: json.string("matchTemplate"), labels: json.strings("labels"),
            createdAt: json.string("createdAt"), updatedAt: json.string("updatedAt"), raw: json)
    }

    /// Whether this is its tool's default (`conditions: []`).
    public var isDefault: Bool { conditions.isEmpty }

    /// Reads a bare array of policies, skipping and counting elements that are not policies.
    public static func list(_ json: JSONValue, family: PolicyFamily) throws -> (policies: [ToolPolicy], skipped: Int) {
        guard let elements = json.arrayValue ?? json["data"]?.arrayValue else {
            throw RecordDecodingError("expected a JSON array of policies")
        }
        var policies: [ToolPolicy] = []
        for element in elements {
            if let policy = try? ToolPolicy(json: element, family: family) { policies.append(policy) }
        }
        return (policies, elements.count - policies.count)
    }
}
