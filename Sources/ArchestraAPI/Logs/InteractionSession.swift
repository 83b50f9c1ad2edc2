import Foundation

/// Interactions grouped by session (`GET /api/interactions/sessions`). A row without a `sessionId` stands
/// for one interaction that had none (`interactionId`); a row with neither cannot be shown and is skipped.
public struct InteractionSession: LenientDecodable, Decodable, Equatable, Identifiable {
    /// `sessionId`, else `interactionId`.
    public var id: String
    public var sessionId: String?
    public var interactionId: String?
    public var requestCount: Int
    public var totalInputTokens: Int
    public var totalOutputTokens: Int
    public var totalCost: DecimalText?
    public var firstRequestTime: String? { didSet { firstRequestDate = ISO8601.date(from: firstRequestTime) } }
    public private(set) var firstRequestDate: Date?
    public var lastRequestTime: String? { didSet { lastRequestDate = ISO8601.date(from: lastRequestTime) } }
    public private(set) var lastRequestDate: Date?
    public var models: [String]
    public var profileId: String?
    public var profileName: String?
    public var externalAgentIds: [String]
    /// Parallel to `externalAgentIds`; `nil` where the server resolved no name.
    public var externalAgentIdLabels: [String?]
    public var userNames: [String]
    /// `lastUserMessagePreview` (newer servers), else the last user message of `lastInteractionRequest` (older ones).
    public var lastUserMessagePreview: String?
    /// `conversationTitle`, else `claudeCodeTitle`.
    public var title: String?
    public var raw: JSONValue

    public init(json: JSONValue) throws {
        sessionId = json.string("sessionId")?.nonEmpty
        interactionId = json.string("interactionId")?.nonEmpty
        guard let identity = sessionId ?? interactionId else {
            throw RecordDecodingError("expected a session with a \"sessionId\" or an \"interactionId\"")
        }
        id = identity
        requestCount = json.int("requestCount") ?? 0
        totalInputTokens = json.int("totalInputTokens") ?? 0
        totalOutputTokens = json.int("totalOutputTokens") ?? 0
        totalCost = DecimalText.read(json, "totalCost")
        firstRequestTime = json.string("firstRequestTime")
        firstRequestDate = ISO8601.date(from: firstRequestTime)
        lastRequestTime = json.string("lastRequestTime")
        lastRequestDate = ISO8601.date(from: lastRequestTime)
        models = json.strings("models")
        profileId = json.string("profileId")
        profileName = json.string("profileName")
        externalAgentIds = json.strings("externalAgentIds")
        externalAgentIdLabels = json.array("externalAgentIdLabels").map(\.stringValue)
        userNames = json.strings("userNames")
        lastUserMessagePreview =
            json.string("lastUserMessagePreview").map { ProviderMessages.oneLine($0) }
            ?? ProviderMessages.lastUserText(in: json["lastInteractionRequest"]).map { ProviderMessages.oneLine($0) }
        title = json.string("conversationTitle")?.nonEmpty ?? json.string("claudeCodeTitle")?.nonEmpty
        raw = json
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// The agent's name: `profileName`, else the first resolved external label, else the first external id.
    public var agentLabel: String? {
        if let name = profileName?.trimmedWhitespace.nonEmpty { return name }
        for (index, external) in externalAgentIds.enumerated() {
            let label = externalAgentIdLabels.indices.contains(index) ? externalAgentIdLabels[index] : nil
            if let name = LogLabels.agent(label: label, id: external) { return name }
        }
        return nil
    }
}
