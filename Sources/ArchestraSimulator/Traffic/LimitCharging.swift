/// Applies live traffic to the limits it counts against.
enum LimitCharging {
    /// Usage beyond this share of the limit resets to the limit's `resetRatio` (keeps the demo in its danger band).
    static let resetThreshold = 1.3

    /// Adds `event` to every `token_cost` limit whose entity made the calls and whose models include the one used.
    static func charge(_ world: inout SimulatedWorld, for event: TrafficEvent) {
        let row = world.agents[event.agent]
        let organizationID = world.directory.organizationID
        let teamID = world.teamID(atBillingIndex: event.team)
        let model = ModelInfo.catalog[event.model].name
        let sample = event.sample
        for index in world.limits.indices {
            let document = world.limits[index].document
            guard document.text("limitType") == "token_cost", world.limits[index].modelUsage != nil,
                let entityID = document.text("entityId")
            else { continue }
            let applies: Bool
            switch document.text("entityType") {
            case "organization": applies = entityID == organizationID
            // The team the statistics bill the calls to, so team limits and team statistics move together.
            case "team": applies = entityID == teamID
            case "agent": applies = row.id == entityID
            // The person the statistics count the calls for, so user limits and user statistics move together.
            case "user": applies = world.directory.people.indices.contains(event.user) && world.directory.people[event.user].id == entityID
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
            resetIfFarOver(&world.limits[index], now: event.time)
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
