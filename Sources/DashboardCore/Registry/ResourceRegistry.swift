import Foundation

/// The one list of resources. Adding a resource is one file that declares it and one line here.
public enum ResourceRegistry {
    public static let resources: [ResourceDescription] = [
        OverviewResource.description,
        AgentsResource.description,
        GatewaysResource.description,
        ProxiesResource.description,
        KnowledgeBasesResource.description,
        MCPRegistryResource.description,
        LimitsResource.description,
        StatisticsResource.description,
        MetricsResource.description,
        TeamsResource.description,
        ConnectorsResource.description,
        ToolsResource.description,
        LogsResource.description,
        CallsResource.description,
        SessionsResource.description,
    ]

    /// Every resource with the panes reached through its links, which have no command of their own.
    public static let all: [ResourceDescription] = resources.flatMap { [$0] + $0.children }

    /// What the digit keys open unless `favorites:` in config.yaml says otherwise; the one place
    /// this order lives.
    public static let defaultFavorites: [Pane] = [.overview, .agents, .gateways, .proxies, .knowledge, .mcp, .limits, .stats, .metrics]
    /// The pane a console opens on: the first default favourite.
    public static let startPane: Pane = .overview

    /// Polled whatever pane is visible: the header needs the server, limits near their cap are
    /// flagged on every pane, and team names label limits and statistics.
    public static let alwaysPolled: [AnySource] = [Sources.health.erased, LimitsResource.source.erased, Sources.teams.erased]

    /// Sources polled whatever pane is visible while their condition holds, and told to no pane: the
    /// refusal watch (the overview's count, refusal notifications).
    public static let watches: [Watch] = [Refusals.watch]

    /// Look-ups a one-off read makes whatever pane it reads: limits name the agents they apply to.
    public static let alwaysLooked: [AnyItemLookup] = [LimitsResource.agentNames.erased]

    private static let byPane: [Pane: ResourceDescription] =
        Dictionary(all.map { ($0.pane, $0) }, uniquingKeysWith: { first, _ in first })

    /// The resource of a pane (the first resource for a pane nobody declares).
    public static func resource(for pane: Pane) -> ResourceDescription {
        byPane[pane] ?? resources[0]
    }

    /// Every source any pane can poll, each once.
    public static let allSources: [AnySource] = {
        var seen = Set<SourceID>()
        let every = alwaysPolled + watches.map(\.source) + all.flatMap { $0.tabs.flatMap(\.sources) + $0.background }
        return every.filter { seen.insert($0.id).inserted }
    }()

    /// Every resource's slice reducer, in registry order (the order their effects come out in).
    public static let sliceReducers: [AnySliceReducer] = all.compactMap(\.slice) + watches.compactMap(\.slice)

    /// Resources with something to say in the header on every pane, in registry order.
    static let headerBadges = all.compactMap(\.headerBadge)

    /// Sources answered by services other than the Archestra API (declared `service: .other`).
    public static let otherServices: Set<SourceID> = Set(allSources.filter { $0.service == .other }.map(\.id))

    /// Every per-row look-up, each once.
    public static let allLookups: [AnyItemLookup] = {
        var seen = Set<SourceID>()
        return all.flatMap(\.lookups).filter { seen.insert($0.id).inserted }
    }()

    public static func source(_ id: SourceID) -> AnySource? { allSources.first { $0.id == id } }

    public static func lookup(_ id: SourceID) -> AnyItemLookup? { allLookups.first { $0.id == id } }
}
