import ArchestraAPI

/// The statistics of one timeframe as the endpoints return them, and the checks that they describe
/// the same traffic.
struct StatisticsFigures {
    var overview: JSONValue
    var teams: [JSONValue]
    var agents: [JSONValue]
    var models: [JSONValue]
    /// `/api/statistics/llm-proxy` with a page large enough for every credential.
    var llmProxy: JSONValue

    /// Every figure that does not agree with the overview, described; empty when everything adds up.
    func disagreements() -> [String] {
        var problems: [String] = []
        func expect(_ label: String, _ value: Double, equals expected: Double, within tolerance: Double) {
            if !(abs(value - expected) <= tolerance) { problems.append("\(label): \(value) vs \(expected)") }
        }
        /// Each cost in a response is rounded to 4 decimals, so a sum of `count` of them may drift this far.
        func costTolerance(_ count: Int) -> Double { Double(count + 1) * 0.000_05 + 1e-9 }
        let exact = 1e-6

        let requests = value(overview["totalRequests"])
        let tokens = value(overview["totalTokens"])
        let cost = value(overview["totalCost"])
        if requests <= 0 { problems.append("no traffic in the window") }

        expect("teams requests", sum(teams, "requests"), equals: requests, within: exact)
        expect("teams cost", sum(teams, "cost"), equals: cost, within: costTolerance(teams.count))
        expect("agents requests", sum(agents, "requests"), equals: requests, within: exact)
        expect("agents cost", sum(agents, "cost"), equals: cost, within: costTolerance(agents.count))
        expect("agents tokens", sum(agents, "inputTokens", "outputTokens", "cacheReadTokens"), equals: tokens, within: exact)
        expect(
            "teams input+output tokens", sum(teams, "inputTokens", "outputTokens"),
            equals: sum(agents, "inputTokens", "outputTokens"), within: exact)
        expect("models requests", sum(models, "requests"), equals: requests, within: exact)
        expect("models cost", sum(models, "cost"), equals: cost, within: costTolerance(models.count))
        expect("models tokens", sum(models, "inputTokens", "outputTokens", "cacheReadTokens"), equals: tokens, within: exact)
        expect("models percentage", sum(models, "percentage"), equals: 100, within: Double(models.count) * 0.005)

        let totals = llmProxy["totals"] ?? .null
        expect("llm-proxy requests", value(totals["requests"]), equals: requests, within: exact)
        expect(
            "llm-proxy billed + subscription cost", value(totals["billedCost"]) + value(totals["subscriptionCost"]),
            equals: cost, within: costTolerance(2))
        expect("llm-proxy tokens", sum([totals], "inputTokens", "outputTokens", "cacheReadTokens"), equals: tokens, within: exact)
        let methods = llmProxy["methods"]?.arrayValue ?? []
        let credentials = llmProxy["credentials"]?.arrayValue ?? []
        let series = llmProxy["timeSeries"]?.arrayValue ?? []
        expect("llm-proxy methods requests", sum(methods, "requests"), equals: requests, within: exact)
        expect("llm-proxy credentials requests", sum(credentials, "requests"), equals: requests, within: exact)
        expect("llm-proxy time series requests", sum(series, "requests"), equals: requests, within: exact)
        expect(
            "llm-proxy methods billed cost", sum(methods, "billedCost"), equals: value(totals["billedCost"]),
            within: costTolerance(methods.count))
        return problems
    }

    private func value(_ json: JSONValue?) -> Double {
        json?.doubleValue ?? .nan
    }

    private func sum(_ rows: [JSONValue], _ keys: String...) -> Double {
        rows.reduce(0) { total, row in keys.reduce(total) { $0 + value(row[$1]) } }
    }
}
