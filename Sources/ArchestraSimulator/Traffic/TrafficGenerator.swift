import Foundation

/// Generates LLM traffic: a history at seed time and a few requests per tick afterwards.
///
/// Each sample is recorded in the usage history (statistics), bumps the agent's
/// `lastUsedAt` and is charged to every matching `token_cost` limit (`modelUsage`).
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
            let agentsThisStep = min(3, world.activeAgents.count)
            for _ in 0..<agentsThisStep {
                guard let agent = pickAgent(&world) else { break }
                let share = (requests / Double(agentsThisStep) * world.random.double(in: 0.5...1.5)).rounded()
                if share >= 1 {
                    emit(&world, agent: agent, requests: share, at: time + world.random.double(in: 0...(step - 1)), chargeLimits: false)
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

    /// Records `requests` calls by `agent` at `time`.
    private static func emit(_ world: inout SimulatedWorld, agent: Int, requests: Double, at time: Double, chargeLimits: Bool) {
        let row = world.agents[agent]
        // Agents mostly use their own model; one call in five goes elsewhere (model routing, fallbacks).
        let modelIndex = world.random.unit() < 0.8 ? row.modelIndex % ModelInfo.catalog.count : world.random.int(in: 0...(ModelInfo.catalog.count - 1))
        let model = ModelInfo.catalog[modelIndex]
        let inputTokens = (requests * world.random.double(in: 400...3_000)).rounded()
        let outputTokens = (requests * world.random.double(in: 60...700)).rounded()
        let cacheReadTokens = (inputTokens * world.random.double(in: 0...0.6)).rounded()
        let sample = UsageSample.priced(model: model, requests: requests, inputTokens: inputTokens, outputTokens: outputTokens, cacheReadTokens: cacheReadTokens)
        let channel = row.agentType == "llm_proxy" ? world.random.int(in: 0...(AuthChannel.catalog.count - 1)) : 3
        let key = UsageKey(agent: Int32(agent), model: UInt8(modelIndex), channel: UInt8(channel))
        world.usage.record(sample, key: key, at: time)
        if chargeLimits {
            LimitCharging.charge(&world, agent: agent, model: model.name, sample: sample, now: time)
        }
    }
}

/// Applies generated usage to the limits it counts against.
enum LimitCharging {
    /// Usage beyond this share of the limit resets to the limit's `resetRatio` (keeps the demo in its danger band).
    static let resetThreshold = 1.3

    static func charge(_ world: inout SimulatedWorld, agent: Int, model: String, sample: UsageSample, now: Double) {
        let row = world.agents[agent]
        let organizationID = world.directory.organizationID
        for index in world.limits.indices {
            let document = world.limits[index].document
            guard document.text("limitType") == "token_cost", world.limits[index].modelUsage != nil,
                  let entityID = document.text("entityId")
            else { continue }
            let applies: Bool
            switch document.text("entityType") {
            case "organization": applies = entityID == organizationID
            case "team": applies = row.teamIDs.contains(entityID)
            case "agent": applies = row.id == entityID
            case "user": applies = row.authorID == entityID
            default: applies = false
            }
            let models = (document["model"]?.arrayValue ?? []).compactMap(\.stringValue)
            guard applies, models.isEmpty || models.contains(model) else { continue }
            var usage = world.limits[index].modelUsage ?? []
            if let slot = usage.firstIndex(where: { $0.model == model }) {
                usage[slot].tokensIn += sample.inputTokens
                usage[slot].tokensOut += sample.outputTokens
                usage[slot].cost += sample.cost
            } else {
                usage.append(ModelUsage(model: model, tokensIn: sample.inputTokens, tokensOut: sample.outputTokens, cost: sample.cost))
            }
            world.limits[index].modelUsage = usage
            resetIfFarOver(&world.limits[index], now: now)
        }
    }

    private static func resetIfFarOver(_ limit: inout LimitRecord, now: Double) {
        guard let value = limit.document.numeric("limitValue"), value > 0 else { return }
        let total = limit.totalCost
        guard total > resetThreshold * value, total > 0 else { return }
        let scale = limit.resetRatio * value / total
        limit.modelUsage = limit.modelUsage?.map { usage in
            ModelUsage(model: usage.model, tokensIn: usage.tokensIn * scale, tokensOut: usage.tokensOut * scale, cost: usage.cost * scale)
        }
        limit.document["lastCleanup"] = JSON.timestamp(now)
    }
}
