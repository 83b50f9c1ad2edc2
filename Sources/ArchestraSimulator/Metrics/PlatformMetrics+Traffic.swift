/// What one traffic event adds to the metrics.
extension PlatformMetrics {
    /// Models that fail more than the others (rate limits, outages), so the error column has something to show.
    static func failureRate(model: String) -> Double {
        switch model {
        case "gemini-2.5-pro": 0.12
        case "gpt-4.1": 0.04
        default: 0.01
        }
    }

    /// Typical seconds per response.
    static func baseLatency(model: String) -> Double {
        switch model {
        case "gpt-4o-mini": 0.8
        case "claude-haiku-4-5": 1.0
        case "gpt-4.1": 2.0
        case "gemini-2.5-pro": 3.0
        default: 2.5
        }
    }

    /// Records the LLM requests of `event`, made by `agent`, and the MCP tool calls and knowledge queries
    /// they lead to (`tools`: server and tool names the agent can reach).
    mutating func record(_ event: TrafficEvent, agent: AgentRow, tools: [(server: String, tool: String)]) {
        let model = ModelInfo.catalog[event.model % ModelInfo.catalog.count]
        let agentLabels = [("agent_id", agent.id), ("agent_name", agent.name), ("agent_type", agent.agentType)]
        let base = [("provider", model.provider), ("model", model.name)] + agentLabels + [("source", "api")]
        let requests = max(0, Int(event.sample.requests.rounded()))
        let outputPerRequest = event.sample.outputTokens / Double(max(1, requests))
        for _ in 0..<requests {
            let fails = random.unit() < Self.failureRate(model: model.name)
            let status = fails ? (random.unit() < 0.5 ? "429" : "500") : "200"
            let seconds =
                fails
                ? random.double(in: 0.1...1.2)
                : Self.baseLatency(model: model.name) * random.double(in: 0.5...2.2)
            llmDuration.observe(seconds, LabelSet(base + [("status_code", status)]))
            guard !fails else { continue }
            let firstTokenSeconds = seconds * random.double(in: 0.15...0.4)
            firstToken.observe(firstTokenSeconds, LabelSet(base))
            tokensPerSecond.observe(outputPerRequest / max(0.05, seconds - firstTokenSeconds), LabelSet(base))
        }
        llmTokens.add(event.sample.inputTokens, LabelSet(base + [("type", "input")]))
        llmTokens.add(event.sample.outputTokens, LabelSet(base + [("type", "output")]))
        llmCost.add(event.sample.cost, LabelSet(base))
        cacheTokens.add(event.sample.cacheReadTokens, LabelSet(base + [("cache_type", "read")]))
        cacheCost.add(event.sample.cacheReadTokens * model.cacheReadPrice / 1_000_000, LabelSet(base))
        cacheSavings.add(event.sample.cacheSavings, LabelSet(base))
        if random.unit() < 0.03 { blockedTools.add(1, LabelSet(agentLabels)) }
        recordToolCalls(agentLabels: agentLabels, tools: tools)
        if random.unit() < 0.3 {
            ragQueries.add(1, LabelSet([]))
            ragQueryDuration.observe(random.double(in: 0.03...0.9), LabelSet([]))
        }
    }

    private mutating func recordToolCalls(agentLabels: [(String, String)], tools: [(server: String, tool: String)]) {
        guard !tools.isEmpty, random.unit() < 0.7 else { return }
        for _ in 0..<random.int(in: 1...3) {
            let pick = tools[random.int(in: 0...(tools.count - 1))]
            // Some tools fail often (timeouts, bad input), most rarely.
            let failureRate = Self.isFlaky(pick.tool) ? 0.15 : 0.02
            let status = random.unit() < failureRate ? "error" : "success"
            let labels = agentLabels + [("mcp_server_name", pick.server), ("tool_name", pick.tool)]
            toolCalls.add(1, LabelSet(labels + [("status", status)]))
            toolDuration.observe(random.double(in: 0.03...(status == "error" ? 6 : 1.8)), LabelSet(labels + [("status", status)]))
        }
    }

    static func isFlaky(_ tool: String) -> Bool {
        tool.utf8.reduce(0) { $0 &+ Int($1) } % 7 == 0
    }
}
