import Foundation
import ArchestraAPI
@testable import DashboardCore

/// Answers of the right type for every source and look-up, as a healthy server would give them.
enum CannedAnswers {
    static let knowledgeBaseCount = 50

    static let knowledgeBases = (0..<knowledgeBaseCount).map { KnowledgeBase(id: "kb-\($0)", name: "Base \($0)") }

    static let limits = [
        UsageLimit(id: "l-1", entityType: .agent, entityId: "agent-7", limitType: .tokenCost, limitValue: 10),
        UsageLimit(id: "l-2", entityType: .team, entityId: "t-1", limitType: .tokenCost, limitValue: 10),
    ]

    static func answer(_ request: FetchRequest) -> Result<any Sendable, ArchestraError> {
        switch request.target {
        case .item(let lookup, let key):
            if lookup == KnowledgeBasesResource.health.id { return .success(KnowledgeBaseHealth(status: "healthy")) }
            return .success("name of \(key)")
        case .source(let id):
            return .success(value(for: id, key: request.key))
        }
    }

    static func value(for id: SourceID, key: RequestKey) -> any Sendable {
        switch id {
        case Sources.health.id: return ServerInfo(version: "1.4.0")
        case LimitsResource.source.id: return RecordList(items: limits)
        case Sources.teams.id: return RecordList(items: [Team(id: "t-1", name: "Platform")])
        case Sources.overview.id: return OverviewStatistics(totalRequests: 1, totalTokens: 1, totalCost: 1)
        case Sources.costSavings.id: return CostSavings()
        case Sources.proxyStats.id: return LLMProxyStatistics()
        case Sources.teamStats.id: return [TeamStatistics]()
        case Sources.agentStats.id: return [AgentStatistics]()
        case Sources.modelStats.id: return [ModelStatistics]()
        case Sources.userStats.id: return [UserStatistics]()
        case Sources.people.id: return ["user-1": "Ada"]
        case ProxiesResource.source.id: return LLMProxyListing(generation: .v1_4, proxies: [])
        case KnowledgeBasesResource.source.id: return RecordList(items: knowledgeBases)
        case MCPRegistryResource.servers.id: return RecordList<MCPServer>(items: [])
        case MCPRegistryResource.catalog.id: return RecordList<CatalogItem>(items: [])
        case Refusals.source.id:
            return RefusalWatchAnswer(request: .newest, page: LogPage(items: [], style: .offset, total: 0))
        default:
            let offset = key.parameters(as: AgentPageRequest.self)?.offset ?? 0
            return CoreFixture.agentsPage(offset: offset, total: 1_000)
        }
    }
}

/// Runs the planner against a state in simulated time, answering every request at once,
/// and counts what was asked.
struct PlannerRun {
    var state: AppState
    var planner = PollPlanner()
    var now: Duration = .zero
    var requests: [FetchRequest] = []
    var cancelled: [FetchTarget] = []
    /// Requests started but not answered yet (with `holdAnswers`).
    var pending: [FetchRequest] = []
    var holdAnswers = false
    var answer: (FetchRequest) -> Result<any Sendable, ArchestraError> = CannedAnswers.answer

    init(pane: Pane, refresh: TimeInterval = 1, width: Int = 80, height: Int = 24) {
        state = CoreFixture.state(pane: pane, width: width, height: height)
        state.refreshInterval = refresh
    }

    var date: Date { CoreFixture.now.addingTimeInterval(now.seconds) }

    /// Advances simulated time in `step`s, planning and answering at each.
    mutating func run(seconds: Double, step: Double = 0.1) {
        let end = now + .seconds(fraction: seconds)
        while now < end {
            planOnce()
            now += .seconds(fraction: step)
            _ = state.reduce(.tick(date))
        }
    }

    mutating func planOnce() {
        let plan = planner.plan(state, now: now)
        cancelled += plan.cancel
        pending.removeAll { request in plan.cancel.contains(request.target) }
        for request in plan.start {
            requests.append(request)
            if holdAnswers { pending.append(request) } else { deliver(request) }
        }
    }

    mutating func deliver(_ request: FetchRequest) {
        let outcome = answer(request)
        let failed: Bool
        if case .failure = outcome { failed = true } else { failed = false }
        switch request.target {
        case .source(let id):
            let effects = state.reduce(.loaded(LoadResult(source: id, key: request.key, outcome: outcome, finishedAt: date, jitter: 0.5)))
            // As the store does: an answer may ask for sources at once (a live log's gap).
            for case .refresh(let sources) in effects { planner.force(sources) }
            let status = state.status(of: id)
            planner.finished(request.target, failed: failed, retryDelay: status.retryDelay, settled: status.isSettled, at: now)
        case .item(let id, let key):
            _ = state.reduce(.itemLoaded(ItemResult(lookup: id, key: key, outcome: outcome, finishedAt: date)))
            planner.finished(request.target, failed: failed, retryDelay: nil, at: now)
        }
    }

    mutating func deliverPending() {
        let answers = pending
        pending = []
        answers.forEach { deliver($0) }
    }

    /// The requests made to the Archestra server (not to a metrics service).
    var apiRequests: [FetchRequest] {
        requests.filter { request in
            if case .source(let id) = request.target { return !ResourceRegistry.otherServices.contains(id) }
            return true
        }
    }

    func count(_ id: SourceID) -> Int {
        requests.filter {
            switch $0.target {
            case .source(let source): source == id
            case .item(let lookup, _): lookup == id
            }
        }.count
    }

    func itemKeys(_ id: SourceID) -> [String] {
        requests.compactMap {
            if case .item(let lookup, let key) = $0.target, lookup == id { return key }
            return nil
        }
    }
}
