import XCTest
import Synchronization
@testable import ArchestraAPI
@testable import DashboardCore

/// A loader that answers from `CannedAnswers` (or a script), records what it was asked, and can
/// hold the requests of one source until they are cancelled, like a server that never answers.
final class RecordingLoader: DataLoading {
    struct Log {
        var requests: [FetchRequest] = []
        var cancelled: [FetchRequest] = []
        var inFlight: [FetchTarget: Int] = [:]
        var maxInFlight: [FetchTarget: Int] = [:]
    }

    let log = Mutex(Log())
    let hanging: SourceID?
    let answer: @Sendable (FetchRequest) -> Result<any Sendable, ArchestraError>

    init(
        hanging: SourceID? = nil,
        answer: @escaping @Sendable (FetchRequest) -> Result<any Sendable, ArchestraError> = CannedAnswers.answer
    ) {
        self.hanging = hanging
        self.answer = answer
    }

    func load(_ request: FetchRequest) async -> Result<any Sendable, ArchestraError> {
        log.withLock { log in
            log.requests.append(request)
            log.inFlight[request.target, default: 0] += 1
            log.maxInFlight[request.target] = max(log.maxInFlight[request.target] ?? 0, log.inFlight[request.target] ?? 0)
        }
        if case .source(let id) = request.target, id == hanging {
            // Never answers: waits until the store cancels it (an AsyncStream's loop ends on cancellation).
            let (never, _) = AsyncStream<Never>.makeStream()
            for await _ in never {}
        }
        let cancelled = Task.isCancelled
        log.withLock { log in
            log.inFlight[request.target, default: 1] -= 1
            if cancelled { log.cancelled.append(request) }
        }
        if cancelled { return .failure(.transport(.other("cancelled"), endpoint: "test")) }
        return answer(request)
    }

    func requests(_ id: SourceID) -> [FetchRequest] {
        log.withLock { $0.requests.filter { $0.target == .source(id) } }
    }
}

/// The store carrying out the scheduler's plan with real tasks, on a clock the test moves.
final class StoreSchedulingTests: XCTestCase {
    func waitUntil(_ description: String, timeout: TimeInterval = 5, _ condition: () -> Bool) async {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return }
            try? await Task.sleep(for: .milliseconds(10))
        }
        XCTFail("timed out waiting for \(description)")
    }

    /// Until every request has been answered and the store waits on the clock for its next poll.
    func waitUntilAsleep(_ clock: ManualClock, _ loader: RecordingLoader) async {
        await waitUntil("the store to wait on the clock") {
            loader.log.withLock { $0.inFlight.values.allSatisfy { $0 == 0 } } && clock.sleeperCount > 0
        }
    }

    func makeStore(pane: Pane, refresh: TimeInterval = 1, loader: RecordingLoader, clock: ManualClock) -> DashboardStore {
        var state = CoreFixture.state(pane: pane)
        state.refreshInterval = refresh
        return DashboardStore(state: state, loader: loader, clock: clock.monotonic)
    }

    func testPollsFollowTheInjectedClockNotTheWallClock() async {
        let clock = ManualClock()
        let loader = RecordingLoader()
        let store = makeStore(pane: .limits, loader: loader, clock: clock)
        await store.startPolling()
        await waitUntil("the first limits poll") { loader.requests(LimitsResource.source.id).count == 1 }
        await waitUntilAsleep(clock, loader)
        XCTAssertEqual(loader.requests(LimitsResource.source.id).count, 1, "no time passed on the scheduler's clock")
        // Time moves in tenths until the next poll: the store may still be re-arming its timer when the test
        // looks, and a whole second moved before it re-armed would push the poll a second further.
        for poll in 2...3 {
            var moved = Duration.zero
            await waitUntil("poll \(poll)") {
                if loader.requests(LimitsResource.source.id).count >= poll { return true }
                clock.advance(by: .milliseconds(100))
                moved += .milliseconds(100)
                return false
            }
            XCTAssertGreaterThanOrEqual(moved, .seconds(1), "poll \(poll) came before one interval had passed")
            XCTAssertLessThanOrEqual(moved, .seconds(2), "poll \(poll) came later than one interval")
        }
        await store.stopPolling()
        let maxInFlight = loader.log.withLock { $0.maxInFlight }
        XCTAssertTrue(maxInFlight.values.allSatisfy { $0 == 1 }, "one request per source at a time: \(maxInFlight)")
    }

    func testAMetricsSourceWithNothingConfiguredIsAskedOnce() async {
        let clock = ManualClock()
        let metrics = MetricsSources.live(.models).id
        let loader = RecordingLoader { request in
            if request.target == .source(metrics) { return .success(MetricsReading.unavailable("No metrics source")) }
            return CannedAnswers.answer(request)
        }
        let store = makeStore(pane: .overview, loader: loader, clock: clock)
        await store.startPolling()
        await waitUntil("the first limits poll") { loader.requests(LimitsResource.source.id).count == 1 }
        // Time moves until the limits were asked three more times, however fast the answers are applied.
        for second in 2...4 {
            await waitUntil("limits poll \(second)") {
                if loader.requests(LimitsResource.source.id).count >= second { return true }
                clock.advance(by: .milliseconds(250))
                return false
            }
        }
        await store.stopPolling()
        XCTAssertEqual(loader.requests(metrics).count, 1, "its answer cannot change: not asked every second")
        XCTAssertTrue(store.latest().state.status(of: metrics).isSettled)
    }

    func testARequestWhoseParametersChangedIsCancelledAtOnce() async {
        let clock = ManualClock()
        let loader = RecordingLoader(hanging: AgentsResource.source.id)
        let store = makeStore(pane: .agents, loader: loader, clock: clock)
        await store.startPolling()
        await waitUntil("the agents request is under way") { loader.requests(AgentsResource.source.id).count == 1 }
        await store.send(.key(.character("/")))
        await store.send(.key(.character("x")))
        await waitUntil("the outdated request is cancelled") { loader.log.withLock { !$0.cancelled.isEmpty } }
        await waitUntil("the filtered one is sent") { loader.requests(AgentsResource.source.id).count == 2 }
        let last = loader.requests(AgentsResource.source.id).last?.key.parameters(as: AgentPageRequest.self)
        XCTAssertEqual(last?.query.name, "x")
        XCTAssertNil(store.latest().state.agents.error, "a cancelled request is not an error")
        await store.stopPolling()
    }

    func testARejectedKeyIsNotRetriedUntilR() async {
        let clock = ManualClock()
        let loader = RecordingLoader { _ in .failure(.http(status: 401, type: nil, message: "Unauthenticated", endpoint: "x")) }
        let store = makeStore(pane: .limits, loader: loader, clock: clock)
        await store.startPolling()
        await waitUntil("the first limits poll") { loader.requests(LimitsResource.source.id).count == 1 }
        for _ in 0..<10 { clock.advance(by: .seconds(5)) }
        try? await Task.sleep(for: .milliseconds(200))
        XCTAssertEqual(loader.requests(LimitsResource.source.id).count, 1, "no retry storm after 401")
        XCTAssertEqual(store.latest().state.connection, .unauthorized)
        await store.send(.key(.character("r")))
        await waitUntil("r retries at once") { loader.requests(LimitsResource.source.id).count == 2 }
        await store.stopPolling()
    }

    func testKnowledgeBaseHealthIsFetchedForTheRowsOnScreen() async {
        let clock = ManualClock()
        let loader = RecordingLoader()
        let store = makeStore(pane: .knowledge, loader: loader, clock: clock)
        await store.startPolling()
        let rows = ScreenLayout.listRows(height: 24)
        await waitUntil("health of every row on screen") {
            store.latest().state.items(KnowledgeBasesResource.health).count == rows
        }
        let maxInFlight = loader.log.withLock { log in
            log.maxInFlight.filter { if case .item = $0.key { return true } else { return false } }.values.max() ?? 0
        }
        XCTAssertEqual(maxInFlight, 1, "each row once at a time")
        await store.stopPolling()
    }
}

/// The console runs its polling on the networking event loop: requests, their answers and the store.
final class StoreOnNetworkingLoopTests: XCTestCase {
    /// Records, for each request, whether it was loaded on the networking loop.
    final class LoopRecordingLoader: DataLoading {
        let onLoop = Mutex<[Bool]>([])

        func load(_ request: FetchRequest) async -> Result<any Sendable, ArchestraError> {
            let here = EventLoopTaskExecutor.networking.loop.inEventLoop
            onLoop.withLock { $0.append(here) }
            return CannedAnswers.answer(request)
        }
    }

    func testRequestsRunOnTheGivenExecutorAndTheirAnswersAreApplied() async {
        let loader = LoopRecordingLoader()
        let clock = ManualClock()
        let store = DashboardStore(
            state: CoreFixture.state(pane: .limits), loader: loader, clock: clock.monotonic,
            executor: EventLoopTaskExecutor.networking)
        await store.startPolling()
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, store.latest().state.limits.value == nil {
            try? await Task.sleep(for: .milliseconds(10))
        }
        await store.stopPolling()
        XCTAssertNotNil(store.latest().state.limits.value, "the limits answer reached the state")
        let places = loader.onLoop.withLock { $0 }
        XCTAssertFalse(places.isEmpty)
        XCTAssertTrue(places.allSatisfy { $0 }, "every request ran on the networking loop: \(places)")
    }
}
