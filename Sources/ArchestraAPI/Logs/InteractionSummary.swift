import Foundation

/// An interaction without its bodies: a row of `GET /api/interactions/summaries`, or one made from a full
/// record where that endpoint does not exist (older servers answer 404).
///
/// The summaries schema is not published (API notes §11.3): the base columns are read as on a
/// full record, plus `lastUserMessagePreview` and an upstream error in `error` (a string or `{message}`) or in
/// a `response.error`, whichever the server sends.
public struct InteractionSummary: LenientDecodable, Decodable, Equatable, Identifiable {
    public var id: String
    public var type: String?
    public var profileId: String?
    public var externalAgentId: String?
    public var externalAgentIdLabel: String?
    public var userId: String?
    public var sessionId: String?
    public var model: String?
    public var baselineModel: String?
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var cost: DecimalText?
    /// ok, upstream error or refused by a guardrail.
    public var status: InteractionStatus
    /// The refusal marker, for the guardrail's reason.
    public var toolCallBlock: ToolCallBlock?
    public var unsafeContextBoundary: ContextBoundary?
    /// The last user message on one line, at most 200 characters.
    public var lastUserMessagePreview: String?
    /// The tools the model asked for in its response, where the row was made from a full record (summaries
    /// carry no response): the tools a `toolCallBlock` refused.
    public var requestedToolNames: [String] = []
    public var createdAt: String? { didSet { createdAtDate = ISO8601.date(from: createdAt) } }
    public private(set) var createdAtDate: Date?
    /// What ``raw`` needs besides the fields: the members they do not hold as sent.
    private var rest = RowRemainder()

    /// The row as received (for a summary made from a full record: that record without its bodies).
    ///
    /// Rebuilt when asked, from the fields and the members they do not hold: a log of thousands of rows then
    /// keeps one short string per row, not a tree of values (issue 24, memory).
    public var raw: JSONValue { rest.record(fields: sentFields) }

    /// The fields as the server sends them; the order never changes (``RowRemainder`` keeps a bit per field).
    private var sentFields: KeyValuePairs<String, JSONValue?> {
        [
            "id": .string(id), "type": type.map(JSONValue.string), "profileId": profileId.map(JSONValue.string),
            "externalAgentId": externalAgentId.map(JSONValue.string),
            "externalAgentIdLabel": externalAgentIdLabel.map(JSONValue.string), "userId": userId.map(JSONValue.string),
            "sessionId": sessionId.map(JSONValue.string), "model": model.map(JSONValue.string),
            "baselineModel": baselineModel.map(JSONValue.string), "inputTokens": inputTokens.map { .number(Double($0)) },
            "outputTokens": outputTokens.map { .number(Double($0)) }, "cost": cost.map { .string($0.text) },
            "lastUserMessagePreview": lastUserMessagePreview.map(JSONValue.string),
            "createdAt": createdAt.map(JSONValue.string),
        ]
    }

    public init(json: JSONValue) throws {
        id = try json.requiredID()
        type = json.string("type")
        profileId = json.string("profileId")
        externalAgentId = json.string("externalAgentId")
        externalAgentIdLabel = json.string("externalAgentIdLabel")
        userId = json.string("userId")
        sessionId = json.string("sessionId")
        model = json.string("model")
        baselineModel = json.string("baselineModel")
        inputTokens = json.int("inputTokens")
        outputTokens = json.int("outputTokens")
        cost = DecimalText.read(json, "cost")
        toolCallBlock = ToolCallBlock(json: json["toolCallBlock"])
        unsafeContextBoundary = ContextBoundary(json: json["unsafeContextBoundary"])
        let error = InteractionStatus.upstreamError(in: json["response"]?["error"]) ?? InteractionStatus.upstreamError(in: json["error"])
        status = InteractionStatus.derive(block: toolCallBlock, boundary: unsafeContextBoundary, error: error)
        lastUserMessagePreview =
            json.string("lastUserMessagePreview").map { ProviderMessages.oneLine($0) }
            ?? ProviderMessages.lastUserText(in: json["request"]).map { ProviderMessages.oneLine($0) }
        createdAt = json.string("createdAt")
        createdAtDate = ISO8601.date(from: createdAt)
        rest = RowRemainder(of: json, fields: sentFields)
    }

    /// The summary of a full record; its bodies are dropped from `raw` so a log of summaries stays small.
    public init(_ interaction: LLMInteraction) {
        var fields = interaction.raw.objectValue ?? [:]
        for body in ["request", "processedRequest", "response"] { fields[body] = nil }
        if let error = InteractionStatus.upstreamError(in: interaction.response?["error"]) { fields["error"] = .string(error) }
        if let preview = interaction.lastUserMessage.map({ ProviderMessages.oneLine($0) }) {
            fields["lastUserMessagePreview"] = .string(preview)
        }
        fields["id"] = .string(interaction.id)
        // Cannot throw: the id is set just above.
        self = (try? InteractionSummary(json: .object(fields))) ?? InteractionSummary(id: interaction.id)
        requestedToolNames = interaction.requestedToolCalls.map(\.name)
    }

    private init(id: String) {
        self.id = id
        status = .ok
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// `externalAgentIdLabel`, else `externalAgentId`.
    public var agentLabel: String? { LogLabels.agent(label: externalAgentIdLabel, id: externalAgentId) }

    /// Whether cost optimisation rerouted the call (`baselineModel ≠ model`).
    public var isRerouted: Bool { LogLabels.isRerouted(model: model, baselineModel: baselineModel) }
}
