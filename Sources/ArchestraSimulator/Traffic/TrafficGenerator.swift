import Foundation

/// Generates LLM traffic: a history at seed time and a few requests per tick afterwards.
///
/// Each burst becomes one ``TrafficEvent``, recorded by ``TrafficLedger`` in the usage history
/// (statistics) and, when live, charged to every matching `token_cost` limit (`modelUsage`); live
/// ticks also bump the agent's `lastUsedAt`.
enum TrafficGenerator {
    /// Average requests per second the seeded history assumes.
    static let historicalRequestsPerSecond = 0.6

    /// One live step: one to three agents make one or two requests each.
    static func tick(_ world: inout SimulatedWorld, now: Double) {
        let events = world.random.int(in: 1...3)
        for _ in 0..<events {
            guard let agent = pickAgent(&world) else { break }
            let requests = Double(world.random.int(in: 1...2))
            emit(&world, agent: agent, requests: requests, at: now, chargeLimits: true)
            world.agents.markUsed(at: agent, time: now)
        }
        for index in world.mcpServers.indices {
            world.mcpServers[index].skipPhase(now: now)
        }
        world.metrics.tick(
            servers: world.mcpServers.filter { !$0.isDeleted }.map {
                ($0.document.text("name") ?? $0.id, $0.document.text("localInstallationStatus"))
            },
            connectorTypes: world.connectors.compactMap { $0.text("connectorType") })
        world.usage.prune(now: now)
    }

    /// Fills the history from a year back to `now`: daily samples beyond 30 days, hourly beyond
    /// two hours, per minute for the last two hours, with a day/night rhythm.
    static func prefill(_ world: inout SimulatedWorld, now: Double) {
        guard !world.activeAgents.isEmpty else { return }
        var time = ((now - 365 * Timestamp.day) / Timestamp.day).rounded(.down) * Timestamp.day
        while time < now {
            let age = now - time
            let step = age > 30 * Timestamp.day ? Timestamp.day : age > 2 * Timestamp.hour ? Timestamp.hour : Timestamp.minute
            let hourOfDay = (time.truncatingRemainder(dividingBy: Timestamp.day)) / Timestamp.hour
            let rhythm = step == Timestamp.day ? 0.7 : dayRhythm(hourOfDay: hourOfDay)
            let growth = 0.6 + 0.4 * (1 - age / (365 * Timestamp.day))  // traffic grew over the year
            let requests = historicalRequestsPerSecond * step * rhythm * growth
            // Spread coarse steps over more agents so per-agent hourly charts are not mostly gaps.
            let agentsThisStep = min(step == Timestamp.minute ? 2 : step == Timestamp.hour ? 12 : 6, world.activeAgents.count)
            for _ in 0..<agentsThisStep {
                guard let agent = pickAgent(&world) else { break }
                let share = (requests / Double(agentsThisStep) * world.random.double(in: 0.5...1.5)).rounded()
                if share >= 1 {
                    // Never in the future: such calls would join the statistics later without any live traffic.
                    let at = min(time + world.random.double(in: 0...(step - 1)), now - 1)
                    emit(&world, agent: agent, requests: share, at: at, chargeLimits: false)
                }
            }
            time += step
        }
        for agent in Set(world.activeAgents) {
            world.agents.markUsed(at: agent, time: now - world.random.double(in: 5...7_200))
        }
        world.usage.prune(now: now)
    }

    /// Office-hours curve: 0.35 at night, 1.0 in the (UTC) afternoon.
    static func dayRhythm(hourOfDay: Double) -> Double {
        let phase: Double = (hourOfDay - 6) / 24 * 2 * Double.pi
        let daylight: Double = max(0, sin(phase))
        return 0.35 + 0.65 * daylight
    }

    private static func pickAgent(_ world: inout SimulatedWorld) -> Int? {
        guard !world.activeAgents.isEmpty else { return nil }
        let candidate = world.activeAgents[world.random.int(in: 0...(world.activeAgents.count - 1))]
        return world.agents[candidate].isDeleted ? nil : candidate
    }

    /// Makes `requests` calls by `agent` at `time` and records them through the ledger.
    private static func emit(_ world: inout SimulatedWorld, agent: Int, requests: Double, at time: Double, chargeLimits: Bool) {
        let row = world.agents[agent]
        // Agents mostly use their own model; one call in five goes elsewhere (model routing, fallbacks).
        let modelIndex =
            world.random.unit() < 0.8 ? row.modelIndex % ModelInfo.catalog.count : world.random.int(in: 0...(ModelInfo.catalog.count - 1))
        let model = ModelInfo.catalog[modelIndex]
        let inputTokens = (requests * world.random.double(in: 400...3_000)).rounded()
        let outputTokens = (requests * world.random.double(in: 60...700)).rounded()
        let cacheReadTokens = (inputTokens * world.random.double(in: 0...0.6)).rounded()
        let sample = UsageSample.priced(
            model: model, requests: requests, inputTokens: inputTokens, outputTokens: outputTokens, cacheReadTokens: cacheReadTokens)
        // Every call goes through the LLM proxy; proxy agents are reached with every kind of credential,
        // other agents with the organisation's provider key.
        let channel = row.agentType == "llm_proxy" ? world.random.int(in: 0...(AuthChannel.catalog.count - 1)) : 3
        let event = TrafficEvent(
            agent: agent, team: world.billingTeam(ofAgent: agent), user: world.billingUser(ofAgent: agent),
            model: modelIndex, channel: channel, sample: sample, time: time
        )
        TrafficLedger.record(event, in: &world, chargeLimits: chargeLimits)
    }
}
