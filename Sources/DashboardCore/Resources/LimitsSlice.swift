import Foundation
import ArchestraAPI

/// What the limits resource keeps of its own: which limits crossed a threshold (for notifications)
/// and every limit's figures, built when their inputs change rather than once per frame.
public struct LimitsSlice: Sendable {
    /// The thresholds that ring and where each limit stood at the last poll.
    public var alerts = LimitThresholds()
    var figures: CachedFigures?

    public init() {}

    struct FiguresKey: Equatable, Sendable {
        /// Of the sources the figures read (`LimitFigures.inputs`), in their order.
        var revisions: [UInt64]
        var second: Int64
        var timeframe: Timeframe
    }

    struct CachedFigures: Sendable {
        var key: FiguresKey
        var figures: [LimitFigures]
    }
}

extension LimitsResource {
    public static let slice = SliceKey<LimitsSlice>("limits") { LimitsSlice() }

    /// A poll of the limits is compared with the last one: each crossing asks for a notification (only
    /// when they are on). The figures follow their inputs after every action.
    static let sliceReducer = AnySliceReducer(
        slice,
        reduce: { slice, event, state in
            guard let (list, _) = event.loaded(source), state.notifications.wants(.limits) else { return [] }
            // Named only when one crosses a threshold: building every limit's figures here, on every
            // poll, cost as much as the frame's own build.
            return slice.alerts.observe(list.items) { limit in
                let figures = LimitFigures(limit: limit, state: state)
                return "\(figures.entityName) \(figures.typeLabel)"
            }.map(Effect.notify)
        },
        derive: { slice, state in
            let key = state.figuresKey
            guard slice.figures?.key != key else { return }
            slice.figures = LimitsSlice.CachedFigures(key: key, figures: state.buildLimitFigures(previous: slice.figures?.figures ?? []))
        })
}

extension AppState {
    /// What the figures are built from: a change of any of it builds them again.
    var figuresKey: LimitsSlice.FiguresKey {
        LimitsSlice.FiguresKey(
            revisions: LimitFigures.inputs.map { sources.revision(of: $0) }, second: Int64(now.timeIntervalSince1970.rounded(.down)),
            timeframe: timeframe)
    }

    /// Figures for every limit, worst first; kept by the limits slice while their inputs stay the same.
    public var limitFigures: [LimitFigures] {
        let cached = slices[LimitsResource.slice].figures
        if let cached, cached.key == figuresKey { return cached.figures }
        return buildLimitFigures(previous: cached?.figures ?? [])
    }

    /// - Parameter previous: the last build's figures, whose reset windows are reused while they last.
    func buildLimitFigures(previous: [LimitFigures]) -> [LimitFigures] {
        let shared = LimitFigures.Shared(calendar: .current, teamNames: teamNames)
        var byID: [String: LimitFigures] = [:]
        for figures in previous { byID[figures.limit.id] = figures }
        return (limits.value ?? []).map { LimitFigures(limit: $0, state: self, shared: shared, previous: byID[$0.id]) }
            .sorted(by: LimitFigures.worstFirst)
    }
}
