import Foundation
import ArchestraAPI
@testable import DashboardCore

/// Hand-made models and states for the core tests.
enum CoreFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func agent(_ index: Int, name: String? = nil, type: AgentType = .agent) -> Agent {
        var agent = Agent(id: "agent-\(index)", name: name ?? "Agent \(index)")
        agent.agentType = type
        agent.scope = .org
        agent.raw = .object([
            "id": .string(agent.id), "name": .string(agent.name), "scope": .string("org"),
            "agentType": .string(type.rawValue),
        ])
        return agent
    }

    static func agentsPage(offset: Int, total: Int, pageSize: Int = AgentListQuery.pageSize) -> Page<Agent> {
        let count = max(0, min(pageSize, total - offset))
        let data = (0..<count).map { agent(offset + $0) }
        let totalPages = (total + pageSize - 1) / pageSize
        let current = offset / pageSize + 1
        return Page(
            data: data,
            pagination: Pagination(
                currentPage: current, limit: pageSize, total: total, totalPages: totalPages,
                hasNext: current < totalPages, hasPrev: current > 1), skipped: 0)
    }

    static func state(pane: Pane = .agents, width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(baseURL: "http://localhost:9000", refreshInterval: 2, now: now)
        _ = state.reduce(.resize(width: width, height: height))
        state.ui.pane = pane
        return state
    }

    /// A state whose agents pane holds the first page of `total` agents.
    static func stateWithAgents(total: Int) -> AppState {
        var state = state(pane: .agents)
        _ = state.load(AgentsResource.source, agentsPage(offset: 0, total: total))
        return state
    }
}

extension AppState {
    /// Applies an answer of `source` to the parameters the state holds now, as the store would.
    @discardableResult
    mutating func load<Parameters, Fetched, Value>(
        _ source: SourceDescription<Parameters, Fetched, Value>, _ value: Fetched,
        at time: Date = CoreFixture.now
    ) -> [Effect] {
        reduce(.loaded(LoadResult(source, in: self, .success(value), finishedAt: time)))
    }

    /// Applies a list answer of `source` that lost nothing.
    @discardableResult
    mutating func load<Parameters, Item>(
        _ source: SourceDescription<Parameters, RecordList<Item>, RecordList<Item>>, _ items: [Item],
        at time: Date = CoreFixture.now
    ) -> [Effect] {
        load(source, RecordList(items: items), at: time)
    }

    /// Applies a failure of `source`, as the store would.
    @discardableResult
    mutating func fail<Parameters, Fetched, Value>(
        _ source: SourceDescription<Parameters, Fetched, Value>, _ error: ArchestraError,
        at time: Date = CoreFixture.now
    ) -> [Effect] {
        reduce(.loaded(LoadResult(source, in: self, .failure(error), finishedAt: time)))
    }
}
