import Foundation
import ArchestraAPI

/// The overview's refusal figure.
public enum RefusalFigure: Sendable, Equatable {
    /// Nothing read yet.
    case loading
    /// The key may not read the logs (403), or the server has none (404).
    case unavailable
    case counted(RefusalTally)
}

/// The refusal watch as the rest of the console sees it: its source, its slice, when it polls.
public enum Refusals {
    public static let slice = SliceKey<RefusalWatch>("refusals") { RefusalWatch() }

    static var pageLimit: Int { LogFeed<WatchedInteraction>.maxPollLimit }

    /// The newest interactions of the last hour, or the page the watch asks for.
    public static let source = SourceDescription<RefusalWatchRequest, RefusalWatchAnswer, RefusalWatchAnswer>(
        "refusals", label: "guardrail refusals", cadence: .refresh,
        parameters: { $0.slices[slice].next },
        fetch: { client, request in
            let filter = LogFilter(startDate: Date().addingTimeInterval(-RefusalLedger.window))
            let position: LogPagePosition =
                switch request {
                case .newest: .newest
                case .older(let position): position
                case .fill(let gap): gap.position
                }
            let page = try await client.interactionSummaries(filter, page: LogPageRequest(position: position, limit: pageLimit))
            return RefusalWatchAnswer(request: request, page: page.map(WatchedInteraction.init))
        })

    /// Whether the watch polls now: while a pane that shows it is on screen or refusals ring, unless the pane
    /// on screen feeds it with its own unscoped answers (`:logs` with every interaction).
    static func isPolled(_ state: AppState) -> Bool {
        guard state.resource.showsWatches.contains(source.id) || state.notifications.wants(.refusals) else { return false }
        return !sharesVisiblePane(state)
    }

    static func sharesVisiblePane(_ state: AppState) -> Bool {
        state.resource.feedsWatches.contains(source.id) && state.ui.scopes[state.ui.pane] == nil
    }

    /// The overview's figure at the state's time.
    public static func figure(_ state: AppState) -> RefusalFigure {
        let watch = state.slices[slice]
        let error = state[source].error
        if let error, error.isForbidden || error.isNotFound || error.status == 400 { return .unavailable }
        return watch.ledger.tally(at: state.now).map(RefusalFigure.counted) ?? .loading
    }

    /// Answers of the watch and of an unscoped `:logs` move the ledger; new refusals wait in the alerts, which
    /// ring when due (checked at every event, ticks included).
    static let sliceReducer = AnySliceReducer(slice) { watch, event, state in
        if let (answer, time) = event.loaded(source) {
            watch.take(answer, at: time, state: state)
        } else if let (held, time) = event.loaded(LogsResource.source), held.listing.scope == nil {
            watch.takeShared(held.feed.rows.prefix(pageLimit).map(WatchedInteraction.init), at: time, state: state)
        }
        let now: Date
        switch event {
        case .loaded(_, _, let time): now = time
        case .clock(let time): now = time
        case .timeframeChanged: return []
        }
        return watch.alerts.due(at: now).map { [.notify($0)] } ?? []
    }
}

extension Refusals {
    /// Registered with ``ResourceRegistry/watches``.
    static let watch = Watch(source: source.erased, slice: sliceReducer, isOn: isPolled)
}
