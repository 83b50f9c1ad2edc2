import Foundation

/// A usage record of `GET /api/statistics/llm-proxy`: totals, a time bucket, an auth method or a credential.
public struct LLMProxyUsage: LenientDecodable, Decodable, Equatable {
    public var requests: Double
    public var inputTokens: Double
    public var outputTokens: Double
    public var cacheReadTokens: Double
    public var billedCost: Double
    public var subscriptionCost: Double
    /// Set on `methods[]` and `credentials[]`, e.g. `virtual_key`.
    public var authMethod: String?
    /// Set on `credentials[]`; may be `nil` there too.
    public var credentialId: String?
    public var credentialName: String?
    /// Set on `timeSeries[]`.
    public var timestamp: String?

    public init(
        requests: Double = 0, inputTokens: Double = 0, outputTokens: Double = 0, cacheReadTokens: Double = 0,
        billedCost: Double = 0, subscriptionCost: Double = 0, authMethod: String? = nil,
        credentialId: String? = nil, credentialName: String? = nil, timestamp: String? = nil
    ) {
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.billedCost = billedCost
        self.subscriptionCost = subscriptionCost
        self.authMethod = authMethod
        self.credentialId = credentialId
        self.credentialName = credentialName
        self.timestamp = timestamp
    }

    public init(json: JSONValue) throws {
        try json.requireObject("an LLM-proxy usage record")
        self.init(
            requests: json.double("requests") ?? 0, inputTokens: json.double("inputTokens") ?? 0,
            outputTokens: json.double("outputTokens") ?? 0, cacheReadTokens: json.double("cacheReadTokens") ?? 0,
            billedCost: json.double("billedCost") ?? 0, subscriptionCost: json.double("subscriptionCost") ?? 0,
            authMethod: json.string("authMethod"), credentialId: json.string("credentialId"),
            credentialName: json.string("credentialName"), timestamp: json.string("timestamp")
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// Billed plus subscription cost: what the overview statistics count as cost.
    public var totalCost: Double { billedCost + subscriptionCost }
    /// Input, output and cache-read tokens: what the overview statistics count as tokens.
    public var totalTokens: Double { inputTokens + outputTokens + cacheReadTokens }

    /// `timestamp` parsed.
    public var date: Date? { ISO8601.date(from: timestamp) }
}

/// `GET /api/statistics/llm-proxy`.
public struct LLMProxyStatistics: LenientDecodable, Decodable, Equatable {
    public var totals: LLMProxyUsage
    public var timeSeries: [LLMProxyUsage]
    public var methods: [LLMProxyUsage]
    public var credentials: [LLMProxyUsage]
    /// Applies to `credentials`.
    public var pagination: OffsetPagination

    public init(
        totals: LLMProxyUsage = .init(), timeSeries: [LLMProxyUsage] = [], methods: [LLMProxyUsage] = [],
        credentials: [LLMProxyUsage] = [], pagination: OffsetPagination = .init()
    ) {
        self.totals = totals
        self.timeSeries = timeSeries
        self.methods = methods
        self.credentials = credentials
        self.pagination = pagination
    }

    public init(json: JSONValue) throws {
        try json.requireObject("the LLM-proxy statistics")
        let credentials: [LLMProxyUsage] = json.records("credentials")
        self.init(
            totals: json.record("totals") ?? .init(),
            timeSeries: json.records("timeSeries"),
            methods: json.records("methods"),
            credentials: credentials,
            pagination: json.record("pagination") ?? .init(limit: credentials.count, offset: 0, total: credentials.count)
        )
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// `{limit, offset, total}` pagination used by the LLM-proxy statistics.
public struct OffsetPagination: LenientDecodable, Decodable, Equatable {
    public var limit: Int
    public var offset: Int
    public var total: Int

    public init(limit: Int = 0, offset: Int = 0, total: Int = 0) {
        self.limit = limit
        self.offset = offset
        self.total = total
    }

    public init(json: JSONValue) throws {
        try json.requireObject("a pagination block")
        self.init(limit: json.int("limit") ?? 0, offset: json.int("offset") ?? 0, total: json.int("total") ?? 0)
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// Whether more records follow this slice.
    public var hasMore: Bool { offset + limit < total }
}
