import Foundation

extension AppState {
    /// Hands `events` to every resource's slice, in registry order, and applies what is central of
    /// what they ask for (notifications go to the outbox); the rest is for the store.
    mutating func runSlices(_ events: [ResourceEvent], reducers: [AnySliceReducer] = ResourceRegistry.sliceReducers) -> [Effect] {
        guard !events.isEmpty, !reducers.isEmpty else { return [] }
        var effects: [Effect] = []
        for event in events {
            let before = self
            for reducer in reducers {
                effects += reducer.reduce(&slices, event, before)
            }
        }
        return effects.filter { effect in
            guard case .notify(let notification) = effect else { return true }
            notifications.push(notification)
            return false
        }
    }

    /// Brings every slice's derived values up to date with the state.
    mutating func deriveSlices(reducers: [AnySliceReducer] = ResourceRegistry.sliceReducers) {
        guard !reducers.isEmpty else { return }
        let current = self
        for reducer in reducers { reducer.derive(&slices, current) }
    }
}
