import Foundation

/// Which of the two guardrail tables a policy belongs to (API addendum §3.2, §3.3).
public enum PolicyFamily: String, Sendable, Hashable, CaseIterable {
    /// `/api/autonomy-policies/tool-invocation`: may the tool be called.
    case toolInvocation
    /// `/api/trusted-data-policies`: how the tool's results are treated.
    case trustedData

    /// The collection path, e.g. `/api/trusted-data-policies`.
    public var collectionPath: String {
        switch self {
        case .toolInvocation: return "/api/autonomy-policies/tool-invocation"
        case .trustedData: return "/api/trusted-data-policies"
        }
    }

    /// The free-text member: `reason` for invocation policies, `description` for trusted-data ones.
    public var noteKey: String {
        switch self {
        case .toolInvocation: return "reason"
        case .trustedData: return "description"
        }
    }

    /// The actions the addendum lists for this family, in the order an editor offers them.
    public var actions: [PolicyAction] {
        switch self {
        case .toolInvocation:
            return [.allowWhenContextIsUntrusted, .blockWhenContextIsUntrusted, .blockAlways, .requireApproval]
        case .trustedData:
            return [.markAsTrusted, .markAsUntrusted, .blockAlways, .sanitizeWithDualLLM]
        }
    }
}

/// A policy's `action`, kept as the server's text so a value this client does not know survives.
public struct PolicyAction: LenientEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    // Tool invocation (§3.2).
    public static let allowWhenContextIsUntrusted = PolicyAction(rawValue: "allow_when_context_is_untrusted")
    public static let blockWhenContextIsUntrusted = PolicyAction(rawValue: "block_when_context_is_untrusted")
    public static let requireApproval = PolicyAction(rawValue: "require_approval")
    // Both families.
    public static let blockAlways = PolicyAction(rawValue: "block_always")
    // Trusted data (§3.3).
    public static let markAsTrusted = PolicyAction(rawValue: "mark_as_trusted")
    public static let markAsUntrusted = PolicyAction(rawValue: "mark_as_untrusted")
    public static let sanitizeWithDualLLM = PolicyAction(rawValue: "sanitize_with_dual_llm")
    /// Newest servers only (§3.3).
    public static let assignLabels = PolicyAction(rawValue: "assign_labels")

    public static let knownValues: [PolicyAction] = [
        .allowWhenContextIsUntrusted, .blockWhenContextIsUntrusted, .requireApproval, .blockAlways,
        .markAsTrusted, .markAsUntrusted, .sanitizeWithDualLLM, .assignLabels,
    ]

    /// How strongly the action restricts the tool, for colouring: block red, approval yellow.
    public var severity: Severity {
        switch self {
        case .blockAlways, .blockWhenContextIsUntrusted: return .block
        case .requireApproval, .sanitizeWithDualLLM, .markAsUntrusted: return .caution
        case .allowWhenContextIsUntrusted, .markAsTrusted: return .permit
        default: return .unknown
        }
    }

    /// Words for a person: `block_when_context_is_untrusted` → "block when context is untrusted".
    public var words: String {
        switch self {
        case .sanitizeWithDualLLM: return "sanitize with dual LLM"
        default: return rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// A coarse grouping of actions for display.
    public enum Severity: Sendable, Equatable {
        case block, caution, permit, unknown
    }
}
