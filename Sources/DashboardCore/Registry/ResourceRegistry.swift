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
    ]

    /// Every resource with the panes reached through its links, which have no command of their own.
    public static let all: [ResourceDescription] = resources.flatMap { [$0] + $0.children }

    /// What the digit keys open unless `favorites:` in config.yaml says otherwise; the one place
    /// this order lives.
    public static let defaultFavorites: [Pane] = [.overview, .agents, .gateways, .proxies, .knowledge, .mcp, .limits, .stats, .metrics]

    /// Polled whatever pane is visible: the header needs the server, limits near their cap are
    /// flagged on every pane, and team names label limits and statistics.
    public static let alwaysPolled: [AnySource] = [Sources.health.erased, LimitsResource.source.erased, Sources.teams.erased]

    private static let byPane: [Pane: ResourceDescription] =
        Dictionary(all.map { ($0.pane, $0) }, uniquingKeysWith: { first, _ in first })

    /// The resource of a pane (the first resource for a pane nobody declares).
    public static func resource(for pane: Pane) -> ResourceDescription {
        byPane[pane] ?? resources[0]
    }

    /// Every source any pane can poll, each once.
    public static let allSources: [AnySource] = {
        var seen = Set<SourceID>()
        let every = alwaysPolled + all.flatMap { $0.tabs.flatMap(\.sources) + $0.background }
        return every.filter { seen.insert($0.id).inserted }
    }()

    /// Every per-row look-up, each once.
    public static let allLookups: [AnyItemLookup] = {
        var seen = Set<SourceID>()
        return all.flatMap(\.lookups).filter { seen.insert($0.id).inserted }
    }()

    public static func source(_ id: SourceID) -> AnySource? { allSources.first { $0.id == id } }

    public static func lookup(_ id: SourceID) -> AnyItemLookup? { allLookups.first { $0.id == id } }
}
