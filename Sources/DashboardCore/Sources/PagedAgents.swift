import Foundation
import ArchestraAPI

/// A window of a list of agents: only the pages around the selection are held,
/// so 100 000 agents are never fetched at once.
public struct AgentListing: Sendable, Equatable {
    public var query: AgentListQuery
    public var total: Int
    /// Loaded pages by their offset.
    public var pages: [Int: [Agent]]
    /// Records the loaded pages held that could not be read (no id), by page.
    public var skipped: [Int: Int] = [:]

    public init(query: AgentListQuery, total: Int = 0, pages: [Int: [Agent]] = [:]) {
        self.query = query
        self.total = total
        self.pages = pages
    }

    /// The agent at a row of the whole list, when its page is loaded.
    public func agent(at row: Int) -> Agent? {
        let offset = (row / AgentListQuery.pageSize) * AgentListQuery.pageSize
        guard let page = pages[offset] else { return nil }
        let index = row - offset
        return page.indices.contains(index) ? page[index] : nil
    }
}

/// What the server is asked for: the name filter and sort go to the server because the list
/// may span many pages.
public struct AgentListQuery: Sendable, Equatable, Hashable {
    public static let pageSize = 100
    public var name: String?
    public var sortBy: String?
    public var ascending: Bool
    /// Only agents of this type (gateways); nil lists every type.
    public var agentType: AgentType?
    /// `.deleted` lists the trash.
    public var status: RecordStatus?
    /// From `/` tokens (see ``AgentSearch``): several types, an ownership scope, team ids, a label filter.
    public var agentTypes: [AgentType]?
    public var scope: AgentScope?
    public var teamIds: [String]?
    public var labels: String?

    public init(
        name: String? = nil, sortBy: String? = nil, ascending: Bool = false, agentType: AgentType? = nil,
        status: RecordStatus? = nil, agentTypes: [AgentType]? = nil, scope: AgentScope? = nil,
        teamIds: [String]? = nil, labels: String? = nil
    ) {
        self.name = name
        self.sortBy = sortBy
        self.ascending = ascending
        self.agentType = agentType
        self.status = status
        self.agentTypes = agentTypes
        self.scope = scope
        self.teamIds = teamIds
        self.labels = labels
    }
}

/// A page of agents to fetch: the page holding the selection, with the server-side filter and sort.
public struct AgentPageRequest: Sendable, Equatable, Hashable {
    public var offset: Int
    public var query: AgentListQuery
    public init(offset: Int, query: AgentListQuery) {
        self.offset = offset
        self.query = query
    }
}

/// The pieces the agents and gateways panes share: a paged source, its request and a virtual table.
enum PagedAgents {
    /// The page holding the selection of `pane`.
    static func request(pane: Pane, agentType: AgentType?, serverSort: [Int: String], in state: AppState) -> AgentPageRequest {
        let list = state.ui.list(pane)
        let search = search(pane: pane, fixedType: agentType, in: state)
        let sortBy = list.sortColumn.flatMap { serverSort[$0] }
        let teamIDs = search.teamIDs(teams: state.teams.value ?? [])
        var query = AgentListQuery(
            name: search.name, sortBy: sortBy,
            ascending: sortBy == nil ? false : list.sortAscending, agentType: agentType,
            status: list.showsTrash ? .deleted : nil, scope: search.scope,
            teamIds: teamIDs.isEmpty ? nil : teamIDs, labels: search.labelFilter)
        if agentType == nil {
            if search.types.count == 1 { query.agentType = search.types[0] }
            if search.types.count > 1 { query.agentTypes = search.types }
        }
        let offset = (list.selected / AgentListQuery.pageSize) * AgentListQuery.pageSize
        return AgentPageRequest(offset: offset, query: query)
    }

    /// The pane's `/` text read as tokens. A pane of one type (gateways) cannot be filtered by another, and a 1.4
    /// server refuses `llm_proxy` in the filter: such tokens become problems rather than a refused request.
    static func search(pane: Pane, fixedType: AgentType?, in state: AppState) -> AgentSearch {
        var search = AgentSearch(parsing: state.ui.list(pane).filter.trimmedWhitespace)
        if let fixedType, !search.types.isEmpty {
            search.problems += search.types.map { "type:\($0.rawValue) (this pane lists \(fixedType.rawValue) only)" }
            search.types = []
        }
        if state.generation == .v1_4, search.types.contains(.llmProxy) {
            search.problems.append("type:llm_proxy (a 1.4 server cannot filter by it: see LLM Proxies)")
            search.types.removeAll { $0 == .llmProxy }
        }
        // The API reads teamIds only with scope=team: a team token implies that scope unless another was typed.
        if !search.teams.isEmpty, search.scope == nil { search.scope = .team }
        return search
    }

    /// What the title says of the pane's filter: nil when it is only a name (the raw text says it all).
    static func filterSummary(pane: Pane, fixedType: AgentType?, in state: AppState) -> TableModel.FilterSummary? {
        let search = search(pane: pane, fixedType: fixedType, in: state)
        guard search.hasTokens else { return nil }
        let unknown = search.unknownTeams(teams: state.teams.value)
        return TableModel.FilterSummary(text: search.summary(unknownTeams: unknown), problems: search.problems)
    }

    static func source(
        _ name: String, label: String, pane: Pane, agentType: AgentType?,
        serverSort: [Int: String]
    ) -> SourceDescription<AgentPageRequest, Page<Agent>, AgentListing> {
        SourceDescription(
            name, label: label, cadence: .refresh,
            parameters: { request(pane: pane, agentType: agentType, serverSort: serverSort, in: $0) },
            fetch: { client, page in
                let query = page.query
                return try await client.agents(
                    AgentQuery(
                        limit: AgentListQuery.pageSize, offset: page.offset, name: query.name, agentType: query.agentType,
                        agentTypes: query.agentTypes, scope: query.scope, teamIds: query.teamIds, labels: query.labels,
                        sortBy: query.sortBy, sortDirection: query.sortBy == nil ? nil : (query.ascending ? "asc" : "desc"),
                        status: query.status))
            },
            merge: merge)
    }

    /// Adds a page to the listing of the same query; pages far from it are dropped so memory stays flat.
    static func merge(_ previous: AgentListing?, _ page: Page<Agent>, _ request: AgentPageRequest) -> AgentListing {
        var listing = previous ?? AgentListing(query: request.query)
        if listing.query != request.query { listing = AgentListing(query: request.query) }
        listing.total = page.pagination.total
        listing.pages[request.offset] = page.data
        listing.skipped[request.offset] = page.skipped
        listing.pages = listing.pages.filter { abs($0.key - request.offset) <= AgentListQuery.pageSize }
        listing.skipped = listing.skipped.filter { listing.pages[$0.key] != nil }
        return listing
    }

    /// A table whose rows exist only for loaded pages; the others show as "…" until they arrive.
    static func table(
        _ listing: AgentListing?, columns: [ColumnSpec], loading: String, empty: String,
        filter: TableModel.FilterSummary? = nil, row: @escaping @Sendable (Agent) -> ResourceRow
    ) -> TableModel {
        let skipped = listing?.skipped.values.reduce(0, +) ?? 0
        let notes = skipped > 0 ? ["\(skipped) record\(skipped == 1 ? "" : "s") skipped (no id)"] : []
        var model = TableModel(
            columns: columns, virtualCount: listing?.total ?? 0, emptyMessage: listing == nil ? loading : empty,
            notes: notes
        ) { index in
            listing?.agent(at: index).map(row)
        }
        model.filter = filter
        return model
    }
}
