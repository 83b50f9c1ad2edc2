import Foundation

/// `GET /api/statistics/me/breakdown`: how the caller's tokens and cost split up.
public struct UsageBreakdown: LenientDecodable, Equatable {
    public struct TokenMix: LenientDecodable, Equatable {
        public var freshInputTokens, cacheReadTokens, cacheWriteTokens, outputTokens, cacheCost, cacheSavings: Double

        public init(json: JSONValue) throws {
            try json.requireObject("a token mix")
            freshInputTokens = json.double("freshInputTokens") ?? 0
            cacheReadTokens = json.double("cacheReadTokens") ?? 0
            cacheWriteTokens = json.double("cacheWriteTokens") ?? 0
            outputTokens = json.double("outputTokens") ?? 0
            cacheCost = json.double("cacheCost") ?? 0
            cacheSavings = json.double("cacheSavings") ?? 0
        }
    }

    /// Usage by client program; `client` is nil for requests without one.
    public struct ClientShare: LenientDecodable, Equatable {
        public var client: String?
        public var requests, totalTokens, percentage, billedCost: Double

        public init(json: JSONValue) throws {
            try json.requireObject("a client row")
            client = json.string("client")
            requests = json.double("requests") ?? 0
            totalTokens = json.double("totalTokens") ?? 0
            percentage = json.double("percentage") ?? 0
            billedCost = json.double("billedCost") ?? 0
        }
    }

    /// Requests by context size: `under32k`, `under128k`, `under256k`, `over256k` (kept as sent).
    public struct ContextBucket: LenientDecodable, Equatable {
        public var bucket: String
        public var requests, tokens, cost: Double

        public init(json: JSONValue) throws {
            try json.requireObject("a context bucket")
            bucket = json.string("bucket") ?? ""
            requests = json.double("requests") ?? 0
            tokens = json.double("tokens") ?? 0
            cost = json.double("cost") ?? 0
        }
    }

    public struct Session: LenientDecodable, Equatable {
        public var sessionId: String
        public var requests, tokens, cost, durationMinutes: Double
        public var model, client: String?

        public init(json: JSONValue) throws {
            sessionId = try json.requiredID("sessionId")
            requests = json.double("requests") ?? 0
            tokens = json.double("tokens") ?? 0
            cost = json.double("cost") ?? 0
            durationMinutes = json.double("durationMinutes") ?? 0
            model = json.string("model")
            client = json.string("client")
        }
    }

    public var tokenMix: TokenMix?
    public var clients: [ClientShare]
    public var contextBuckets: [ContextBucket]
    /// At most 8, busiest first.
    public var topSessions: [Session]
    public var totalCost: Double
    public var unsessionedRequests: Double

    public init(json: JSONValue) throws {
        try json.requireObject("a usage breakdown")
        tokenMix = json.record("tokenMix")
        clients = json.records("clients")
        contextBuckets = json.records("contextBuckets")
        topSessions = json.records("topSessions")
        totalCost = json.double("totalCost") ?? 0
        unsessionedRequests = json.double("unsessionedRequests") ?? 0
    }
}
