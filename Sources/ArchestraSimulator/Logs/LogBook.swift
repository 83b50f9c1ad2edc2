import ArchestraAPI

/// The simulated platform's LLM interactions and MCP tool calls, newest kept, oldest forgotten.
///
/// Fed by ``LogGenerator``; read by ``LogRoutes``. Each ring holds at most ``capacity`` records, so a
/// simulator generating traffic for days keeps its memory bounded.
struct LogBook: Sendable {
    var interactions: RingBuffer<LoggedInteraction>
    var toolCalls: RingBuffer<LoggedToolCall>
    /// Interactions per second the live generator makes.
    var rate: Double
    /// How the session and tool-call listings page.
    var paging: LogPagingStyle
    /// The generator's own random source, so logs never change the seeded organisation or its statistics' samples.
    var random: SplitMix64
    /// Fraction of an interaction carried from one tick to the next (0.4/s makes one every 2.5 ticks).
    var carry: Double = 0
    var nextSerial = 1
    var nextSessionSerial = 1
    /// The session each agent is in, and how many more requests it will make in it.
    var openSessions: [Int: OpenSession] = [:]

    struct OpenSession: Sendable {
        var serial: Int
        var id: String
        var remaining: Int
    }

    init(capacity: Int, rate: Double, paging: LogPagingStyle, seed: UInt64) {
        interactions = RingBuffer(capacity: capacity)
        toolCalls = RingBuffer(capacity: capacity)
        self.rate = max(rate, 0)
        self.paging = paging
        random = SplitMix64(seed: seed ^ 0x1065)
    }

    var capacity: Int { interactions.capacity }

    /// The interaction with `id`, if still held.
    func interaction(id: String) -> LoggedInteraction? {
        interactions.newestFirst.first { $0.id == id }
    }

    func toolCall(id: String) -> LoggedToolCall? {
        toolCalls.newestFirst.first { $0.id == id }
    }

    /// The call an interaction led to, if the gateway ran one and still holds it.
    func toolCall(forCallID callID: String) -> LoggedToolCall? {
        toolCalls.newestFirst.first { $0.use.callID == callID }
    }
}

extension APIGeneration {
    /// How `/api/interactions/sessions` and `/api/mcp-tool-calls` page (API notes §11.1): offset up to 1.3,
    /// cursor after PR #7635. Interactions page by offset everywhere.
    var logPaging: LogPagingStyle { self == .v1_2 ? .offset : .cursor }

    /// Whether `GET /api/interactions/summaries` exists (API notes §11.3: newer servers only; 404 on older ones).
    var hasInteractionSummaries: Bool { self == .v1_4 }

    /// Whether interactions carry `toolCallBlock` (API notes §11.2: newer builds; older ones mark refusals only with
    /// `unsafeContextBoundary`).
    var hasToolCallBlock: Bool { self == .v1_4 }
}
