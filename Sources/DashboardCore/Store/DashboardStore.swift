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
    /// Carries out edits; nil for a console that only reads (tests of polling).
    private let editing: EditExecutor?
    /// Loops following what actions started, while their windows are open.
    private var follows: [FollowKey: Task<Void, Never>] = [:]
    /// Where `Ctrl-S` writes tables (the state directory's `exports`).
    private let exportDirectory: String?
    /// The person's home folder, shown as `~` in the path of an export.
    private let homeDirectory: String?
    /// Told after each published change that is drawn, so a UI loop can sleep until then.
    private var publishObserver: (@Sendable () -> Void)?
    /// Where the scheduling loop, requests and edits run (nil: Swift's pool); the store's own code
    /// runs there too when they call it.
    private let executor: (any TaskExecutor)?

    /// A published state with a counter that changes whenever the state may have.
    public struct Snapshot: Sendable {
        public var state: AppState
        public var version: UInt64
    }

    /// - Parameter executor: where requests run; the console gives its networking loop, so an answer is
    ///   decoded and applied on the thread that read it (see `EventLoopTaskExecutor`).
    public init(
        state: AppState, loader: any DataLoading, clock: MonotonicClock = .continuous, editing: EditExecutor? = nil,
        exportDirectory: String? = nil, homeDirectory: String? = nil, executor: (any TaskExecutor)? = nil
    ) {
        self.exportDirectory = exportDirectory
        self.homeDirectory = homeDirectory
        self.executor = executor
        var initial = state
        initial.refreshDerived()
        self.state = initial
        self.loader = loader
        self.clock = clock
        self.editing = editing
        self.mailbox = Mutex(Snapshot(state: initial, version: 0))
    }

    /// `observer` runs (on the store's executor, so it must be quick) after each change worth
    /// drawing is published; the console's UI loop uses it to wake up instead of looking often.
    public func observePublishing(_ observer: @escaping @Sendable () -> Void) {
        publishObserver = observer
    }

    /// The latest published state; callable from any thread without awaiting the actor.
    public nonisolated func latest() -> Snapshot {
        mailbox.withLock { $0 }
    }

    /// Applies an action and carries out its effects.
    public func send(_ action: Action) {
        apply(action)
        // Anything a person or an answer changed may change what is needed; the clock alone does not.
        switch action {
        case .tick, .loadStarted, .loadCancelled: break
        default: wake.signal()
        }
    }

    /// `send` without waking the scheduler, for an answer: `finish` wakes it once, after recording
    /// the request's end (two wakes made it plan twice per answer).
    private func apply(_ action: Action) {
        let effects = state.reduce(action)
        publish(redraw: action.changesWhatIsDrawn)
        for effect in effects {
            switch effect {
            case .refresh(let sources): planner.force(sources)
            case .edit(let command): runEdit(command)
            case .stopFollowing(let ref, let id):
                let key = FollowKey(ref: ref, id: id)
                follows[key]?.cancel()
                follows[key] = nil
            case .export(let table): export(table)
            case .saveRecord(let record): save(record)
            // The root reducer queues notifications in the outbox; the main loop rings them.
            case .notify: break
            }
        }
    }

    /// - Parameter redraw: false for bookkeeping nobody sees (a request starting), so the
    ///   UI loop is not woken to redraw an identical screen.
    private func publish(redraw: Bool = true) {
        if redraw { version &+= 1 }
        let snapshot = Snapshot(state: state, version: version)
        mailbox.withLock { $0 = snapshot }
        if redraw { publishObserver?() }
    }

    // MARK: - Scheduling

    /// Starts the scheduling loop.
    public func startPolling() {
        guard loop == nil else { return }
        let wake = self.wake
        let clock = self.clock
        loop = Task.detached(executorPreference: executor) { [weak self] in
            while !Task.isCancelled {
                guard let plan = await self?.step() else { return }
                await wake.wait(until: plan.wake, on: clock)
            }
        }
    }

    public func stopPolling() {
        loop?.cancel()
        loop = nil
        follows.values.forEach { $0.cancel() }
        follows.removeAll()
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
        let task = Task.detached(executorPreference: executor) { [weak self] in
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
            apply(.loaded(LoadResult(source: id, key: request.key, outcome: outcome, finishedAt: time, jitter: jitter)))
            let status = state.status(of: id)
            if case .failure = outcome {
                planner.finished(request.target, failed: true, retryDelay: status.retryDelay, at: now)
            } else if status.updatedAt == time {
                planner.finished(request.target, failed: false, retryDelay: nil, settled: status.isSettled, at: now)
            } else {
                // Answered for parameters that are no longer current: the current ones are asked next.
                planner.discarded(id)
            }
        case .item(let id, let key):
            apply(.itemLoaded(ItemResult(lookup: id, key: key, outcome: outcome, finishedAt: time)))
            let failed: Bool
            if case .failure = outcome { failed = true } else { failed = false }
            planner.finished(request.target, failed: failed, retryDelay: nil, at: now)
        }
        wake.signal()
    }

    // MARK: - Editing

    private func runEdit(_ command: EditCommand) {
        switch command {
        case .runAction(let ref, let request): return runAction(ref, request)
        case .follow(let ref, let id): return follow(ref, id: id)
        case .load(let ref, _), .save(let ref, _), .delete(let ref, _, _), .restore(let ref, _, _), .loadVersions(let ref, _),
            .restoreVersion(let ref, _, _, _):
            guard let editing, let editor = ref.editor(in: state) else {
                send(.edited(.saveFailed(.invalidConfiguration("editing is not available here"), recoveryPath: nil)))
                return
            }
            let history = ref.pane.resource.tab(ref.tab).history
            Task.detached(executorPreference: executor) { [weak self] in
                await self?.send(.edited(await editing.perform(command, editor: editor, history: history)))
            }
        }
    }

    /// The tab a command is about.
    static func ref(of command: EditCommand) -> EditorRef {
        switch command {
        case .load(let ref, _), .save(let ref, _), .delete(let ref, _, _), .restore(let ref, _, _), .loadVersions(let ref, _),
            .restoreVersion(let ref, _, _, _):
            ref
        case .runAction(let ref, _), .follow(let ref, _): EditorRef(pane: ref.pane, tab: ref.tab)
        }
    }

    // MARK: - Row actions

    private struct FollowKey: Hashable {
        var ref: ActionRef
        var id: String
    }

    /// Runs a declared action; what it started on the server is then followed, if it says how.
    private func runAction(_ ref: ActionRef, _ request: ActionRequest) {
        guard let editing, let action = ref.declaration else {
            send(.edited(.actionFailed(ref, .invalidConfiguration("\(ref.action) is not available here"))))
            return
        }
        let noun = EditorRef(pane: ref.pane, tab: ref.tab).editor(in: state)?.noun ?? ref.pane.resource.title
        Task.detached(executorPreference: executor) { [weak self] in
            let result = await editing.run(action, ref: ref, request: request, noun: noun)
            await self?.send(.edited(result))
            // A reply that is already settled (a refusal said as a state) has nothing left to follow.
            if case .actionReplied(_, .following(let id, let state)) = result, action.follow != nil, !state.isSettled {
                await self?.follow(ref, id: id)
            }
        }
    }

    /// Asks for the state every `every` of the store's clock until it settles, the window closes,
    /// or the follow gives up.
    private func follow(_ ref: ActionRef, id: String) {
        guard let editing, let follow = ref.follow else {
            send(.edited(.actionFailed(ref, .invalidConfiguration("\(ref.action) cannot be followed here"))))
            return
        }
        let key = FollowKey(ref: ref, id: id)
        follows[key]?.cancel()
        let clock = self.clock
        follows[key] = Task.detached(executorPreference: executor) { [weak self] in
            let deadline = clock.now + follow.giveUpAfter
            while !Task.isCancelled, clock.now < deadline {
                let result = await editing.poll(follow, ref: ref, id: id)
                await self?.send(.edited(result))
                if case .actionProgress(_, _, let state) = result, state.isSettled { return }
                if case .actionFailed = result { return }
                try? await clock.sleep(until: clock.now + follow.every)
            }
        }
    }

    // MARK: - Export

    private func save(_ record: RecordExport) {
        guard let folder = exportDirectory else {
            send(.notice("saving is off: no state directory"))
            return
        }
        let path = "\(folder)/\(record.name)-\(TableExportFiles.stamp(Date())).json"
        let written = EditJournal.makeDirectory(folder) && EditJournal.write(Data(record.json.utf8), to: path)
        send(.notice(written ? "saved the record to \(RecordExport.display(path, home: homeDirectory))" : "could not write \(path)"))
    }

    private func export(_ table: TableExport) {
        guard let folder = exportDirectory else {
            send(.notice("exports are off: no state directory"))
            return
        }
        let stamp = TableExportFiles.stamp(Date())
        let base = "\(folder)/\(table.name)-\(stamp)"
        let written =
            EditJournal.makeDirectory(folder)
            && EditJournal.write(Data(table.csv.utf8), to: base + ".csv") && EditJournal.write(Data(table.json.utf8), to: base + ".json")
        send(
            .notice(
                written
                    ? ExportNotice.saved(rows: table.rows.count, base: base, home: homeDirectory, width: state.ui.screenWidth)
                    : "could not write \(base).csv"))
    }
}

/// File names of exports: sortable, and not clashing within a second.
enum TableExportFiles {
    static func stamp(_ date: Date) -> String {
        let text = ISO8601.string(from: date)  // 2026-12-01T22:40:05Z
        return text.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "").prefix(15) + ""
    }
}
