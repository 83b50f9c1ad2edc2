import Foundation
import ArchestraAPI

/// Everything the console knows, as one value. The store owns the only mutable copy;
/// the UI renders snapshots of it.
public struct AppState: Sendable {
    // Where we are connected.
    public var baseURL: String
    public var insecureTLS: Bool
    public var generation: APIGeneration?
    public var refreshInterval: TimeInterval
    /// The API key as it may be shown: masked (`APIKey.description`), never the key itself.
    public var maskedAPIKey: String?

    // Data, one entry per source.
    public var server = Loadable<ServerInfo>()
    public var agents = Loadable<AgentListing>()
    public var gateways = Loadable<[Agent]>()
    public var proxies = Loadable<LLMProxyListing>()
    public var proxyStats = Loadable<LLMProxyStatistics>()
    public var knowledgeBases = Loadable<[KnowledgeBaseRow]>()
    public var mcpServers = Loadable<[MCPServer]>()
    public var catalog = Loadable<[CatalogItem]>()
    public var limits = Loadable<LimitsSnapshot>()
    public var teams = Loadable<[Team]>()
    public var teamStats = Loadable<[TeamStatistics]>()
    public var agentStats = Loadable<[AgentStatistics]>()
    public var modelStats = Loadable<[ModelStatistics]>()
    public var overview = Loadable<OverviewStatistics>()
    public var costSavings = Loadable<CostSavings>()

    // Histories kept across polls, bounded.
    public var limitHistory = LimitUsageHistory()
    public var requestRate = RateTracker()
    public var costRate = RateTracker()

    // What the person is doing.
    public var ui = UIState()
    public var timeframe: Timeframe = .day
    public var now: Date
    public var shouldQuit = false

    public init(baseURL: String, insecureTLS: Bool = false, refreshInterval: TimeInterval = 2, now: Date = Date()) {
        self.baseURL = baseURL
        self.insecureTLS = insecureTLS
        self.refreshInterval = refreshInterval
        self.now = now
    }

    /// Freshness of one source, whatever its value type.
    public func status(of source: DataSource) -> SourceStatus {
        self[keyPath: Self.statusPath(of: source)]
    }

    /// Where a source's freshness lives: the one place that maps sources to state.
    static func statusPath(of source: DataSource) -> WritableKeyPath<AppState, SourceStatus> {
        switch source {
        case .health: \.server.status
        case .agents: \.agents.status
        case .gateways: \.gateways.status
        case .proxies: \.proxies.status
        case .proxyStats: \.proxyStats.status
        case .knowledgeBases: \.knowledgeBases.status
        case .mcpServers: \.mcpServers.status
        case .catalog: \.catalog.status
        case .limits: \.limits.status
        case .teams: \.teams.status
        case .teamStats: \.teamStats.status
        case .agentStats: \.agentStats.status
        case .modelStats: \.modelStats.status
        case .overview: \.overview.status
        case .costSavings: \.costSavings.status
        }
    }

    /// The sources the visible pane and the always-on parts of the screen draw from.
    public var neededSources: Set<DataSource> {
        DataSource.alwaysNeeded.union(DataSource.needed(by: ui.pane))
    }

    /// Team id → name, for resolving limit entities and statistics.
    public var teamNames: [String: String] {
        Dictionary((teams.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
