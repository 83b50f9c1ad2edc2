/// How a generated interaction ended.
enum LogOutcome: Sendable, Equatable {
    /// The model answered in words.
    case answered
    /// The model asked for a tool; the gateway ran it (see ``LoggedInteraction/toolUse``).
    case toolUse
    /// The provider failed; the index of the message in ``LogText/upstreamErrors``.
    case upstreamError(Int)
    /// A guardrail refused the tool call the model asked for (`toolCallBlock`; 1.2 worlds record the
    /// refusal only as a blocked boundary, see ``LogOutcome/blockedResult``).
    case refusedCall
    /// A guardrail blocked a tool result (`unsafeContextBoundary` with `tool_result_blocked`).
    case blockedResult
}

/// A tool named in a generated interaction: the MCP server, the tool and the provider's call id.
struct LoggedToolUse: Sendable, Equatable {
    var server: String
    var tool: String
    var callID: String

    /// The gateway's name for it, `server__tool` (the seeded tools already carry their prefix).
    var qualifiedName: String { tool.contains("__") ? tool : "\(server)__\(tool)" }
}

/// One generated LLM interaction, kept compact: bodies are rendered from `textSeed` when asked for, so
/// thousands of records cost little memory.
struct LoggedInteraction: Sendable {
    /// Order of generation; newest is highest (ties in `time` sort by it).
    var serial: Int
    var id: String
    /// Epoch seconds.
    var time: Double
    /// Agent row index.
    var agent: Int
    /// Index into the directory's people.
    var user: Int
    /// Index into ``ModelInfo/catalog``: the model that answered.
    var model: Int
    /// The model asked for; differs from `model` when cost optimisation rerouted the call.
    var baselineModel: Int
    var inputTokens: Int
    var outputTokens: Int
    var cacheReadTokens: Int
    var cost: Double
    var baselineCost: Double
    var outcome: LogOutcome
    var toolUse: LoggedToolUse?
    var sessionSerial: Int
    var sessionID: String
    /// `X-Archestra-Agent-Id` the caller sent.
    var externalAgentID: String
    /// Whether the server resolved a name for it (`externalAgentIdLabel`).
    var hasLabel: Bool
    var textSeed: UInt64
}

/// One generated MCP gateway call.
struct LoggedToolCall: Sendable {
    var serial: Int
    var id: String
    var time: Double
    var agent: Int
    var user: Int
    var use: LoggedToolUse
    var argumentSeed: UInt64
    /// Index into ``LogText/toolFailures`` when the tool failed.
    var failure: Int?
}
