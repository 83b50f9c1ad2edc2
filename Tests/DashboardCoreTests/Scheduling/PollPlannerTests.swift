import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The scheduler's decisions in simulated time: cadence per source, replaced requests,
/// bounded per-row look-ups, remembered failures and staleness per cadence.
final class PollPlannerTests: XCTestCase {
    func testEachSourcePollsAtItsOwnCadenceOnTheOverview() {
        var run = PlannerRun(pane: .overview, refresh: 1)
        run.run(seconds: 120)
        // Live figures every refresh interval (1 s) …
        XCTAssertEqual(Double(run.count(Sources.proxyStats.id)), 120, accuracy: 3)
        XCTAssertEqual(Double(run.count(LimitsResource.source.id)), 120, accuracy: 3)
        // … the refusal watch's newest page (for the overview's count), one request each time …
        XCTAssertEqual(Double(run.count(Refusals.source.id)), 120, accuracy: 3)
        // … hourly statistics at a sixtieth of their bucket (60 s) …
        XCTAssertEqual(run.count(Sources.overview.id), 2)
        // … slow data and forecast inputs every minute …
        XCTAssertEqual(run.count(Sources.costSavings.id), 2)
        XCTAssertEqual(run.count(Sources.teams.id), 2)
        XCTAssertEqual(run.count(Sources.teamStats.id), 2)
        XCTAssertEqual(run.count(Sources.agentStats.id), 2)
        // … and health only at the start, since every other answer shows the server is there.
        XCTAssertEqual(run.count(Sources.health.id), 1)
        XCTAssertEqual(run.count(AgentsResource.source.id), 0, "not on screen")
        XCTAssertLessThanOrEqual(Double(run.apiRequests.count) / 120, 4)
    }

    func testSourcesDueWithinATenthOfASecondStartTogether() {
        var run = PlannerRun(pane: .overview, refresh: 1)
        run.holdAnswers = true
        run.planOnce()
        let limits = run.pending.first { $0.target == .source(LimitsResource.source.id) }
        let stats = run.pending.first { $0.target == .source(Sources.proxyStats.id) }
        guard let limits, let stats else { return XCTFail("the overview asks for limits and proxy statistics") }
        run.pending = []
        // Their answers come 60 ms apart …
        run.deliver(limits)
        run.now += .milliseconds(60)
        run.deliver(stats)
        // … not yet due a second after the first: nothing starts, and the planner wakes when it is.
        run.now = .milliseconds(960)
        run.requests = []
        let early = run.planner.plan(run.state, now: run.now)
        let sourcesStarted = early.start.filter { if case .source = $0.target { true } else { false } }
        XCTAssertTrue(sourcesStarted.isEmpty, "\(sourcesStarted)")
        XCTAssertEqual(early.wake, .seconds(1))
        // When the first is due, the second, due 60 ms later, goes with it: one wake-up, one frame.
        run.now = .seconds(1)
        run.planOnce()
        XCTAssertEqual(run.count(LimitsResource.source.id), 1)
        XCTAssertEqual(run.count(Sources.proxyStats.id), 1, "started with the limits, not 60 ms later")
        // One that is not within the window keeps its own time.
        XCTAssertEqual(run.count(Sources.teams.id), 0)
    }

    func testStatisticsFollowTheirBucketWidth() {
        var run = PlannerRun(pane: .stats, refresh: 1)
        run.state.timeframe = .fiveMinutes  // 1-minute buckets: a second
        run.run(seconds: 30)
        XCTAssertEqual(Double(run.count(Sources.teamStats.id)), 30, accuracy: 2)
        var hourly = PlannerRun(pane: .stats, refresh: 1)
        hourly.run(seconds: 30)  // 24h: hourly buckets, once a minute
        XCTAssertEqual(hourly.count(Sources.teamStats.id), 1)
        XCTAssertEqual(Cadence.statistics.interval(refresh: 1, timeframe: .oneHour), 5, "5-minute buckets: every 5 s")
        XCTAssertEqual(Cadence.statistics.interval(refresh: 10, timeframe: .fiveMinutes), 10, "never faster than the refresh")
    }

    func testForecastInputsSpeedUpWhenTheirFiguresAreOnScreen() {
        var run = PlannerRun(pane: .overview, refresh: 1)
        run.state.timeframe = .fiveMinutes
        run.run(seconds: 10)
        XCTAssertEqual(run.count(Sources.teamStats.id), 1, "on the overview they only feed forecasts")
        _ = run.state.reduce(.key(.character("8")))
        run.run(seconds: 10)
        XCTAssertGreaterThanOrEqual(run.count(Sources.teamStats.id), 10, "on the statistics pane they follow their cadence")
    }

    func testKnowledgeBasePaneStaysWithinFourRequestsPerSecond() {
        var run = PlannerRun(pane: .knowledge, refresh: 1, width: 160, height: 48)
        run.run(seconds: 120)
        let perSecond = Double(run.requests.count) / 120
        XCTAssertLessThanOrEqual(perSecond, 4, "\(run.requests.count) requests in 120 s")
        XCTAssertEqual(Double(run.count(KnowledgeBasesResource.source.id)), 120, accuracy: 3)
    }

    /// What a console left open costs the server, pane by pane, in simulated time: past the first loads,
    /// a steady minute at a 1 s refresh stays within four requests a second (the end-to-end budget test
    /// checks the real binary on one pane). The Archestra server's requests are counted: the metrics page
    /// beside the overview is another service's (the platform's `/metrics` or a Prometheus).
    func testEveryPaneStaysWithinFourRequestsPerSecondOnceSettled() {
        for pane in [Pane.overview, .agents, .proxies, .gateways, .knowledge, .mcp, .limits, .stats] {
            var run = PlannerRun(pane: pane, refresh: 1, width: 160, height: 48)
            run.run(seconds: 5)
            let settled = run.apiRequests.count
            run.run(seconds: 60)
            let perSecond = Double(run.apiRequests.count - settled) / 60
            let bySource = Dictionary(grouping: run.apiRequests[settled...], by: { "\($0.target)" }).mapValues(\.count)
            XCTAssertLessThanOrEqual(perSecond, 4, "\(pane): \(run.apiRequests.count - settled) requests in 60 s: \(bySource)")
            XCTAssertGreaterThan(perSecond, 0, "\(pane) keeps polling")
        }
    }

    func testHealthIsAskedOnlyForRowsOnScreenAFewAtATime() {
        var run = PlannerRun(pane: .knowledge, refresh: 1)
        run.holdAnswers = true
        run.planOnce()  // the list
        run.deliverPending()
        run.planOnce()
        let inFlight = run.pending.filter { if case .item = $0.target { return true } else { return false } }
        XCTAssertEqual(inFlight.count, KnowledgeBasesResource.health.concurrency, "at most three at once")
        for _ in 0..<20 {
            run.deliverPending()
            run.planOnce()
        }
        let rows = ScreenLayout.listRows(height: 24)
        let asked = run.itemKeys(KnowledgeBasesResource.health.id)
        XCTAssertEqual(Set(asked), Set((0..<rows).map { "kb-\($0)" }), "exactly the \(rows) rows on screen")
        XCTAssertEqual(asked.count, rows, "each once")
        XCTAssertEqual(run.state.visibleTable?.row(at: 0)?.cells[2], "healthy")
        XCTAssertEqual(run.state.visibleTable?.row(at: rows)?.cells[2], "unknown", "off screen: not asked")
    }

    func testScrollingAsksForTheNewRowsAndTheOpenedRowFirst() {
        var run = PlannerRun(pane: .knowledge, refresh: 1)
        run.run(seconds: 3)
        _ = run.state.reduce(.key(.character("G")))
        // Enter on a knowledge base opens its connectors: the detail is on the `a` menu.
        for key in [KeyPress.character("a")] + "detail".map(KeyPress.character) + [.enter] { _ = run.state.reduce(.key(key)) }
        let before = run.requests.count
        run.planOnce()
        let next = run.requests.dropFirst(before).compactMap { request -> String? in
            if case .item(_, let key) = request.target { return key }
            return nil
        }
        XCTAssertEqual(next.first, "kb-49", "the opened knowledge base is looked up first")
        XCTAssertEqual(run.state.ui.detail?.lines.first?.value, "healthy", "and its detail follows the answer")
    }

    func testFailedLookupsAreRememberedAndRetriedSlowly() {
        var run = PlannerRun(pane: .limits, refresh: 1)
        run.answer = { request in
            if case .item = request.target { return .failure(.http(status: 404, type: nil, message: "Agent not found", endpoint: "x")) }
            return CannedAnswers.answer(request)
        }
        run.run(seconds: 120)
        XCTAssertEqual(run.count(LimitsResource.agentNames.id), 1, "a missing agent is not asked for on every poll")
        run.run(seconds: LimitsResource.agentNames.retryFailuresAfter)
        XCTAssertEqual(run.count(LimitsResource.agentNames.id), 2, "but again after ten minutes")
        XCTAssertEqual(run.state.limitFigures.first { $0.limit.id == "l-1" }?.entityName, "agent id:agent-7")
    }

    func testLookupAnswersAreGoodForTheirLifetime() {
        var run = PlannerRun(pane: .knowledge, refresh: 1)
        run.run(seconds: 59)
        XCTAssertEqual(run.count(KnowledgeBasesResource.health.id), ScreenLayout.listRows(height: 24))
        run.run(seconds: 2)
        XCTAssertEqual(run.count(KnowledgeBasesResource.health.id), 2 * ScreenLayout.listRows(height: 24))
    }

    func testAReplacedRequestIsCancelledAndTheNewOneStartsAtOnce() {
        var run = PlannerRun(pane: .agents, refresh: 1)
        run.holdAnswers = true
        run.planOnce()
        XCTAssertTrue(run.pending.contains { $0.target == .source(AgentsResource.source.id) })
        _ = run.state.reduce(.key(.character("/")))
        _ = run.state.reduce(.key(.character("x")))
        run.planOnce()
        XCTAssertEqual(run.cancelled, [.source(AgentsResource.source.id)])
        let agentRequests = run.requests.filter { $0.target == .source(AgentsResource.source.id) }
        XCTAssertEqual(agentRequests.count, 2)
        XCTAssertEqual(agentRequests.last?.key.parameters(as: AgentPageRequest.self)?.query.name, "x")
    }

    func testLeavingAPaneCancelsItsRequestAndComingBackAsksAgain() {
        var run = PlannerRun(pane: .agents, refresh: 30)
        run.holdAnswers = true
        run.planOnce()
        _ = run.state.reduce(.key(.character("1")))
        run.planOnce()
        XCTAssertTrue(run.cancelled.contains(.source(AgentsResource.source.id)))
        _ = run.state.reduce(.key(.character("2")))
        run.planOnce()
        XCTAssertEqual(run.count(AgentsResource.source.id), 2)
    }

    func testFailuresBackOffAndARejectedKeyWaitsForR() {
        var run = PlannerRun(pane: .limits, refresh: 0.5)
        run.answer = { request in
            if request.target == .source(LimitsResource.source.id) {
                return .failure(.transport(.connectionRefused, endpoint: "GET /api/limits"))
            }
            return CannedAnswers.answer(request)
        }
        run.run(seconds: 30)
        // 0.5 s, 1 s, 2 s, 4 s, 8 s, 16 s (±25 %) instead of 60 polls.
        XCTAssertLessThanOrEqual(run.count(LimitsResource.source.id), 7)

        var rejected = PlannerRun(pane: .limits, refresh: 0.5)
        rejected.answer = { _ in .failure(.http(status: 401, type: nil, message: "Unauthenticated", endpoint: "x")) }
        rejected.run(seconds: 30)
        XCTAssertEqual(rejected.count(LimitsResource.source.id), 1, "no retry storm after 401")
        let effects = rejected.state.reduce(.key(.character("r")))
        for case .refresh(let ids) in effects { rejected.planner.force(ids) }
        rejected.planOnce()
        XCTAssertEqual(rejected.count(LimitsResource.source.id), 2, "r retries at once")
    }

    func testHealthIsAskedWhenNothingElseAnswers() {
        var run = PlannerRun(pane: .limits, refresh: 1)
        run.answer = { request in
            if request.target == .source(Sources.health.id) { return CannedAnswers.answer(request) }
            return .failure(.transport(.connectionRefused, endpoint: "x"))
        }
        run.run(seconds: 10)
        XCTAssertGreaterThanOrEqual(run.count(Sources.health.id), 9, "every refresh while nothing else answers")
    }

    func testStalenessFollowsEachSourcesCadence() {
        var state = CoreFixture.state(pane: .mcp)
        state.refreshInterval = 1
        state.ui.registryTab = .catalog
        state.catalog.succeed([], at: CoreFixture.now)
        state.mcpServers.succeed([], at: CoreFixture.now)
        state.now = CoreFixture.now.addingTimeInterval(90)
        XCTAssertFalse(state.isStale(MCPRegistryResource.catalog.erased), "polled every minute: fresh at 90 s")
        state.now = CoreFixture.now.addingTimeInterval(121)
        XCTAssertTrue(state.isStale(MCPRegistryResource.catalog.erased))
        state.ui.registryTab = .installed
        state.now = CoreFixture.now.addingTimeInterval(2.5)
        XCTAssertTrue(state.isStale(MCPRegistryResource.servers.erased), "polled every second: stale after 2 s")
    }

    /// With no metrics page or Prometheus configured, the overview's metrics source answers "none" without a
    /// request: asked once, not every second, and never shown as stale; `r` asks again.
    func testAnAnswerThatCannotChangeIsNotAskedAgainUntilR() {
        var run = PlannerRun(pane: .overview, refresh: 1)
        let metrics = MetricsSources.live(.models)
        run.answer = { request in
            if request.target == .source(metrics.id) { return .success(MetricsReading.unavailable("No metrics source")) }
            return CannedAnswers.answer(request)
        }
        run.run(seconds: 30)
        XCTAssertEqual(run.count(metrics.id), 1)
        XCTAssertEqual(Double(run.count(LimitsResource.source.id)), 30, accuracy: 2, "the rest polls as before")
        XCTAssertTrue(run.state.status(of: metrics.id).isSettled)
        XCTAssertFalse(run.state.isStale(metrics.erased), "30 s old, but it cannot change")

        let effects = run.state.reduce(.key(.character("r")))
        for case .refresh(let ids) in effects { run.planner.force(ids) }
        run.planOnce()
        XCTAssertEqual(run.count(metrics.id), 2, "r asks again at once")
    }

    func testAMetricsPageThatAnswersKeepsBeingPolled() {
        var run = PlannerRun(pane: .overview, refresh: 1)
        let metrics = MetricsSources.live(.models)
        run.answer = { request in
            if request.target == .source(metrics.id) {
                return .success(MetricsReading.scrape(Exposition(families: []), at: CoreFixture.now, target: "localhost:9050"))
            }
            return CannedAnswers.answer(request)
        }
        run.run(seconds: 30)
        XCTAssertEqual(Double(run.count(metrics.id)), 30, accuracy: 2)
        XCTAssertFalse(run.state.status(of: metrics.id).isSettled)
    }
}
