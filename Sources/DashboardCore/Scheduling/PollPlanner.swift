import Foundation
import ArchestraAPI

/// Decides, from the state and the monotonic clock, which requests to start and which to cancel,
/// and when to look again. Pure bookkeeping, no I/O: the store carries the decisions out.
///
/// - A source is polled while the screen needs it, at its own cadence (``AppState/pollInterval(of:)``),
///   at most one request at a time; after a failure it waits for its backoff.
/// - A request whose parameters changed (another page, filter or timeframe) is cancelled at once
///   and replaced; so is one whose pane went away.
/// - Server health is asked only when nothing else answered for two refresh intervals.
/// - Per-row look-ups are made for the rows on screen only, a few at a time, each answer
///   remembered for its lifetime and each failure for longer.
struct PollPlanner: Sendable {
    typealias Instant = MonotonicClock.Instant

    struct SourceRecord: Sendable {
        /// Parameters of the last request started.
        var key: RequestKey?
        var inFlight = false
        /// When the last request ended, and whether it failed.
        var finishedAt: Instant?
        var failed = false
        /// After a failure: how long to wait; nil waits for `r` (a rejected key).
        var retryDelay: TimeInterval?
        var forced = false
        /// The last answer cannot change while the connection lasts (``SourceStatus/isSettled``).
        var settled = false
    }

    struct ItemTarget: Hashable, Sendable {
        var lookup: SourceID
        var key: String
    }

    struct ItemRecord: Sendable {
        var inFlight = false
        var finishedAt: Instant?
        var failed = false
    }

    struct Plan: Sendable, Equatable {
        var start: [FetchRequest] = []
        var cancel: [FetchTarget] = []
        /// When something next becomes due; nil when nothing will without a change.
        var wake: Instant?
    }

    /// Sources due within this of the first one start with it: one wake-up of the scheduler instead of
    /// one per source, and their answers arrive together (and are drawn in one frame).
    static let gatherWindow: Instant = .milliseconds(100)

    private(set) var sources: [SourceID: SourceRecord] = [:]
    private(set) var items: [ItemTarget: ItemRecord] = [:]
    /// The last time a source other than health answered; health is not asked while answers keep coming.
    private(set) var lastAnswer: Instant?

    // MARK: - Deciding

    mutating func plan(_ state: AppState, now: Instant) -> Plan {
        var plan = Plan()
        var nearlyDue: [(id: SourceID, key: RequestKey, due: Instant)] = []
        // The shown list is built once a step, and the needed set from it.
        let shown = Set(state.shownSources.map(\.id))
        let needed = state.neededSources(shown: shown)
        for source in ResourceRegistry.allSources {
            var record = sources[source.id] ?? SourceRecord()
            defer { sources[source.id] = record }
            guard needed.contains(source.id) else {
                if record.inFlight {
                    plan.cancel.append(.source(source.id))
                    record.inFlight = false
                    // Coming back fetches at once.
                    record.key = nil
                }
                continue
            }
            let key = source.requestKey(state)
            if record.inFlight {
                guard record.key != key else { continue }
                plan.cancel.append(.source(source.id))
            } else if !record.forced, record.key == key {
                guard let due = due(source, record, state, shown: shown.contains(source.id)) else { continue }
                if now < due {
                    if now + Self.gatherWindow >= due {
                        nearlyDue.append((source.id, key, due))
                    } else {
                        plan.wake = earliest(plan.wake, due)
                    }
                    continue
                }
            }
            record.key = key
            record.inFlight = true
            record.forced = false
            plan.start.append(FetchRequest(target: .source(source.id), key: key))
        }
        // Those about to be due go with the ones starting now, or are waited for as usual.
        for (id, key, due) in nearlyDue {
            if plan.start.isEmpty {
                plan.wake = earliest(plan.wake, due)
            } else {
                sources[id, default: SourceRecord()].inFlight = true
                plan.start.append(FetchRequest(target: .source(id), key: key))
            }
        }
        planItems(state, now: now, into: &plan)
        return plan
    }

    /// When a source that is not in flight and asks the same thing again is next due;
    /// nil when it waits for the person (after a rejected key).
    private func due(_ source: AnySource, _ record: SourceRecord, _ state: AppState, shown: Bool) -> Instant? {
        guard let finished = record.finishedAt else { return .zero }
        // Its answer cannot change until the person asks (`r` forces it) or its parameters do.
        if record.settled { return nil }
        if record.failed {
            guard let delay = record.retryDelay else { return nil }
            return finished + .seconds(fraction: delay)
        }
        var due = finished + .seconds(fraction: state.pollInterval(of: source, shown: shown))
        if source.cadence == .whenIdle, let lastAnswer {
            // Two intervals: other sources answer about once per interval, so one interval alone would race them.
            due = max(due, lastAnswer + .seconds(fraction: 2 * state.refreshInterval))
        }
        return due
    }

    private mutating func planItems(_ state: AppState, now: Instant, into plan: inout Plan) {
        let lookups = state.resource.lookups
        var wanted = Set<ItemTarget>()
        for lookup in lookups {
            // Counted in place: `filter` on a dictionary builds another dictionary each step.
            var running = 0
            for (target, record) in items where record.inFlight && target.lookup == lookup.id { running += 1 }
            for key in lookup.keys(state) {
                let target = ItemTarget(lookup: lookup.id, key: key)
                guard wanted.insert(target).inserted else { continue }
                var record = items[target] ?? ItemRecord()
                guard !record.inFlight else { continue }
                // An answer the state no longer holds (a look-up that remembers few) is asked again.
                if let finished = record.finishedAt, state.sources.item(lookup.id, key: key) != nil {
                    let due = finished + .seconds(fraction: record.failed ? lookup.retryFailuresAfter : lookup.refreshAfter)
                    if now < due {
                        plan.wake = earliest(plan.wake, due)
                        continue
                    }
                }
                guard running < lookup.concurrency else { break }
                running += 1
                record.inFlight = true
                items[target] = record
                plan.start.append(FetchRequest(target: .item(lookup.id, key: key), key: .none))
            }
        }
        // Rows that scrolled away are not worth waiting for.
        for (target, record) in items where record.inFlight && !wanted.contains(target) {
            plan.cancel.append(.item(target.lookup, key: target.key))
            items[target]?.inFlight = false
        }
        forgetOldItems(keeping: wanted)
    }

    /// Bounds the bookkeeping of look-ups that are no longer on screen.
    private mutating func forgetOldItems(keeping wanted: Set<ItemTarget>) {
        let capacity = ItemLookupDescription<String>.defaultCapacity
        guard items.count > capacity else { return }
        let removable = items.filter { !$0.value.inFlight && !wanted.contains($0.key) }
            .sorted { ($0.value.finishedAt ?? .zero) < ($1.value.finishedAt ?? .zero) }
        for (target, _) in removable.prefix(items.count - capacity) { items[target] = nil }
    }

    private func earliest(_ current: Instant?, _ candidate: Instant) -> Instant {
        current.map { min($0, candidate) } ?? candidate
    }

    // MARK: - Outcomes

    /// A request ended with an answer (`retryDelay` nil) or a failure; `settled`: an answer that asking
    /// again cannot change, so the source is not due again until forced.
    mutating func finished(_ target: FetchTarget, failed: Bool, retryDelay: TimeInterval?, settled: Bool = false, at now: Instant) {
        switch target {
        case .source(let id):
            var record = sources[id] ?? SourceRecord()
            record.inFlight = false
            record.finishedAt = now
            record.failed = failed
            record.retryDelay = retryDelay
            record.settled = settled && !failed
            sources[id] = record
            // Health's own answers do not count: the rule is about the other sources answering;
            // nor do metrics services', which are not the API.
            let counts = ResourceRegistry.source(id).map { $0.cadence != .whenIdle && $0.service == .api } ?? true
            if !failed, counts { lastAnswer = now }
        case .item(let id, let key):
            let target = ItemTarget(lookup: id, key: key)
            items[target] = ItemRecord(inFlight: false, finishedAt: now, failed: failed)
        }
    }

    /// A source's answer was dropped (its parameters changed meanwhile): ask again at once.
    mutating func discarded(_ id: SourceID) {
        sources[id]?.inFlight = false
        sources[id]?.key = nil
    }

    /// `r`: these sources now, whatever their schedule or backoff, and failed rows again.
    mutating func force(_ ids: Set<SourceID>) {
        for id in ids { sources[id, default: SourceRecord()].forced = true }
        for (target, record) in items where record.failed { items[target]?.finishedAt = nil }
    }
}
