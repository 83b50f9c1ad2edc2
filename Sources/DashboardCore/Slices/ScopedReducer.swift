import Foundation
import ArchestraAPI

/// What a resource's slice hears from the root reducer. Keys, overlays and navigation stay central;
/// a slice sees what happened to the data and the clock.
public enum ResourceEvent: Sendable {
    /// A source's answer was stored (the value as the state keeps it).
    case loaded(SourceID, value: any Sendable, at: Date)
    /// The statistics timeframe changed; figures of the old one no longer apply.
    case timeframeChanged(Timeframe)
    /// The clock moved (a tick).
    case clock(Date)

    /// The value of `source`, when this event is its answer.
    public func loaded<Parameters, Fetched, Value>(_ source: SourceDescription<Parameters, Fetched, Value>) -> (value: Value, at: Date)? {
        guard case .loaded(let id, let value, let time) = self, id == source.id, let typed = value as? Value else { return nil }
        return (typed, time)
    }
}

/// One resource's reducer, scoped to its slice (as The Composable Architecture's `Scope`, without
/// the library): it reads the state, writes only its slice, and asks for anything else through effects.
public struct AnySliceReducer: Sendable {
    public let id: String
    let reduce: @Sendable (inout ResourceSlices, ResourceEvent, AppState) -> [Effect]
    let derive: @Sendable (inout ResourceSlices, AppState) -> Void

    /// - Parameters:
    ///   - reduce: the slice's answer to an event; `state` is a copy taken before the slice pass.
    ///   - derive: what the slice keeps derived from the rest of the state (a cache keyed by its
    ///     inputs), brought up to date after every action, before the visible table is built.
    public init<Value>(
        _ key: SliceKey<Value>,
        reduce: @escaping @Sendable (inout Value, ResourceEvent, AppState) -> [Effect] = { _, _, _ in [] },
        derive: (@Sendable (inout Value, AppState) -> Void)? = nil
    ) {
        id = key.id
        self.reduce = { slices, event, state in slices.update(key) { reduce(&$0, event, state) } }
        if let derive {
            self.derive = { slices, state in slices.update(key) { derive(&$0, state) } }
        } else {
            self.derive = { _, _ in }
        }
    }
}
