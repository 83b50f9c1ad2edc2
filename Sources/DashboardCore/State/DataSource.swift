/// One thing the console polls. Each source has its own poller, so at most one request
/// per source is in flight and a slow endpoint never holds up the others.
public enum DataSource: String, Sendable, CaseIterable, Hashable {
    case health, agents, gateways, proxies, proxyStats, knowledgeBases, mcpServers, catalog
    case limits, teams, teamStats, agentStats, modelStats, overview, costSavings

    /// What a person would call it in "no permission to read X".
    public var label: String {
        switch self {
        case .health: "server health"
        case .agents: "agents"
        case .gateways: "MCP gateways"
        case .proxies: "LLM proxies"
        case .proxyStats: "LLM proxy statistics"
        case .knowledgeBases: "knowledge bases"
        case .mcpServers: "MCP servers"
        case .catalog: "the MCP catalog"
        case .limits: "usage limits"
        case .teams: "teams"
        case .teamStats: "team statistics"
        case .agentStats: "agent statistics"
        case .modelStats: "model statistics"
        case .overview: "overview statistics"
        case .costSavings: "cost savings"
        }
    }

    /// Sources polled whatever pane is visible: the header needs health, and limits
    /// near their cap are flagged on every pane.
    public static let alwaysNeeded: Set<DataSource> = [.health, .limits, .teams]

    /// Sources a pane draws from; with `forDisplay`, only those whose figures it shows
    /// (leaving out statistics that just feed the limit forecasts).
    public static func needed(by pane: Pane, forDisplay: Bool) -> Set<DataSource> {
        let all = needed(by: pane)
        guard forDisplay, pane == .overview || pane == .limits else { return all }
        return all.subtracting([.teamStats, .agentStats])
    }

    /// Sources a pane draws from.
    public static func needed(by pane: Pane) -> Set<DataSource> {
        switch pane {
        // Team and agent series feed the limit forecasts shown on the overview and limits panes.
        case .overview: [.overview, .costSavings, .proxyStats, .teamStats, .agentStats]
        case .agents: [.agents]
        case .gateways: [.gateways]
        case .proxies: [.proxies, .proxyStats, .agentStats]
        case .knowledge: [.knowledgeBases]
        case .mcp: [.mcpServers, .catalog]
        case .limits: [.teamStats, .agentStats]
        case .stats: [.teamStats, .agentStats, .modelStats]
        }
    }
}
