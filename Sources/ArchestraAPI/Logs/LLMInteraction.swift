import Foundation

/// One LLM proxy interaction (`GET /api/interactions`, `GET /api/interactions/{id}`), request and
/// response bodies included. Read leniently: only `id` is required.
public struct LLMInteraction: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    /// The provider API, e.g. `anthropic:messages`, `openai:chatCompletions`.
    public var type: String?
    /// The Archestra agent or proxy (profile); `nil` once it is deleted.
    public var profileId: String?
    /// `X-Archestra-Agent-Id`, or the client the platform recognised (`anthropic_claude`).
    public var externalAgentId: String?
    /// The resolved name for `externalAgentId`, when the server has one.
    public var externalAgentIdLabel: String?
    public var userId: String?
    public var sessionId: String?
    public var source: String?
    public var model: String?
    /// The model asked for before cost optimisation; differs from `model` when it rerouted the call.
    public var baselineModel: String?
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var cacheReadTokens: Int?
    public var cacheWriteTokens: Int?
    public var cost: DecimalText?
    public var baselineCost: DecimalText?
    public var toolCallBlock: ToolCallBlock?
    public var unsafeContextBoundary: ContextBoundary?
    /// The provider-native request body.
    public var request: JSONValue?
    /// What was sent upstream after the platform changed it (tools injected, content sanitised).
    public var processedRequest: JSONValue?
    /// The provider-native response, or `{"error": …}` when the provider failed.
    public var response: JSONValue?
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    /// `createdAt`, parsed once.
    public private(set) var createdAtDate: Date?
    /// The whole record as received.
    public var raw: JSONValue

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        type = json.string("type")
        profileId = json.string("profileId")
        externalAgentId = json.string("externalAgentId")
        externalAgentIdLabel = json.string("externalAgentIdLabel")
        userId = json.string("userId")
        sessionId = json.string("sessionId")
        source = json.string("source")
        model = json.string("model")
        baselineModel = json.string("baselineModel")
        inputTokens = json.int("inputTokens")
        outputTokens = json.int("outputTokens")
        cacheReadTokens = json.int("cacheReadTokens")
        cacheWriteTokens = json.int("cacheWriteTokens")
        cost = DecimalText.read(json, "cost")
        baselineCost = DecimalText.read(json, "baselineCost")
        toolCallBlock = ToolCallBlock(json: json["toolCallBlock"])
        unsafeContextBoundary = ContextBoundary(json: json["unsafeContextBoundary"])
        request = json["request"].flatMap { $0.isNull ? nil : $0 }
        processedRequest = json["processedRequest"].flatMap { $0.isNull ? nil : $0 }
        response = json["response"].flatMap { $0.isNull ? nil : $0 }
        createdAt = json.string("createdAt")
        createdAtDate = ISO8601.date(from: createdAt)
        raw = json
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// The agent's name as the log knows it: `externalAgentIdLabel`, else `externalAgentId`. (A console
    /// looks up `profileId` among the agents it knows first.)
    public var agentLabel: String? { LogLabels.agent(label: externalAgentIdLabel, id: externalAgentId) }

    /// Whether cost optimisation sent the call to another model than the one asked for.
    public var isRerouted: Bool { LogLabels.isRerouted(model: model, baselineModel: baselineModel) }

    /// ok, upstream error (`response.error`) or refused by a guardrail.
    public var status: InteractionStatus {
        InteractionStatus.derive(
            block: toolCallBlock, boundary: unsafeContextBoundary, error: InteractionStatus.upstreamError(in: response?["error"]))
    }

    /// The words of the last user message of the request, if it has any.
    public var lastUserMessage: String? { ProviderMessages.lastUserText(in: request) }

    /// The tool calls the model asked for in its response.
    public var requestedToolCalls: [RequestedToolCall] { ProviderMessages.requestedToolCalls(in: response) }
}

/// Labels shared by the log rows.
enum LogLabels {
    static func agent(label: String?, id: String?) -> String? {
        label?.trimmedWhitespace.nonEmpty ?? id?.trimmedWhitespace.nonEmpty
    }

    static func isRerouted(model: String?, baselineModel: String?) -> Bool {
        guard let model, let baselineModel, !baselineModel.isEmpty else { return false }
        return model != baselineModel
    }
}
