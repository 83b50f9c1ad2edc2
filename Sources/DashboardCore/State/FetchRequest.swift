import Foundation
import ArchestraAPI

/// A page of agents to fetch: the page holding the selection, with the server-side filter and sort.
public struct AgentPageRequest: Sendable, Equatable, Hashable {
    public var offset: Int
    public var query: AgentListQuery
    public init(offset: Int, query: AgentListQuery) {
        self.offset = offset
        self.query = query
    }
}

/// Exactly what a poller asks the server for; results are applied only while they still match.
public enum FetchRequest: Sendable, Equatable {
    case health
    case agents(AgentPageRequest)
    case gateways
    case proxies(APIGeneration?)
    case proxyStats(Timeframe)
    case knowledgeBases
    case mcpServers
    case catalog
    /// Agent ids named by limits whose names are not known yet.
    case limits(unknownAgentIDs: [String])
    case teams
    case teamStats(Timeframe)
    case agentStats(Timeframe)
    case modelStats(Timeframe)
    case overview(Timeframe)
    case costSavings(Timeframe)

    public var source: DataSource {
        switch self {
        case .health: .health
        case .agents: .agents
        case .gateways: .gateways
        case .proxies: .proxies
        case .proxyStats: .proxyStats
        case .knowledgeBases: .knowledgeBases
        case .mcpServers: .mcpServers
        case .catalog: .catalog
        case .limits: .limits
        case .teams: .teams
        case .teamStats: .teamStats
        case .agentStats: .agentStats
        case .modelStats: .modelStats
        case .overview: .overview
        case .costSavings: .costSavings
        }
    }
}

/// What came back for a request.
public enum LoadedData: Sendable {
    case server(ServerInfo)
    case agents(Page<Agent>)
    case gateways([Agent])
    case proxies(LLMProxyListing)
    case proxyStats(LLMProxyStatistics)
    case knowledgeBases([KnowledgeBaseRow])
    case mcpServers([MCPServer])
    case catalog([CatalogItem])
    case limits([UsageLimit], agentNames: [String: String])
    case teams([Team])
    case teamStats([TeamStatistics])
    case agentStats([AgentStatistics])
    case modelStats([ModelStatistics])
    case overview(OverviewStatistics)
    case costSavings(CostSavings)
}

/// The outcome of one poll.
public struct LoadResult: Sendable {
    public var request: FetchRequest
    public var outcome: Result<LoadedData, ArchestraError>
    public var finishedAt: Date
    /// 0...1, spreads the retry delay after a failure.
    public var jitter: Double

    public init(request: FetchRequest, outcome: Result<LoadedData, ArchestraError>, finishedAt: Date, jitter: Double = 0.5) {
        self.request = request
        self.outcome = outcome
        self.finishedAt = finishedAt
        self.jitter = jitter
    }
}

extension AppState {
    /// The agents page the poller should hold: the one containing the selection.
    public var agentsRequest: AgentPageRequest {
        let list = ui.list(.agents)
        let filter = list.filter.trimmingCharacters(in: .whitespaces)
        let sortBy = list.sortColumn.flatMap { AgentColumns.serverSortKey(column: $0) }
        let query = AgentListQuery(name: filter.isEmpty ? nil : filter, sortBy: sortBy,
                                   ascending: sortBy == nil ? false : list.sortAscending)
        let offset = (list.selected / AgentListQuery.pageSize) * AgentListQuery.pageSize
        return AgentPageRequest(offset: offset, query: query)
    }

    /// The request a source's poller should make now, given the state.
    public func request(for source: DataSource) -> FetchRequest {
        switch source {
        case .health: return .health
        case .agents: return .agents(agentsRequest)
        case .gateways: return .gateways
        case .proxies: return .proxies(generation)
        case .proxyStats: return .proxyStats(timeframe)
        case .knowledgeBases: return .knowledgeBases
        case .mcpServers: return .mcpServers
        case .catalog: return .catalog
        case .limits:
            let known = limits.value?.agentNames ?? [:]
            let ids = (limits.value?.limits ?? []).filter { $0.entityType == .agent }.map(\.entityId)
            return .limits(unknownAgentIDs: Array(Set(ids.filter { known[$0] == nil })).sorted())
        case .teams: return .teams
        case .teamStats: return .teamStats(timeframe)
        case .agentStats: return .agentStats(timeframe)
        case .modelStats: return .modelStats(timeframe)
        case .overview: return .overview(timeframe)
        case .costSavings: return .costSavings(timeframe)
        }
    }
}
