import Foundation

/// `toolCallBlock` of an interaction: a guardrail refused the tool calls the model asked for this turn.
public struct ToolCallBlock: Sendable, Hashable {
    /// The guardrail's reason, as shown to the model.
    public var reason: String?
    public var blockedToolCallCount: Int?

    public init(reason: String? = nil, blockedToolCallCount: Int? = nil) {
        self.reason = reason
        self.blockedToolCallCount = blockedToolCallCount
    }

    /// `nil` for a missing or `null` member; any object counts as a block.
    init?(json: JSONValue?) {
        guard let json, json.objectValue != nil else { return nil }
        self.init(reason: json.string("reason"), blockedToolCallCount: json.int("blockedToolCallCount"))
    }
}

/// `unsafeContextBoundary` of an interaction: where untrusted content entered the context.
public struct ContextBoundary: Sendable, Hashable {
    /// The reason that means a tool result was blocked by a guardrail (a refusal).
    public static let toolResultBlocked = "tool_result_blocked"

    /// `preexisting_untrusted` or `tool_result` (others kept as sent).
    public var kind: String?
    /// `agent_configured_untrusted`, `inherited_from_parent`, `tool_result_marked_untrusted`, `tool_result_blocked`, …
    public var reason: String?
    public var toolCallId: String?
    public var toolName: String?

    public init(kind: String? = nil, reason: String? = nil, toolCallId: String? = nil, toolName: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.toolCallId = toolCallId
        self.toolName = toolName
    }

    init?(json: JSONValue?) {
        guard let json, json.objectValue != nil else { return nil }
        self.init(
            kind: json.string("kind"), reason: json.string("reason"), toolCallId: json.string("toolCallId"),
            toolName: json.string("toolName"))
    }

    /// Whether this boundary records a tool result a guardrail blocked.
    public var isBlockedToolResult: Bool { reason == Self.toolResultBlocked }
}

/// How an LLM interaction ended, as a log shows it.
public enum InteractionStatus: Sendable, Hashable {
    case ok
    /// The provider failed; the message from `response.error`.
    case upstreamError(String)
    /// A guardrail refused a tool call (`toolCallBlock`) or blocked a tool result (`unsafeContextBoundary`
    /// with reason `tool_result_blocked`); the guardrail's reason in words.
    case refused(String)

    public var isRefused: Bool {
        if case .refused = self { return true }
        return false
    }

    public var isUpstreamError: Bool {
        if case .upstreamError = self { return true }
        return false
    }

    /// A refusal outranks an error: it is what an operator watching guardrails looks for.
    static func derive(block: ToolCallBlock?, boundary: ContextBoundary?, error: String?) -> InteractionStatus {
        if let block {
            return .refused(block.reason?.trimmedWhitespace.nonEmpty ?? "a guardrail refused the tool call")
        }
        if let boundary, boundary.isBlockedToolResult {
            let tool = boundary.toolName.map { " of \($0)" } ?? ""
            return .refused("a guardrail blocked the tool result\(tool)")
        }
        if let error { return .upstreamError(error) }
        return .ok
    }

    /// The message of an upstream failure: `{"error": "text"}` or `{"error": {"message": "text"}}`.
    static func upstreamError(in value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?:
            return text.trimmedWhitespace.nonEmpty ?? "upstream error"
        case .object?:
            return value?.string("message")?.trimmedWhitespace.nonEmpty ?? value?.string("type") ?? "upstream error"
        case .bool(true)?:
            return "upstream error"
        default:
            return nil
        }
    }
}

extension String {
    /// `nil` for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
