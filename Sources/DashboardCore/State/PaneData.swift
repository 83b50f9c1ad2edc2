import ArchestraAPI

/// A window of the agents list: only the pages around the selection are held,
/// so 100 000 agents are never fetched at once.
public struct AgentListing: Sendable, Equatable {
    public var query: AgentListQuery
    public var total: Int
    /// Loaded pages by their offset.
    public var pages: [Int: [Agent]]

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

/// What the server is asked for on the agents pane: the name filter and sort
/// go to the server because the list may span many pages.
public struct AgentListQuery: Sendable, Equatable, Hashable {
    public static let pageSize = 100
    public var name: String?
    public var sortBy: String?
    public var ascending: Bool

    public init(name: String? = nil, sortBy: String? = nil, ascending: Bool = false) {
        self.name = name
        self.sortBy = sortBy
        self.ascending = ascending
    }
}

/// A knowledge base with the result of its health probe.
public struct KnowledgeBaseRow: Sendable, Equatable {
    public var base: KnowledgeBase
    public var health: KnowledgeBaseHealth?
    public init(base: KnowledgeBase, health: KnowledgeBaseHealth?) {
        self.base = base
        self.health = health
    }
}

/// Usage limits plus the names of the agents they apply to (fetched once per id).
public struct LimitsSnapshot: Sendable, Equatable {
    public var limits: [UsageLimit]
    public var agentNames: [String: String]
    public init(limits: [UsageLimit], agentNames: [String: String] = [:]) {
        self.limits = limits
        self.agentNames = agentNames
    }
}

/// Server identity shown in the header.
public struct ServerInfo: Sendable, Equatable {
    public var version: String?
    public init(version: String? = nil) {
        self.version = version
    }
}
