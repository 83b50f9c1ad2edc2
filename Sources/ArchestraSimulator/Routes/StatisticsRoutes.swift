import ArchestraAPI

/// `/api/statistics/{teams,agents,models,overview,cost-savings,llm-proxy,users}` (API notes §7), computed from the usage history.
enum StatisticsRoutes {
    static func handle(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        guard context.method == "GET", context.segments.count == 2 else { return nil }
        let kind = context.segments[1]
        guard ["teams", "agents", "models", "overview", "cost-savings", "llm-proxy", "users"].contains(kind) else { return nil }
        let window = try StatisticsWindow.parse(context.query.string("timeframe"), now: context.now, earliestData: world.usage.earliestTime)
        let statistics = StatisticsQuery(world: world, window: window, now: context.now)
        switch kind {
        case "teams": return statistics.teams()
        case "agents": return statistics.agents()
        case "models": return statistics.models()
        case "overview": return statistics.overview()
        case "cost-savings": return statistics.costSavings()
        case "users": return try statistics.users(context.query)
        default: return try statistics.llmProxy(context.query)
        }
    }
}

/// Statistics of one window over the world's usage history.
///
/// Every endpoint reads the same history and groups the same events, so for one timeframe the overview,
/// the LLM-proxy totals and the sums over teams, agents and models are the same traffic.
struct StatisticsQuery {
    let world: SimulatedWorld
    let window: StatisticsWindow
    let now: Double

    func teams() -> JSONValue {
        let byTeam = world.usage.collect(in: window, now: now) { key in world.teamID(atBillingIndex: Int(key.team)) }
        var agentCounts: [String: Int] = [:]
        for row in world.agents.rows where !row.isDeleted {
            for teamID in row.teamIDs { agentCounts[teamID, default: 0] += 1 }
        }
        let rows = world.directory.teams.map { team -> (cost: Double, json: JSONValue) in
            let series = byTeam[team.id] ?? SeriesTotals(bucketCount: window.bucketStarts.count)
            return (
                series.total.cost,
                .object([
                    "teamId": .string(team.id), "teamName": .string(team.name), "members": JSON.int(team.memberCount),
                    "agents": JSON.int(agentCounts[team.id] ?? 0), "requests": .number(series.total.requests),
                    "inputTokens": .number(series.total.inputTokens), "outputTokens": .number(series.total.outputTokens),
                    "cost": JSON.rounded(series.total.cost), "timeSeries": costSeries(series),
                ])
            )
        }
        return .array(rows.sorted { $0.cost > $1.cost }.map(\.json))
    }

    func agents() -> JSONValue {
        let byAgent = world.usage.collect(in: window, now: now) { key in Int(key.agent) }
        let rows = byAgent.sorted {
            $0.value.total.cost == $1.value.total.cost ? $0.key < $1.key : $0.value.total.cost > $1.value.total.cost
        }
        return .array(
            rows.map { index, series in
                let row = world.agents[index]
                return .object([
                    "agentId": .string(row.id), "agentName": .string(row.name), "agentType": .string(row.agentType),
                    "teamName": .string(row.teamIDs.first.flatMap(world.directory.teamName(id:)) ?? ""),
                    "requests": .number(series.total.requests), "inputTokens": .number(series.total.inputTokens),
                    "outputTokens": .number(series.total.outputTokens), "cacheReadTokens": .number(series.total.cacheReadTokens),
                    "cost": JSON.rounded(series.total.cost), "timeSeries": costSeries(series),
                ])
            })
    }

    func models() -> JSONValue {
        let byModel = world.usage.collect(in: window, now: now) { key in Int(key.model) }
        let totalCost = byModel.values.reduce(0) { $0 + $1.total.cost }
        let rows = byModel.sorted { $0.value.total.cost > $1.value.total.cost }
        return .array(
            rows.map { modelIndex, series in
                .object([
                    "model": .string(ModelInfo.catalog[modelIndex].name), "requests": .number(series.total.requests),
                    "inputTokens": .number(series.total.inputTokens), "outputTokens": .number(series.total.outputTokens),
                    "cacheReadTokens": .number(series.total.cacheReadTokens), "cost": JSON.rounded(series.total.cost),
                    "percentage": JSON.rounded(totalCost > 0 ? series.total.cost / totalCost * 100 : 0, places: 2),
                    "timeSeries": costSeries(series),
                ])
            })
    }

    func overview() -> JSONValue {
        let byAgent = world.usage.collect(in: window, now: now) { key in Int(key.agent) }
        var total = UsageSample()
        for series in byAgent.values { total.add(series.total) }
        let byTeam = world.usage.collect(in: window, now: now) { key in Int(key.team) }
        let byModel = world.usage.collect(in: window, now: now) { key in Int(key.model) }
        let topAgent = byAgent.max { $0.value.total.cost < $1.value.total.cost }.map { world.agents[$0.key].name }
        let topTeam = byTeam.max { $0.value.total.cost < $1.value.total.cost }.flatMap { world.teamID(atBillingIndex: $0.key) }
            .flatMap(world.directory.teamName(id:))
        let topModel = byModel.max { $0.value.total.cost < $1.value.total.cost }.map { ModelInfo.catalog[$0.key].name }
        return .object([
            "totalRequests": .number(total.requests), "totalTokens": .number(total.totalTokens),
            "totalCost": JSON.rounded(total.cost), "topTeam": .string(topTeam ?? ""), "topAgent": .string(topAgent ?? ""),
            "topModel": .string(topModel ?? ""),
        ])
    }

    func costSavings() -> JSONValue {
        let byChannel = world.usage.collect(in: window, now: now) { key in Int(key.channel) }
        var totals = SeriesTotals(bucketCount: window.bucketStarts.count)
        var subscription = SeriesTotals(bucketCount: window.bucketStarts.count)
        for (channel, series) in byChannel {
            for (slot, sample) in series.buckets.enumerated() {
                totals.add(sample, slot: slot)
                if AuthChannel.catalog[channel].isSubscription { subscription.add(sample, slot: slot) }
            }
        }
        func savings(_ sample: UsageSample) -> Double { sample.cacheSavings + sample.toonSavings }
        let points: [JSONValue] = window.bucketStarts.enumerated().map { slot, start in
            let sample = totals.buckets[slot]
            return .object([
                "timestamp": JSON.timestamp(start), "baselineCost": JSON.rounded(sample.cost + savings(sample)),
                "actualCost": JSON.rounded(sample.cost), "toonSavings": JSON.rounded(sample.toonSavings),
                "cacheSavings": JSON.rounded(sample.cacheSavings), "subscriptionCost": JSON.rounded(subscription.buckets[slot].cost),
            ])
        }
        let total = totals.total
        return .object([
            "totalBaselineCost": JSON.rounded(total.cost + savings(total)), "totalActualCost": JSON.rounded(total.cost),
            "totalSavings": JSON.rounded(savings(total)), "totalSubscriptionCost": JSON.rounded(subscription.total.cost),
            "totalToonSavings": JSON.rounded(total.toonSavings), "totalCacheSavings": JSON.rounded(total.cacheSavings),
            "timeSeries": .array(points),
        ])
    }

    /// LLM-proxy usage by auth method and credential. Every LLM call of the platform passes through the
    /// proxy (agents' own calls use the organisation's provider key), so unfiltered totals equal the overview's.
    func llmProxy(_ query: QueryReader) throws -> JSONValue {
        let methods = [
            "provider_key", "virtual_key", "passthrough_virtual_key", "jwks", "oauth_client_credentials", "oauth_user", "internal",
            "unknown",
        ]
        let authMethod = try query.oneOf("authMethod", methods)
        let credentialID = query.string("credentialId")
        let limit = try query.int("limit", default: 20, in: 1...100)
        let offset = try query.int("offset", default: 0, in: 0...Int(Int32.max))
        let byChannel = world.usage.collect(in: window, now: now) { key -> Int? in
            let channel = AuthChannel.catalog[Int(key.channel)]
            if let authMethod, channel.authMethod != authMethod { return nil }
            if let credentialID, channel.credentialID != credentialID { return nil }
            return Int(key.channel)
        }
        var totals = SeriesTotals(bucketCount: window.bucketStarts.count)
        var subscriptionPerBucket = Array(repeating: 0.0, count: window.bucketStarts.count)
        var methodTotals: [String: (UsageSample, Double)] = [:]
        for (channel, series) in byChannel.sorted(by: { $0.key < $1.key }) {
            let info = AuthChannel.catalog[channel]
            for (slot, sample) in series.buckets.enumerated() {
                totals.add(sample, slot: slot)
                if info.isSubscription { subscriptionPerBucket[slot] += sample.cost }
            }
            var entry = methodTotals[info.authMethod] ?? (UsageSample(), 0)
            entry.0.add(series.total)
            entry.1 += info.isSubscription ? series.total.cost : 0
            methodTotals[info.authMethod] = entry
        }
        let subscriptionTotal = subscriptionPerBucket.reduce(0, +)
        let credentials = byChannel.sorted { $0.value.total.requests > $1.value.total.requests }.map { channel, series -> JSONValue in
            let info = AuthChannel.catalog[channel]
            var object = usageRecord(series.total, subscription: info.isSubscription ? series.total.cost : 0)
            object["authMethod"] = .string(info.authMethod)
            object["credentialId"] = JSON.string(info.credentialID)
            object["credentialName"] = JSON.string(info.credentialName)
            return .object(object)
        }
        let methodRows = methodTotals.sorted { $0.value.0.requests > $1.value.0.requests }.map { method, entry -> JSONValue in
            var object = usageRecord(entry.0, subscription: entry.1)
            object["authMethod"] = .string(method)
            return .object(object)
        }
        let points: [JSONValue] = window.bucketStarts.enumerated().map { slot, start in
            var object = usageRecord(totals.buckets[slot], subscription: subscriptionPerBucket[slot])
            object["timestamp"] = JSON.timestamp(start)
            return .object(object)
        }
        let pageStart = min(offset, credentials.count)
        return .object([
            "totals": .object(usageRecord(totals.total, subscription: subscriptionTotal)),
            "timeSeries": .array(points),
            "methods": .array(methodRows),
            "credentials": .array(Array(credentials[pageStart..<min(credentials.count, pageStart + limit)])),
            "pagination": .object(["limit": JSON.int(limit), "offset": JSON.int(offset), "total": JSON.int(credentials.count)]),
        ])
    }

    /// `{requests, inputTokens, outputTokens, cacheReadTokens, billedCost, subscriptionCost}`.
    func usageRecord(_ sample: UsageSample, subscription: Double) -> JSONObject {
        [
            "requests": .number(sample.requests), "inputTokens": .number(sample.inputTokens),
            "outputTokens": .number(sample.outputTokens), "cacheReadTokens": .number(sample.cacheReadTokens),
            "billedCost": JSON.rounded(sample.cost - subscription), "subscriptionCost": JSON.rounded(subscription),
        ]
    }

    /// `[{timestamp, value}]` of cost, one point per bucket, zero-filled.
    func costSeries(_ series: SeriesTotals) -> JSONValue {
        .array(
            zip(window.bucketStarts, series.buckets).map { start, sample in
                .object(["timestamp": JSON.timestamp(start), "value": JSON.rounded(sample.cost)])
            })
    }
}
