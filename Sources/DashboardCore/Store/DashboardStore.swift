import Foundation
import Synchronization
import ArchestraAPI

/// The one owner of `AppState`. Keys and poll results arrive as actions; after each one the new
/// state is published to a mailbox the UI loop reads without waiting. One scheduling loop (see
/// ``PollPlanner``) starts and cancels the requests the state calls for.
public actor DashboardStore {
    public private(set) var state: AppState
    private let loader: any DataLoading
    private let clock: MonotonicClock
    private let mailbox: Mutex<Snapshot>
    private let wake = WakeSignal()
    private var planner = PollPlanner()
    private var loop: Task<Void, Never>?
    /// Requests under way, with a token so an answer that arrives after its cancellation is ignored.
    private var inFlight: [FetchTarget: (token: UInt64, task: Task<Void, Never>)] = [:]
    private var nextToken: UInt64 = 0
    private var version: UInt64 = 0

    /// A published state with a counter that changes whenever the state may have.
    public struct Snapshot: Sendable {
        public var state: AppState
        public var version: UInt64
    }

    public init(state: AppState, loader: any DataLoading, clock: MonotonicClock = .continuous) {
        var initial = state
        initial.refreshDerived()
        self.state = initial
        self.loader = loader
        self.clock = clock
        self.mailbox = Mutex(Snapshot(state: initial, version: 0))
    }

    /// The latest published state; callable from any thread without awaiting the actor.
    public nonisolated func latest() -> Snapshot {
        mailbox.withLock { $0 }
    }

    /// Applies an action and carries out its effects.
    public func send(_ action: Action) {
        let effects = state.reduce(action)
        publish(redraw: action.changesWhatIsDrawn)
        for case .refresh(let sources) in effects {
            planner.force(sources)
        }
        // Anything a person or an answer changed may change what is needed; the clock alone does not.
        switch action {
        case .tick, .loadStarted, .loadCancelled: break
        default: wake.signal()
        }
    }

    /// - Parameter redraw: false for bookkeeping nobody sees (a request starting), so the
    ///   UI loop is not woken to redraw an identical screen.
    private func publish(redraw: Bool = true) {
        if redraw { version &+= 1 }
        let snapshot = Snapshot(state: state, version: version)
        mailbox.withLock { $0 = snapshot }
    }

    // MARK: - Scheduling

    /// Starts the scheduling loop.
    public func startPolling() {
        guard loop == nil else { return }
        let wake = self.wake
        let clock = self.clock
        loop = Task.detached { [weak self] in
            while !Task.isCancelled {
                guard let plan = await self?.step() else { return }
                await wake.wait(until: plan.wake, on: clock)
            }
        }
    }

    public func stopPolling() {
        loop?.cancel()
        loop = nil
        inFlight.values.forEach { $0.task.cancel() }
        inFlight.removeAll()
    }

    /// Plans once and carries the plan out; its `wake` says when to plan again (nil: only when woken).
    private func step() -> PollPlanner.Plan {
        let plan = planner.plan(state, now: clock.now)
        for target in plan.cancel {
            inFlight.removeValue(forKey: target)?.task.cancel()
            if case .source(let id) = target { send(.loadCancelled(id)) }
        }
        for request in plan.start { launch(request) }
        return plan
    }

    private func launch(_ request: FetchRequest) {
        nextToken &+= 1
        let token = nextToken
        let loader = self.loader
        let task = Task.detached { [weak self] in
            let outcome = await loader.load(request)
            await self?.finish(request, token: token, outcome: outcome)
        }
        inFlight[request.target] = (token, task)
        if case .source(let id) = request.target { send(.loadStarted(id)) }
    }

    private func finish(_ request: FetchRequest, token: UInt64, outcome: Result<any Sendable, ArchestraError>) {
        // Cancelled meanwhile (its pane went away or its parameters changed): already accounted for.
        guard inFlight[request.target]?.token == token else { return }
        inFlight[request.target] = nil
        let now = clock.now
        let time = Date()
        switch request.target {
        case .source(let id):
            let jitter = Double.random(in: 0...1)
            send(.loaded(LoadResult(source: id, key: request.key, outcome: outcome, finishedAt: time, jitter: jitter)))
            let status = state.status(of: id)
            if case .failure = outcome {
                planner.finished(request.target, failed: true, retryDelay: status.retryDelay, at: now)
            } else if status.updatedAt == time {
                planner.finished(request.target, failed: false, retryDelay: nil, at: now)
            } else {
                // Answered for parameters that are no longer current: the current ones are asked next.
                planner.discarded(id)
            }
        case .item(let id, let key):
            send(.itemLoaded(ItemResult(lookup: id, key: key, outcome: outcome, finishedAt: time)))
            let failed: Bool
            if case .failure = outcome { failed = true } else { failed = false }
            planner.finished(request.target, failed: failed, retryDelay: nil, at: now)
        }
        wake.signal()
    }
}
