import Foundation

/// One MCP gateway call (`GET /api/mcp-tool-calls`). Read leniently: only `id` is required.
///
/// There is no status column: a call failed when `toolResult.isError` is true or `toolResult.error` is set.
public struct MCPToolCall: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var agentId: String?
    public var mcpServerName: String?
    /// `tools/call`, `tools/list`, `initialize`, …
    public var method: String?
    /// The provider's call id from `toolCall.id`.
    public var toolCallId: String?
    /// `toolCall.name`; `nil` for methods that call no tool.
    public var toolName: String?
    /// `toolCall.arguments`.
    public var arguments: JSONValue?
    /// `toolResult` as sent.
    public var result: JSONValue?
    public var userId: String?
    public var userName: String?
    public var authMethod: String?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    public private(set) var createdAtDate: Date?
    public var raw: JSONValue

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        agentId = json.string("agentId")
        mcpServerName = json.string("mcpServerName")
        method = json.string("method")
        let call = json["toolCall"]
        toolCallId = call?.string("id")
        toolName = call?.string("name")
        arguments = call?["arguments"].flatMap { $0.isNull ? nil : ProviderMessages.parsedArguments($0) }
        result = json["toolResult"].flatMap { $0.isNull ? nil : $0 }
        userId = json.string("userId")
        userName = json.string("userName")
        authMethod = json.string("authMethod")
        createdAt = json.string("createdAt")
        createdAtDate = ISO8601.date(from: createdAt)
        raw = json
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// Whether the tool reported a failure (`toolResult.isError`, or a `toolResult.error`).
    public var isError: Bool {
        guard let result else { return false }
        if result.bool("isError") == true { return true }
        if let error = result["error"], !error.isNull, error != .bool(false) { return true }
        return false
    }

    /// What the failure said: the first text of `toolResult.content`, else `toolResult.error`; `nil` when it did not fail.
    public var errorText: String? {
        guard isError, let result else { return nil }
        let firstText = result.array("content").lazy.compactMap { $0.string("text")?.trimmedWhitespace.nonEmpty }.first
        return firstText ?? InteractionStatus.upstreamError(in: result["error"]) ?? "the tool reported an error"
    }

    /// The arguments as compact JSON on one line (keys sorted), `""` when there are none.
    public var argumentsLine: String {
        guard let arguments else { return "" }
        return JSONLine.text(arguments)
    }
}

/// JSON on one line, for log columns.
enum JSONLine {
    static func text(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
