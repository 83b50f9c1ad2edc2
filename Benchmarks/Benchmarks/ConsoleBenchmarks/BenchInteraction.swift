import Foundation
import ArchestraAPI

/// An LLM-proxy interaction (`GET /api/interactions`, LOGS-GUARDRAILS-CONNECTORS.md §1.5) as a logs pane
/// would read it, written in the house style (`init(json:)`) for the decoding comparison. Issue 24 owns
/// the real model; this one reads the fields such a pane shows and keeps `raw` for its detail view.
struct BenchInteraction: LenientDecodable, Equatable {
    struct Message: LenientDecodable, Equatable {
        var role: String
        /// `content` as a string, or the `text` of its content blocks joined by newlines.
        var text: String
        var toolCallId: String?
        var toolCalls: [ToolCall]

        init(role: String, text: String, toolCallId: String?, toolCalls: [ToolCall]) {
            self.role = role
            self.text = text
            self.toolCallId = toolCallId
            self.toolCalls = toolCalls
        }

        init(json: JSONValue) throws {
            try json.requireObject("a message")
            self.init(
                role: json.string("role") ?? "",
                text: json.string("content") ?? json.array("content").compactMap { $0.string("text") }.joined(separator: "\n"),
                toolCallId: json.string("tool_call_id"), toolCalls: json.records("tool_calls"))
        }
    }

    /// An OpenAI-style tool call: `{id, type: "function", function: {name, arguments}}`.
    struct ToolCall: LenientDecodable, Equatable {
        var id: String
        var name: String
        var arguments: String

        init(id: String, name: String, arguments: String) {
            self.id = id
            self.name = name
            self.arguments = arguments
        }

        init(json: JSONValue) throws {
            let function = json["function"] ?? .null
            self.init(id: try json.requiredID(), name: function.string("name") ?? "", arguments: function.string("arguments") ?? "")
        }
    }

    struct Choice: LenientDecodable, Equatable {
        var index: Int
        var finishReason: String?
        var message: Message?

        init(index: Int, finishReason: String?, message: Message?) {
            self.index = index
            self.finishReason = finishReason
            self.message = message
        }

        init(json: JSONValue) throws {
            try json.requireObject("a choice")
            self.init(index: json.int("index") ?? 0, finishReason: json.string("finish_reason"), message: json.record("message"))
        }
    }

    var id: String
    var type: String
    var profileId: String?
    var externalAgentId: String?
    var userId: String?
    var sessionId: String?
    var source: InteractionSource?
    var authMethod: InteractionAuthMethod?
    var model: String?
    var baselineModel: String?
    var inputTokens: Int?
    var outputTokens: Int?
    var cacheReadTokens: Int?
    var cacheWriteTokens: Int?
    /// Decimal strings on the wire (§0.7).
    var cost: Double?
    var baselineCost: Double?
    var cacheSavings: Double?
    var createdAt: String
    var createdAtDate: Date?
    /// `request.messages`.
    var messages: [Message]
    /// `response.choices`; empty for other providers' shapes and failed calls.
    var choices: [Choice]
    /// `response.error`, for a failed upstream call.
    var responseError: String?
    /// `toolCallBlock.reason`: a guardrail refused this turn's tool calls.
    var blockedReason: String?
    var raw: JSONValue

    init(
        id: String, type: String, profileId: String?, externalAgentId: String?, userId: String?, sessionId: String?,
        source: InteractionSource?, authMethod: InteractionAuthMethod?, model: String?, baselineModel: String?,
        inputTokens: Int?, outputTokens: Int?, cacheReadTokens: Int?, cacheWriteTokens: Int?, cost: Double?,
        baselineCost: Double?, cacheSavings: Double?, createdAt: String, messages: [Message], choices: [Choice],
        responseError: String?, blockedReason: String?, raw: JSONValue
    ) {
        self.id = id
        self.type = type
        self.profileId = profileId
        self.externalAgentId = externalAgentId
        self.userId = userId
        self.sessionId = sessionId
        self.source = source
        self.authMethod = authMethod
        self.model = model
        self.baselineModel = baselineModel
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cacheWriteTokens = cacheWriteTokens
        self.cost = cost
        self.baselineCost = baselineCost
        self.cacheSavings = cacheSavings
        self.createdAt = createdAt
        self.createdAtDate = ISO8601.date(from: createdAt)
        self.messages = messages
        self.choices = choices
        self.responseError = responseError
        self.blockedReason = blockedReason
        self.raw = raw
    }

    init(json: JSONValue) throws {
        let request = json["request"] ?? .null
        let response = json["response"] ?? .null
        self.init(
            id: try json.requiredID(), type: json.string("type") ?? "", profileId: json.string("profileId"),
            externalAgentId: json.string("externalAgentId"), userId: json.string("userId"),
            sessionId: json.string("sessionId"), source: InteractionSource.read(json, "source"),
            authMethod: InteractionAuthMethod.read(json, "authMethod"), model: json.string("model"),
            baselineModel: json.string("baselineModel"), inputTokens: json.int("inputTokens"),
            outputTokens: json.int("outputTokens"), cacheReadTokens: json.int("cacheReadTokens"),
            cacheWriteTokens: json.int("cacheWriteTokens"), cost: json.double("cost"),
            baselineCost: json.double("baselineCost"), cacheSavings: json.double("cacheSavings"),
            createdAt: json.string("createdAt") ?? "", messages: request.records("messages"),
            choices: response.records("choices"), responseError: response.string("error"),
            blockedReason: json["toolCallBlock"]?.string("reason"), raw: json)
    }
}

/// Where an interaction came from (§1.6); the list grows with the server.
struct InteractionSource: LenientEnum {
    var rawValue: String

    static let knownValues: [InteractionSource] = ["api", "model_router", "chat", "chatops:slack", "email", "knowledge:embedding"]
        .map(InteractionSource.init(rawValue:))
}

/// How the caller authenticated (§1.5 `authMethod`).
struct InteractionAuthMethod: LenientEnum {
    var rawValue: String

    static let knownValues: [InteractionAuthMethod] = ["provider_key", "virtual_key", "passthrough_virtual_key", "oauth_user"]
        .map(InteractionAuthMethod.init(rawValue:))
}

extension LenientEnum {
    /// `read` of ArchestraAPI is internal to it.
    static func read(_ json: JSONValue, _ key: String) -> Self? {
        json.string(key).flatMap(Self.init(rawValue:))
    }
}

// MARK: - The same record through JSONDecoder

struct InteractionPageCodable<Policy: RawPolicy>: Decodable {
    var items: [BenchInteraction]
    var skipped: Int

    init(from decoder: Decoder) throws {
        let list = try decoder.members().decode(LenientArray<InteractionCodable<Policy>>.self, forKey: "data")
        items = list.items.map(\.value)
        skipped = list.skipped
    }
}

struct InteractionCodable<Policy: RawPolicy>: Decodable {
    var value: BenchInteraction

    init(from decoder: Decoder) throws {
        let json = try decoder.members()
        let request = json.lenient("request", as: RequestCodable.self)
        let response = json.lenient("response", as: ResponseCodable.self)
        value = BenchInteraction(
            id: try json.requiredID(), type: json.string("type") ?? "", profileId: json.string("profileId"),
            externalAgentId: json.string("externalAgentId"), userId: json.string("userId"),
            sessionId: json.string("sessionId"), source: json.lenient("source"), authMethod: json.lenient("authMethod"),
            model: json.string("model"), baselineModel: json.string("baselineModel"),
            inputTokens: json.int("inputTokens"), outputTokens: json.int("outputTokens"),
            cacheReadTokens: json.int("cacheReadTokens"), cacheWriteTokens: json.int("cacheWriteTokens"),
            cost: json.decimal("cost"), baselineCost: json.decimal("baselineCost"),
            cacheSavings: json.decimal("cacheSavings"), createdAt: json.string("createdAt") ?? "",
            messages: request?.messages ?? [], choices: response?.choices ?? [], responseError: response?.error,
            blockedReason: json.lenient("toolCallBlock", as: BlockCodable.self)?.reason,
            raw: try decoder.raw(Policy.self))
    }

    struct RequestCodable: Decodable {
        var messages: [BenchInteraction.Message]

        init(from decoder: Decoder) throws {
            messages = try decoder.members().records("messages", as: MessageCodable.self).map(\.value)
        }
    }

    struct ResponseCodable: Decodable {
        var choices: [BenchInteraction.Choice]
        var error: String?

        init(from decoder: Decoder) throws {
            let json = try decoder.members()
            choices = json.records("choices", as: ChoiceCodable.self).map(\.value)
            error = json.string("error")
        }
    }

    struct BlockCodable: Decodable {
        var reason: String?

        init(from decoder: Decoder) throws { reason = try decoder.members().string("reason") }
    }

    struct MessageCodable: Decodable {
        var value: BenchInteraction.Message

        init(from decoder: Decoder) throws {
            let json = try decoder.members()
            let text =
                json.string("content")
                ?? json.records("content", as: TextBlockCodable.self).compactMap(\.text).joined(separator: "\n")
            value = BenchInteraction.Message(
                role: json.string("role") ?? "", text: text, toolCallId: json.string("tool_call_id"),
                toolCalls: json.records("tool_calls", as: ToolCallCodable.self).map(\.value))
        }
    }

    /// A content block; only its `text` is read (tool-use and image blocks have none).
    struct TextBlockCodable: Decodable {
        var text: String?

        init(from decoder: Decoder) throws { text = try decoder.members().string("text") }
    }

    struct ToolCallCodable: Decodable {
        var value: BenchInteraction.ToolCall

        init(from decoder: Decoder) throws {
            let json = try decoder.members()
            let function = json.lenient("function", as: FunctionCodable.self)
            value = BenchInteraction.ToolCall(
                id: try json.requiredID(), name: function?.name ?? "", arguments: function?.arguments ?? "")
        }
    }

    struct FunctionCodable: Decodable {
        var name: String?
        var arguments: String?

        init(from decoder: Decoder) throws {
            let json = try decoder.members()
            name = json.string("name")
            arguments = json.string("arguments")
        }
    }

    struct ChoiceCodable: Decodable {
        var value: BenchInteraction.Choice

        init(from decoder: Decoder) throws {
            let json = try decoder.members()
            value = BenchInteraction.Choice(
                index: json.int("index") ?? 0, finishReason: json.string("finish_reason"),
                message: json.lenient("message", as: MessageCodable.self)?.value)
        }
    }
}
