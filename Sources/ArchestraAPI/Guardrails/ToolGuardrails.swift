import Foundation

/// A tool's policies of both families, joined on `toolId` (API addendum §3.5, "guardrail matrix").
///
/// A policy with empty `conditions` is the tool's default; the others are its rules.
public struct ToolGuardrails: Sendable, Equatable {
    public var invocation: PolicySet
    public var trustedData: PolicySet

    public init(invocation: PolicySet = .init(), trustedData: PolicySet = .init()) {
        self.invocation = invocation
        self.trustedData = trustedData
    }

    /// The set of `family`.
    public subscript(family: PolicyFamily) -> PolicySet {
        get { family == .toolInvocation ? invocation : trustedData }
        set {
            if family == .toolInvocation { invocation = newValue } else { trustedData = newValue }
        }
    }

    /// Tool id → its guardrails. Tools without any policy are absent (read them as `ToolGuardrails()`);
    /// policies of tools not in the tool list are kept under their `toolId` all the same.
    public static func join(invocation: [ToolPolicy], trustedData: [ToolPolicy]) -> [String: ToolGuardrails] {
        var byTool: [String: (invocation: [ToolPolicy], trustedData: [ToolPolicy])] = [:]
        for policy in invocation { byTool[policy.toolId, default: ([], [])].invocation.append(policy) }
        for policy in trustedData { byTool[policy.toolId, default: ([], [])].trustedData.append(policy) }
        return byTool.mapValues { lists in
            ToolGuardrails(invocation: PolicySet(lists.invocation), trustedData: PolicySet(lists.trustedData))
        }
    }
}

/// One family's policies of one tool.
public struct PolicySet: Sendable, Equatable {
    /// The default (`conditions: []`), `nil` when the tool has none (the server's own default applies).
    public var defaultPolicy: ToolPolicy?
    /// The conditional rules in evaluation order: `sortOrder` where the server sends it, else the server's order.
    /// A second empty-condition policy (which the platform should not hold) stays here so nothing is hidden.
    public var rules: [ToolPolicy]

    public init(defaultPolicy: ToolPolicy? = nil, rules: [ToolPolicy] = []) {
        self.defaultPolicy = defaultPolicy
        self.rules = rules
    }

    /// Splits `policies` (in server order) into the default and the ordered rules.
    public init(_ policies: [ToolPolicy]) {
        let ordered = policies.enumerated().sorted { left, right in
            (left.element.sortOrder ?? Int.max, left.offset) < (right.element.sortOrder ?? Int.max, right.offset)
        }.map(\.element)
        let defaultIndex = ordered.firstIndex(where: \.isDefault)
        defaultPolicy = defaultIndex.map { ordered[$0] }
        rules = ordered.enumerated().filter { $0.offset != defaultIndex }.map(\.element)
    }

    /// The default's action, `nil` without a default.
    public var defaultAction: PolicyAction? { defaultPolicy?.action }

    /// Every policy as the platform evaluates them: the rules, then the default that applies when none matches.
    public var evaluationOrder: [ToolPolicy] { rules + (defaultPolicy.map { [$0] } ?? []) }

    public var isEmpty: Bool { defaultPolicy == nil && rules.isEmpty }
}
