import Foundation
import Synchronization
import ArchestraAPI

/// The one owner of `AppState`. Keys and poll results arrive as actions; after each one
/// the new state is published to a mailbox the UI loop reads without waiting.
public actor DashboardStore {
    public private(set) var state: AppState
    private let loader: any DataLoading
    private let mailbox: Mutex<Snapshot>
    private let wakes: [DataSource: WakeSignal]
    private var forced: Set<DataSource> = []
    private var lastRequest: [DataSource: FetchRequest] = [:]
    private var pollers: [Task<Void, Never>] = []
    /// Requests under way, so the ones a pane no longer needs can be cancelled.
    private var inFlight: [DataSource: Task<Result<LoadedData, ArchestraError>, Never>] = [:]
    private var version: UInt64 = 0

    /// A published state with a counter that changes whenever the state may have.
    public struct Snapshot: Sendable {
        public var state: AppState
        public var version: UInt64
    }

    public init(state: AppState, loader: any DataLoading) {
        self.state = state
        self.loader = loader
        self.mailbox = Mutex(Snapshot(state: state, version: 0))
        self.wakes = Dictionary(uniqueKeysWithValues: DataSource.allCases.map { ($0, WakeSignal()) })
    }

    /// The latest published state; callable from any thread without awaiting the actor.
    public nonisolated func latest() -> Snapshot {
        mailbox.withLock { $0 }
    }

    /// Applies an action and carries out its effects.
    public func send(_ action: Action) {
        let effects = state.reduce(action)
        publish(redraw: action.changesWhatIsDrawn)
        for effect in effects {
            switch effect {
            case .refresh(let sources):
                forced.formUnion(sources)
                sources.forEach { wakes[$0]?.signal() }
            case .demandChanged:
                cancelUnneededRequests()
                wakes.values.forEach { $0.signal() }
            }
        }
    }

    /// - Parameter redraw: false for bookkeeping nobody sees (a request starting), so the
    ///   UI loop is not woken to redraw an identical screen.
    private func publish(redraw: Bool = true) {
        if redraw { version &+= 1 }
        let snapshot = Snapshot(state: state, version: version)
        mailbox.withLock { $0 = snapshot }
    }

    // MARK: - Polling

    /// Starts one poller per source. Each has at most one request in flight.
    public func startPolling() {
        guard pollers.isEmpty else { return }
        for source in DataSource.allCases {
            guard let wake = wakes[source] else { continue }
            let loader = self.loader
            pollers.append(Task.detached { [weak self] in
                while !Task.isCancelled {
                    guard let step = await self?.nextStep(for: source, now: Date()) else { return }
                    switch step {
                    case .sleep(let duration):
                        await wake.wait(timeout: duration)
                    case .fetch(let request):
                        let load = Task { await loader.load(request) }
                        await self?.begin(load, for: source)
                        let outcome = await load.value
                        if Task.isCancelled { load.cancel(); return }
                        await self?.finish(source, request: request, outcome: outcome, cancelled: load.isCancelled)
                    }
                }
            })
        }
    }

    public func stopPolling() {
        pollers.forEach { $0.cancel() }
        pollers.removeAll()
        inFlight.values.forEach { $0.cancel() }
        inFlight.removeAll()
    }

    private func begin(_ load: Task<Result<LoadedData, ArchestraError>, Never>, for source: DataSource) {
        // The pane may have gone between the decision to fetch and this registration.
        guard state.neededSources.contains(source) else {
            load.cancel()
            return
        }
        inFlight[source] = load
        send(.loadStarted(source))
    }

    private func finish(_ source: DataSource, request: FetchRequest, outcome: Result<LoadedData, ArchestraError>, cancelled: Bool) {
        inFlight[source] = nil
        if cancelled {
            // Cancelled because the pane went away: not a failure, and the next visit fetches again.
            lastRequest[source] = nil
            send(.loadCancelled(source))
            return
        }
        send(.loaded(LoadResult(request: request, outcome: outcome, finishedAt: Date(), jitter: Double.random(in: 0...1))))
    }

    /// Cancels requests of sources the screen no longer shows.
    private func cancelUnneededRequests() {
        let needed = state.neededSources
        for (source, load) in inFlight where !needed.contains(source) {
            load.cancel()
        }
    }

    /// What a poller should do next.
    public enum PollStep: Sendable, Equatable {
        case fetch(FetchRequest)
        case sleep(Duration)
    }

    /// Decides whether a source is due: needed by the screen, parameters changed, forced by `r`,
    /// or its refresh interval (or backoff after a failure) has passed.
    public func nextStep(for source: DataSource, now: Date) -> PollStep {
        let idle = PollStep.sleep(.seconds(3600))
        guard state.neededSources.contains(source) else { return idle }
        let request = state.request(for: source)
        if forced.remove(source) != nil || lastRequest[source] != request {
            return fetch(request, for: source)
        }
        let status = state.status(of: source)
        if let error = status.error {
            // After 401 only `r` (or a changed request) tries again.
            guard !error.isUnauthorized, let retry = status.nextRetryAt else { return idle }
            return now < retry ? .sleep(Self.duration(retry.timeIntervalSince(now))) : fetch(request, for: source)
        }
        guard let updated = status.updatedAt else { return fetch(request, for: source) }
        let due = updated.addingTimeInterval(interval(for: source))
        return now < due ? .sleep(Self.duration(due.timeIntervalSince(now))) : fetch(request, for: source)
    }

    private func fetch(_ request: FetchRequest, for source: DataSource) -> PollStep {
        lastRequest[source] = request
        return .fetch(request)
    }

    /// Slow-changing lists are polled less often, and so are statistics that only feed the
    /// limit forecasts (as a fallback) when the statistics themselves are not on screen.
    private func interval(for source: DataSource) -> TimeInterval {
        let slow = max(state.refreshInterval, 30)
        switch source {
        case .teams, .catalog:
            return slow
        case .teamStats, .agentStats:
            // (A `where` after two patterns would guard only the second one.)
            return DataSource.needed(by: state.ui.pane, forDisplay: true).contains(source) ? state.refreshInterval : slow
        default:
            return state.refreshInterval
        }
    }

    static func duration(_ seconds: TimeInterval) -> Duration {
        .milliseconds(Int64(max(0.01, min(seconds, 3600)) * 1000))
    }
}
