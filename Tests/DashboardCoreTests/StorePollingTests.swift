import XCTest
import Synchronization
import ArchestraAPI
@testable import DashboardCore

/// A loader that answers from a script and records what it was asked and how many requests overlapped.
final class ScriptedLoader: DataLoading {
    struct Log {
        var requests: [FetchRequest] = []
        var inFlight: [DataSource: Int] = [:]
        var maxInFlight: [DataSource: Int] = [:]
        var cancelled: [DataSource] = []
    }
    let log = Mutex(Log())
    let answer: @Sendable (FetchRequest, Int) -> Result<LoadedData, ArchestraError>
    let delay: Duration
    /// Requests of this source take 10 s unless cancelled.
    let slowSource: DataSource?

    init(delay: Duration = .milliseconds(20), slowSource: DataSource? = nil, answer: @escaping @Sendable (FetchRequest, Int) -> Result<LoadedData, ArchestraError>) {
        self.delay = delay
        self.slowSource = slowSource
        self.answer = answer
    }

    func load(_ request: FetchRequest) async -> Result<LoadedData, ArchestraError> {
        let count = log.withLock { log -> Int in
            log.requests.append(request)
            log.inFlight[request.source, default: 0] += 1
            log.maxInFlight[request.source] = max(log.maxInFlight[request.source] ?? 0, log.inFlight[request.source] ?? 0)
            return log.requests.filter { $0.source == request.source }.count
        }
        try? await Task.sleep(for: request.source == slowSource ? .seconds(10) : delay)
        let wasCancelled = Task.isCancelled
        log.withLock { log in
            log.inFlight[request.source, default: 1] -= 1
            if wasCancelled { log.cancelled.append(request.source) }
        }
        if wasCancelled { return .failure(.transport(.other("cancelled"), endpoint: "x")) }
        return answer(request, count)
    }

    func count(_ source: DataSource) -> Int { log.withLock { $0.requests.filter { $0.source == source }.count } }
}

final class StorePollingTests: XCTestCase {
    static func okAnswer(_ request: FetchRequest, _ count: Int) -> Result<LoadedData, ArchestraError> {
        switch request {
        case .health: .success(.server(ServerInfo(version: "1.4.0")))
        case .limits: .success(.limits([], agentNames: [:]))
        case .teams: .success(.teams([]))
        case .agents(let page): .success(.agents(CoreFixture.agentsPage(offset: page.offset, total: 250)))
        default: .failure(.http(status: 404, type: nil, message: "not in this test", endpoint: "x"))
        }
    }

    func waitUntil(_ description: String, timeout: TimeInterval = 5, _ condition: () async -> Bool) async {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if await condition() { return }
            try? await Task.sleep(for: .milliseconds(20))
        }
        XCTFail("timed out waiting for \(description)")
    }

    func testPollsOnlyWhatTheVisiblePaneNeedsOneRequestAtATime() async {
        let loader = ScriptedLoader(answer: Self.okAnswer)
        var state = AppState(baseURL: "http://x", refreshInterval: 0.2)
        state.ui.pane = .agents
        let store = DashboardStore(state: state, loader: loader)
        await store.startPolling()
        await waitUntil("three agent polls") { loader.count(.agents) >= 3 }
        await store.stopPolling()
        XCTAssertEqual(loader.count(.overview), 0, "the overview is not visible")
        XCTAssertEqual(loader.count(.teamStats), 0)
        XCTAssertGreaterThanOrEqual(loader.count(.health), 1)
        let maxInFlight = loader.log.withLock { $0.maxInFlight }
        XCTAssertTrue(maxInFlight.values.allSatisfy { $0 == 1 }, "\(maxInFlight)")
        XCTAssertEqual(store.latest().state.agents.value?.total, 250)
        XCTAssertEqual(store.latest().state.connection, .connected)
    }

    func testPaneSwitchWakesTheNewPanesPollerAtOnce() async {
        let loader = ScriptedLoader(answer: Self.okAnswer)
        var state = AppState(baseURL: "http://x", refreshInterval: 30)
        state.ui.pane = .overview
        let store = DashboardStore(state: state, loader: loader)
        await store.startPolling()
        await waitUntil("health polled") { loader.count(.health) >= 1 }
        XCTAssertEqual(loader.count(.agents), 0)
        await store.send(.key(.character("2")))
        await waitUntil("agents polled right after switching", timeout: 2) { loader.count(.agents) >= 1 }
        await store.stopPolling()
    }

    func testUnauthorizedStopsRetriesUntilRefresh() async {
        let loader = ScriptedLoader { request, _ in
            .failure(.http(status: 401, type: "api_authentication_error", message: "Unauthenticated", endpoint: "/api/limits"))
        }
        var state = AppState(baseURL: "http://x", refreshInterval: 0.1)
        state.ui.pane = .limits
        let store = DashboardStore(state: state, loader: loader)
        await store.startPolling()
        await waitUntil("first limits poll") { loader.count(.limits) >= 1 }
        try? await Task.sleep(for: .milliseconds(600))
        XCTAssertEqual(loader.count(.limits), 1, "no retry storm after 401")
        XCTAssertEqual(store.latest().state.connection, .unauthorized)
        await store.send(.key(.character("r")))
        await waitUntil("r retries at once") { loader.count(.limits) >= 2 }
        await store.stopPolling()
    }

    func testFailuresBackOffAndKeepTheLastGoodValue() async {
        let loader = ScriptedLoader { request, count in
            if case .limits = request, count > 1 {
                return .failure(.transport(.connectionRefused, endpoint: "/api/limits"))
            }
            return Self.okAnswer(request, count)
        }
        var state = AppState(baseURL: "http://x", refreshInterval: 0.1)
        state.ui.pane = .limits
        let store = DashboardStore(state: state, loader: loader)
        await store.startPolling()
        await waitUntil("a failure after a success") { store.latest().state.limits.error != nil }
        let snapshot = store.latest().state
        XCTAssertNotNil(snapshot.limits.value, "last good data stays")
        XCTAssertNotNil(snapshot.limits.nextRetryAt)
        let failuresAfterOneSecond: Int
        try? await Task.sleep(for: .seconds(1))
        failuresAfterOneSecond = loader.count(.limits)
        await store.stopPolling()
        // At 0.1 s without backoff there would be ~10 more; with backoff 0.5 s, 1 s, 2 s … only a few.
        XCTAssertLessThanOrEqual(failuresAfterOneSecond, 5)
    }

    func testLeavingAPaneCancelsItsRequestWithoutCountingAFailure() async {
        let loader = ScriptedLoader(slowSource: .agents, answer: Self.okAnswer)
        var state = AppState(baseURL: "http://x", refreshInterval: 1)
        state.ui.pane = .agents
        let store = DashboardStore(state: state, loader: loader)
        await store.startPolling()
        await waitUntil("the slow agents request started") { loader.count(.agents) >= 1 }
        await store.send(.key(.character("1")))
        await waitUntil("the agents request cancelled", timeout: 2) { loader.log.withLock { $0.cancelled.contains(.agents) } }
        await waitUntil("the store idles the source") { store.latest().state.agents.isLoading == false }
        XCTAssertNil(store.latest().state.agents.error, "a cancelled request is not an error")
        await store.send(.key(.character("2")))
        await waitUntil("coming back fetches again") { loader.count(.agents) >= 2 }
        await store.stopPolling()
    }

    func testStatisticsFetchedForForecastsRefreshAtOnceWhenTheirPaneOpens() async {
        let loader = ScriptedLoader { request, count in
            switch request {
            case .teamStats: .success(.teamStats([]))
            case .agentStats: .success(.agentStats([]))
            default: Self.okAnswer(request, count)
            }
        }
        var state = AppState(baseURL: "http://x", refreshInterval: 0.2)
        state.ui.pane = .overview
        let store = DashboardStore(state: state, loader: loader)
        await store.startPolling()
        await waitUntil("forecast statistics fetched") { loader.count(.teamStats) >= 1 && loader.count(.agentStats) >= 1 }
        try? await Task.sleep(for: .milliseconds(700))
        XCTAssertEqual(loader.count(.teamStats), 1, "on the overview they only feed forecasts: every 30 s")
        XCTAssertEqual(loader.count(.agentStats), 1)
        await store.send(.key(.character("8")))
        await waitUntil("team statistics follow the refresh interval on the stats pane") { loader.count(.teamStats) >= 3 }
        await waitUntil("agent statistics too") { loader.count(.agentStats) >= 3 }
        await store.stopPolling()
    }
}
