import Foundation
import ArchestraAPI
import DashboardCore

/// Fixed states for screen tests: every value is spelled out, the clock included.
enum SampleState {
    /// 2025-06-01 12:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_748_779_200)
    static let refresh: TimeInterval = 2

    static func time(_ secondsAgo: TimeInterval) -> Date { now.addingTimeInterval(-secondsAgo) }

    static func iso(_ secondsAgo: TimeInterval) -> String { ISO8601.string(from: time(secondsAgo)) }

    /// A healthy 1.4 server with data in every source, loaded one second ago.
    static func full(pane: Pane = .overview) -> AppState {
        var state = AppState(baseURL: "https://archestra.example.com", refreshInterval: refresh, now: now)
        state.generation = .v1_4
        state.ui.pane = pane
        state.ui.screenWidth = 80
        state.ui.screenHeight = 24
        let loaded = time(1)
        state.server.succeed(ServerInfo(version: "1.4.2"), at: loaded)
        state.teams.succeed(teams, at: loaded)
        state.agents.succeed(AgentListing(query: AgentListQuery(), total: agents.count, pages: [0: agents]), at: loaded)
        state.gateways.succeed(
            AgentListing(query: AgentListQuery(agentType: .mcpGateway), total: gateways.count, pages: [0: gateways]), at: loaded)
        state.proxies.succeed(LLMProxyListing(generation: .v1_4, proxies: proxies), at: loaded)
        state.proxyStats.succeed(proxyStatistics, at: loaded)
        state.knowledgeBases.succeed(knowledgeBases.map(\.base), at: loaded)
        for row in knowledgeBases {
            if let health = row.health { state.setItem(KnowledgeBasesResource.health, row.base.id, health, at: loaded) }
        }
        state.mcpServers.succeed(mcpServers, at: loaded)
        state.catalog.succeed(catalog, at: loaded)
        state.limits.succeed(limits, at: loaded)
        state.setItem(LimitsResource.agentNames, "a-1", "support-bot", at: loaded)
        state.teamStats.succeed(teamStatistics, at: loaded)
        state.agentStats.succeed(agentStatistics, at: loaded)
        state.modelStats.succeed(modelStatistics, at: loaded)
        state.overview.succeed(
            OverviewStatistics(
                totalRequests: 12_345, totalTokens: 9_876_543, totalCost: 432.1,
                topTeam: "Platform", topAgent: "support-bot", topModel: "gpt-4o"), at: loaded)
        state.costSavings.succeed(
            CostSavings(
                totalBaselineCost: 520, totalActualCost: 432.1, totalSavings: 87.9,
                totalToonSavings: 12.5, totalCacheSavings: 75.4), at: loaded)
        // Five polls 2 s apart while the current hour's bucket grows: 160 requests and $0.04 in 8 s.
        let bucket = time(1_800)
        for step in 0..<5 {
            let time = now.addingTimeInterval(Double(step - 4) * refresh)
            state.slices[OverviewResource.rates].requests.observe([(bucket, 300 + Double(step * step) * 10)], at: time)
            state.slices[OverviewResource.rates].cost.observe([(bucket, 10 + Double(step) * 0.01)], at: time)
        }
        SampleMetrics.load(into: &state)
        SampleConnectors.load(into: &state, at: loaded)
        SampleTools.load(into: &state, at: loaded)
        SampleLogs.load(into: &state)
        SampleRefusals.load(into: &state)
        return state
    }

    static let teams = [
        Team(
            id: "t-1", name: "Platform", description: "Runs the gateways and the shared agents", memberCount: 12,
            createdAt: iso(86_400 * 90)),
        Team(id: "t-2", name: "Research", memberCount: 4, createdAt: iso(86_400 * 12)),
    ]

    /// Platform's members, as the members pane shows them after `Enter` on that team.
    static let platformMembers = [
        TeamMember(
            id: "tm-1", teamId: "t-1", userId: "u-1", role: "admin", syncedFromSso: true, name: "Ada Lovelace",
            email: "ada@example.com", createdAt: iso(86_400 * 90)),
        TeamMember(id: "tm-2", teamId: "t-1", userId: "u-2", role: "member", email: "grace@example.com", createdAt: iso(3_600 * 5)),
    ]

    /// The members of Platform, opened from the teams pane.
    static func teamMembers() -> AppState {
        var state = full(pane: .teams)
        _ = state.reduce(.key(.enter))
        state[TeamsResource.members].succeed(TeamsResource.Roster(teamID: "t-1", members: platformMembers), at: time(1))
        return state
    }

    static let agents: [Agent] = [
        Agent(
            id: "a-1", name: "support-bot", teams: [TeamRef(id: "t-1", name: "Platform")], createdAt: iso(86_400 * 30),
            updatedAt: iso(3_600), lastUsedAt: iso(120)),
        Agent(id: "a-2", name: "研究助手", scope: .team, createdAt: iso(86_400 * 7), updatedAt: iso(7_200)),
        Agent(id: "a-3", name: "🚀 launcher", scope: .personal, createdAt: iso(86_400 * 2), lastUsedAt: iso(30)),
        Agent(id: "a-4", name: "evil\u{1B}[2Jname", createdAt: iso(86_400)),
        Agent(id: "a-5", name: "billing-reconciler-with-a-very-long-name", isDefault: true, createdAt: iso(600)),
    ]

    static let gateways: [Agent] = [
        Agent(id: "g-1", name: "default-gateway", agentType: .mcpGateway, isDefault: true, createdAt: iso(86_400 * 40)),
        Agent(id: "g-2", name: "research-tools", agentType: .mcpGateway, scope: .team, createdAt: iso(86_400 * 3)),
    ]

    static let proxies = [
        LLMProxyEntry(id: "p-1", name: "Organization proxy", isDefault: true)
    ]

    static let proxyStatistics = LLMProxyStatistics(
        totals: LLMProxyUsage(requests: 12_345, inputTokens: 6_000_000, outputTokens: 3_876_543, billedCost: 432.1),
        timeSeries: (0..<24).map { hour in
            let load = Double((hour * 7) % 11) + Double(hour) / 2
            return LLMProxyUsage(requests: 300 + load * 40, billedCost: 10 + load * 1.5, timestamp: iso(Double(24 - hour) * 3_600))
        },
        methods: [
            LLMProxyUsage(requests: 9_000, inputTokens: 4_000_000, outputTokens: 2_500_000, billedCost: 310.5, authMethod: "api_key"),
            LLMProxyUsage(requests: 3_000, inputTokens: 1_900_000, outputTokens: 1_300_000, billedCost: 120.6, authMethod: "oauth"),
            LLMProxyUsage(requests: 345, inputTokens: 100_000, outputTokens: 76_543, billedCost: 1.0, authMethod: "virtual_key"),
        ])

    /// A knowledge base with the answer of its health look-up.
    struct KnowledgeBaseRow {
        var base: KnowledgeBase
        var health: KnowledgeBaseHealth?
    }

    static let knowledgeBases = [
        KnowledgeBaseRow(
            base: KnowledgeBase(
                id: "kb-1", name: "Handbook", status: "ready",
                connectors: [
                    ConnectorRef(id: "cn-1", name: "Support space", connectorType: "confluence"),
                    ConnectorRef(id: "cn-2", name: "Uploads"),
                ],
                totalDocsIndexed: 1_204,
                createdAt: iso(86_400 * 9)),
            health: KnowledgeBaseHealth(status: "healthy")),
        KnowledgeBaseRow(
            base: KnowledgeBase(
                id: "kb-2", name: "Tickets", status: "indexing", totalDocsIndexed: 77,
                createdAt: iso(86_400)),
            health: KnowledgeBaseHealth(status: "unhealthy", message: "connector timed out")),
    ]

    static let mcpServers = [
        MCPServer(id: "m-1", name: "github", catalogName: "GitHub", serverType: .remote, createdAt: iso(86_400 * 5)),
        MCPServer(
            id: "m-2", name: "postgres", catalogName: "Postgres", localInstallationStatus: .error,
            localInstallationError: "image pull failed", createdAt: iso(3_600)),
    ]

    static let catalog = [
        CatalogItem(id: "c-1", name: "GitHub", version: "2.1.0", serverType: .remote, requiresAuth: true, toolCount: 42),
        CatalogItem(id: "c-2", name: "Postgres", version: "0.9.3", toolCount: 8),
        CatalogItem(id: "c-3", name: "Slack", version: "1.0.0", serverType: .remote, requiresAuth: true, toolCount: 17),
    ]

    /// Four cost limits of $100 at 50 %, 80 %, 95 % and 120 %.
    static let limits: [UsageLimit] = [
        limit("l-1", .organization, "org", used: 50),
        limit("l-2", .team, "t-1", used: 80),
        limit("l-3", .agent, "a-1", used: 95),
        limit("l-4", .team, "t-2", used: 120),
    ]

    static func limit(_ id: String, _ type: LimitEntityType, _ entity: String, used: Double) -> UsageLimit {
        UsageLimit(
            id: id, entityType: type, entityId: entity, limitType: .tokenCost, limitValue: 100,
            cleanupInterval: .day, lastCleanup: iso(6 * 3_600),
            modelUsage: [
                ModelUsage(model: "gpt-4o", tokensIn: used * 1_000, tokensOut: used * 300, cost: used * 0.75),
                ModelUsage(model: "claude-sonnet", tokensIn: used * 500, tokensOut: used * 100, cost: used * 0.25),
            ])
    }

    static func series(_ values: [Double]) -> [TimeSeriesPoint] {
        values.enumerated().map { TimeSeriesPoint(timestamp: iso(Double(values.count - $0.offset) * 3_600), value: $0.element) }
    }

    static let teamStatistics = [
        TeamStatistics(
            teamId: "t-1", teamName: "Platform", members: 12, agents: 5, requests: 9_000, inputTokens: 4_000_000,
            outputTokens: 2_000_000, cost: 300, timeSeries: series([1, 3, 2, 5, 8, 6, 9, 12])),
        TeamStatistics(
            teamId: "t-2", teamName: "Research", members: 4, agents: 2, requests: 3_345, inputTokens: 2_000_000,
            outputTokens: 1_876_543, cost: 132.1, timeSeries: series([4, 4, 3, 2, 2, 1, 1, 0])),
    ]

    static let agentStatistics = [
        AgentStatistics(
            agentId: "a-1", agentName: "support-bot", agentType: "agent", teamName: "Platform", requests: 8_000,
            inputTokens: 3_000_000, outputTokens: 1_000_000, cost: 250, timeSeries: series([2, 4, 6, 8, 10])),
        AgentStatistics(
            agentId: "a-2", agentName: "研究助手", agentType: "agent", teamName: "Research", requests: 1_200,
            inputTokens: 500_000, outputTokens: 300_000, cost: 60, timeSeries: series([5, 3, 1, 0, 2])),
    ]

    static let modelStatistics = [
        ModelStatistics(
            model: "gpt-4o", requests: 10_000, inputTokens: 5_000_000, outputTokens: 3_000_000, cost: 380,
            percentage: 88, timeSeries: series([10, 12, 14, 9, 20])),
        ModelStatistics(
            model: "claude-sonnet", requests: 2_345, inputTokens: 1_000_000, outputTokens: 876_543, cost: 52.1,
            percentage: 12, timeSeries: series([1, 2, 3, 4, 5])),
    ]
}
