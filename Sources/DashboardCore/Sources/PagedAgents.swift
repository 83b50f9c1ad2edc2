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

    public init(name: String? = nil, sortBy: String? = nil, ascending: Bool = false, agentType: AgentType? = nil,
                status: RecordStatus? = nil) {
        self.name = name
        self.sortBy = sortBy
        self.ascending = ascending
        self.agentType = agentType
        self.status = status
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
        let filter = list.filter.trimmedWhitespace
        let sortBy = list.sortColumn.flatMap { serverSort[$0] }
        let query = AgentListQuery(name: filter.isEmpty ? nil : filter, sortBy: sortBy,
                                   ascending: sortBy == nil ? false : list.sortAscending, agentType: agentType,
                                   status: list.showsTrash ? .deleted : nil)
        let offset = (list.selected / AgentListQuery.pageSize) * AgentListQuery.pageSize
        return AgentPageRequest(offset: offset, query: query)
    }

    static func source(_ name: String, label: String, pane: Pane, agentType: AgentType?,
                       serverSort: [Int: String]) -> SourceDescription<AgentPageRequest, Page<Agent>, AgentListing> {
        SourceDescription(
            name, label: label, cadence: .refresh,
            parameters: { request(pane: pane, agentType: agentType, serverSort: serverSort, in: $0) },
            fetch: { client, page in
                let query = page.query
                return try await client.agents(AgentQuery(
                    limit: AgentListQuery.pageSize, offset: page.offset, name: query.name, agentType: query.agentType,
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
    static func table(_ listing: AgentListing?, columns: [ColumnSpec], loading: String, empty: String,
                      row: @escaping @Sendable (Agent) -> ResourceRow) -> TableModel {
        let skipped = listing?.skipped.values.reduce(0, +) ?? 0
        let notes = skipped > 0 ? ["\(skipped) record\(skipped == 1 ? "" : "s") skipped (no id)"] : []
        return TableModel(columns: columns, virtualCount: listing?.total ?? 0, emptyMessage: listing == nil ? loading : empty,
                          notes: notes) { index in
            listing?.agent(at: index).map(row)
        }
    }
}
