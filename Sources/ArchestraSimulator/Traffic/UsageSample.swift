/// Aggregated LLM usage: what one request, one bucket or one window adds up to.
struct UsageSample: Sendable, Equatable {
    var requests: Double = 0
    var inputTokens: Double = 0
    var outputTokens: Double = 0
    var cacheReadTokens: Double = 0
    /// USD at list price (billed or subscription, see ``AuthChannel``).
    var cost: Double = 0
    /// What the cache reads saved versus paying input price for them.
    var cacheSavings: Double = 0
    /// What TOON compression of tool results saved.
    var toonSavings: Double = 0

    var totalTokens: Double { inputTokens + outputTokens + cacheReadTokens }

    mutating func add(_ other: UsageSample) {
        requests += other.requests
        inputTokens += other.inputTokens
        outputTokens += other.outputTokens
        cacheReadTokens += other.cacheReadTokens
        cost += other.cost
        cacheSavings += other.cacheSavings
        toonSavings += other.toonSavings
    }

    /// A sample of `requests` calls to `model` with the given token counts, priced from the model's list prices.
    static func priced(model: ModelInfo, requests: Double, inputTokens: Double, outputTokens: Double, cacheReadTokens: Double)
        -> UsageSample
    {
        let cost = (inputTokens * model.inputPrice + outputTokens * model.outputPrice + cacheReadTokens * model.cacheReadPrice) / 1_000_000
        let cacheSavings = cacheReadTokens * (model.inputPrice - model.cacheReadPrice) / 1_000_000
        return UsageSample(
            requests: requests, inputTokens: inputTokens, outputTokens: outputTokens, cacheReadTokens: cacheReadTokens,
            cost: cost, cacheSavings: cacheSavings, toonSavings: cost * 0.03
        )
    }
}

/// Who used what: the dimensions statistics group by.
struct UsageKey: Hashable, Sendable {
    /// Agent row index (stable: rows are never removed).
    var agent: Int32
    /// Index into the directory's teams: the team the calls were billed to when they were made.
    var team: UInt8
    /// Index into the directory's people: the person the calls are counted for (`/api/statistics/users`).
    var user: UInt8
    /// Index into ``ModelInfo/catalog``.
    var model: UInt8
    /// Index into ``AuthChannel/catalog``.
    var channel: UInt8
}
