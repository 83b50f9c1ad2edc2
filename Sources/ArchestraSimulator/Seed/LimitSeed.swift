import ArchestraAPI

/// Seeds usage limits: every entity type, rolling and calendar resets, two near or over their cap.
///
/// A 1.2 world knows no user limits and no per-limit reset rule: user limits go to an agent of that
/// user instead, and every limit resets on the organisation-wide interval.
struct LimitSeed {
    let directory: Directory
    let now: Double
    let generation: APIGeneration

    private struct Spec {
        var entity: Entity
        var limitType = "token_cost"
        var value: Double
        var models: [String]? = nil
        var interval: String
        /// Seeded usage as a share of the value; `nil` = no `modelUsage` key.
        var ratio: Double?
        var mcpServerName: String? = nil
        var toolName: String? = nil
        var labels: [(String, String)] = []
        /// Where the limit sits on servers without user limits (1.2).
        var entityWithoutUserLimits: Entity? = nil
    }

    private enum Entity {
        case organization
        case team(String)
        case agent(String)
        case user(Int)
    }

    private static let specs: [Spec] = [
        Spec(entity: .organization, value: 5_000, interval: "calendar_month", ratio: 0.42, labels: [("budget", "monthly")]),
        Spec(entity: .team("Support"), value: 40, models: ["claude-sonnet-4-5", "claude-haiku-4-5"], interval: "1w", ratio: 0.93),
        Spec(entity: .user(1), value: 8, interval: "calendar_day", ratio: 1.04, entityWithoutUserLimits: .agent("Ravi's Experiments")),
        Spec(entity: .team("Platform"), value: 300, interval: "calendar_week_monday", ratio: 0.55),
        Spec(entity: .agent("Research Assistant"), value: 50, interval: "12h", ratio: 0.7),
        Spec(
            entity: .user(2), value: 40, models: ["gpt-4o-mini"], interval: "24h", ratio: 0.2,
            entityWithoutUserLimits: .agent("Mei's Scratchpad")),
        Spec(
            entity: .agent("Support Triage"), limitType: "tool_calls", value: 200, interval: "24h", ratio: nil,
            mcpServerName: "github", toolName: "search_issues"),
        Spec(entity: .organization, limitType: "mcp_server_calls", value: 10_000, interval: "1h", ratio: 0, mcpServerName: "github"),
    ]

    func make(agents: AgentTable, random: inout SplitMix64) -> [LimitRecord] {
        Self.specs.enumerated().compactMap { offset, spec -> LimitRecord? in
            let entityType: String
            let entityID: String
            switch entity(of: spec) {
            case .organization:
                (entityType, entityID) = ("organization", directory.organizationID)
            case .team(let name):
                guard let team = directory.teams.first(where: { $0.name == name }) else { return nil }
                (entityType, entityID) = ("team", team.id)
            case .agent(let name):
                guard let row = agents.rows.first(where: { $0.name == name }) else { return nil }
                (entityType, entityID) = ("agent", row.id)
            case .user(let index):
                (entityType, entityID) = ("user", directory.people[index % directory.people.count].id)
            }
            let created = now - Double(60 - offset * 5) * Timestamp.day
            let interval =
                generation.limitsHavePerLimitCleanupInterval
                ? spec.interval : generation.organizationLimitCleanupInterval ?? spec.interval
            var document: JSONObject = [
                "id": .string(random.uuid()), "entityType": .string(entityType), "entityId": .string(entityID),
                "limitType": .string(spec.limitType), "limitValue": .number(spec.value),
                "mcpServerName": JSON.string(spec.mcpServerName), "toolName": JSON.string(spec.toolName),
                "model": spec.models.map(JSON.strings) ?? .null, "lastCleanup": JSON.timestamp(lastCleanup(interval)),
                "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(created),
                "labels": .array(spec.labels.map { .object(StableID.labelJSON(key: $0.0, value: $0.1)) }),
            ]
            if generation.limitsHavePerLimitCleanupInterval {
                document["cleanupInterval"] = .string(spec.interval)
            }
            let usage = spec.ratio.map { ratio in
                spec.limitType == "token_cost" ? seededUsage(cost: ratio * spec.value, models: spec.models, random: &random) : []
            }
            return LimitRecord(document: document, modelUsage: usage, resetRatio: spec.ratio ?? 0)
        }
    }

    private func entity(of spec: Spec) -> Entity {
        if case .user = spec.entity, !generation.limitEntityTypes.contains("user") {
            return spec.entityWithoutUserLimits ?? spec.entity
        }
        return spec.entity
    }

    /// Splits `cost` over the limit's models (or three popular ones), with token counts that match the prices.
    private func seededUsage(cost: Double, models: [String]?, random: inout SplitMix64) -> [ModelUsage] {
        let names = models ?? ["claude-sonnet-4-5", "gpt-4o-mini", "claude-haiku-4-5"]
        let weights = names.map { _ in random.double(in: 1...4) }
        let weightSum = weights.reduce(0, +)
        return zip(names, weights).map { name, weight in
            let share = cost * weight / weightSum
            let model = ModelInfo.catalog.first { $0.name == name } ?? ModelInfo.catalog[0]
            // Typical traffic is ~8 input tokens per output token.
            let perOutputToken = (8 * model.inputPrice + model.outputPrice) / 1_000_000
            let tokensOut = (share / perOutputToken).rounded()
            return ModelUsage(model: name, tokensIn: 8 * tokensOut, tokensOut: tokensOut, cost: share)
        }
    }

    /// The most recent reset for an interval (start of the current period).
    private func lastCleanup(_ interval: String) -> Double {
        let dayStart = (now / Timestamp.day).rounded(.down) * Timestamp.day
        switch interval {
        case "calendar_month": return Timestamp.monthStart(containing: now)
        case "calendar_day": return dayStart
        case "calendar_week_monday":
            let weekday = Int((dayStart / Timestamp.day).rounded(.down) + 3) % 7  // 0 = Monday
            return dayStart - Double(weekday) * Timestamp.day
        case "1h": return (now / Timestamp.hour).rounded(.down) * Timestamp.hour
        case "12h": return now - 5 * Timestamp.hour
        case "24h": return now - 9 * Timestamp.hour
        default: return now - 3 * Timestamp.day
        }
    }
}
