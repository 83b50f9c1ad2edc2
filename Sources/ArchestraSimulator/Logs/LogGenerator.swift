import ArchestraAPI

/// Generates LLM interactions and the MCP tool calls they lead to, from the same agents, people, models
/// and prices as the statistics: every interaction is also recorded through ``TrafficLedger``.
///
/// Deterministic per seed: it draws only from ``LogBook/random``. Some calls fail upstream, some are
/// refused by a guardrail, some tool calls fail, and requests come in sessions of a few turns per agent.
enum LogGenerator {
    /// How far back the seeded history reaches (at the live rate).
    static let historySeconds: Double = 300

    /// One live step at `now`: `rate × period` interactions (fractions carried over), spread over the period.
    static func tick(_ world: inout SimulatedWorld, now: Double, period: Double) {
        let wanted = world.logs.rate * period + world.logs.carry
        let count = Int(wanted.rounded(.down))
        world.logs.carry = wanted - Double(count)
        generate(&world, count: count, endingAt: now, over: period, chargeLimits: true)
    }

    /// `count` interactions evenly over `(end - span, end]`, oldest first.
    static func generate(_ world: inout SimulatedWorld, count: Int, endingAt end: Double, over span: Double, chargeLimits: Bool) {
        guard count > 0, !world.activeAgents.isEmpty else { return }
        let tools = world.reachableTools
        let blocked = world.toolsBlockedAlways
        for index in 0..<count {
            let time = end - span + span * Double(index + 1) / Double(count)
            interaction(&world, at: time, tools: tools, blocked: blocked, chargeLimits: chargeLimits)
        }
    }

    private static func interaction(
        _ world: inout SimulatedWorld, at time: Double, tools: [(server: String, tool: String)], blocked: Set<String>,
        chargeLimits: Bool
    ) {
        var random = world.logs.random
        defer { world.logs.random = random }
        let agents = world.activeAgents
        let agent = agents[random.int(in: 0...(agents.count - 1))]
        guard !world.agents[agent].isDeleted else { return }
        let row = world.agents[agent]
        let catalog = ModelInfo.catalog
        let baseline = random.unit() < 0.8 ? row.modelIndex % catalog.count : random.int(in: 0...(catalog.count - 1))
        var model = baseline
        // One call in eight is rerouted by cost optimisation to the provider's cheapest model.
        let sameProvider = catalog.indices.filter { catalog[$0].provider == catalog[baseline].provider }
        if random.unit() < 0.125, let cheaper = sameProvider.min(by: { catalog[$0].inputPrice < catalog[$1].inputPrice }) {
            model = cheaper
        }
        let roll = random.unit()
        var outcome: LogOutcome
        switch roll {
        case ..<0.07: outcome = .upstreamError(random.int(in: 0...(LogText.upstreamErrors.count - 1)))
        case ..<0.10: outcome = world.generation.hasToolCallBlock ? .refusedCall : .blockedResult
        case ..<0.12: outcome = .blockedResult
        case ..<0.45: outcome = tools.isEmpty ? .answered : .toolUse
        default: outcome = .answered
        }
        let failed = if case .upstreamError = outcome { true } else { false }
        let inputTokens = random.int(in: 300...9_000)
        let outputTokens = failed ? 0 : random.int(in: 40...900)
        let cacheReadTokens = Int(Double(inputTokens) * random.double(in: 0...0.5))
        let sample = UsageSample.priced(
            model: catalog[model], requests: 1, inputTokens: Double(inputTokens), outputTokens: Double(outputTokens),
            cacheReadTokens: Double(cacheReadTokens))
        let baselineSample = UsageSample.priced(
            model: catalog[baseline], requests: 1, inputTokens: Double(inputTokens), outputTokens: Double(outputTokens),
            cacheReadTokens: Double(cacheReadTokens))
        var use: LoggedToolUse?
        if outcome == .toolUse || outcome == .refusedCall || outcome == .blockedResult, !tools.isEmpty {
            let pair = tools[random.int(in: 0...(tools.count - 1))]
            use = LoggedToolUse(server: pair.server, tool: pair.tool, callID: "toolu_" + random.opaqueID(length: 24))
            // The platform honours the policies: a tool whose invocation default is "block always" is refused.
            if outcome == .toolUse, blocked.contains(pair.tool) {
                outcome = world.generation.hasToolCallBlock ? .refusedCall : .blockedResult
            }
        }
        let session = nextSession(for: agent, random: &random, logs: &world.logs)
        let user = world.billingUser(ofAgent: agent)
        let record = LoggedInteraction(
            serial: world.logs.nextSerial, id: random.uuid(), time: time, agent: agent, user: user, model: model,
            baselineModel: baseline, inputTokens: inputTokens, outputTokens: outputTokens, cacheReadTokens: cacheReadTokens,
            cost: sample.cost, baselineCost: baselineSample.cost, outcome: outcome, toolUse: use,
            sessionSerial: session.serial, sessionID: session.id,
            externalAgentID: row.agentType == "llm_proxy" ? (model % 2 == 0 ? "anthropic_claude" : "openai_codex") : "agent-\(agent)",
            hasLabel: random.unit() < 0.6, textSeed: random.next())
        world.logs.nextSerial += 1
        world.logs.interactions.append(record)
        if outcome == .toolUse, let use {
            let fails = random.unit() < 0.15
            let call = LoggedToolCall(
                serial: world.logs.nextSerial, id: random.uuid(), time: time, agent: agent, user: user, use: use,
                argumentSeed: random.next(), failure: fails ? random.int(in: 0...(LogText.toolFailures.count - 1)) : nil)
            world.logs.nextSerial += 1
            world.logs.toolCalls.append(call)
        }
        let channel = row.agentType == "llm_proxy" ? random.int(in: 0...(AuthChannel.catalog.count - 1)) : 3
        let event = TrafficEvent(
            agent: agent, team: world.billingTeam(ofAgent: agent), user: user, model: model, channel: channel, sample: sample, time: time)
        TrafficLedger.record(event, in: &world, chargeLimits: chargeLimits)
    }

    /// The agent's open session, or a new one of 2–8 requests when it has none left.
    private static func nextSession(for agent: Int, random: inout SplitMix64, logs: inout LogBook) -> LogBook.OpenSession {
        if var open = logs.openSessions[agent], open.remaining > 0 {
            open.remaining -= 1
            logs.openSessions[agent] = open
            return open
        }
        let session = LogBook.OpenSession(serial: logs.nextSessionSerial, id: random.uuid(), remaining: random.int(in: 1...7))
        logs.nextSessionSerial += 1
        logs.openSessions[agent] = session
        return session
    }
}

extension SimulatedWorld {
    /// Names of the tools whose tool-invocation default is `block_always`, as traffic calls them.
    var toolsBlockedAlways: Set<String> {
        Set(
            mcpServers.filter { !$0.isDeleted }.flatMap { server in
                server.tools.compactMap { tool -> String? in
                    guard let id = tool.text("id"), guardrails.defaultAction(.toolInvocation, toolID: id) == .blockAlways else {
                        return nil
                    }
                    return tool.text("rawName") ?? tool.text("name")
                }
            })
    }
}
