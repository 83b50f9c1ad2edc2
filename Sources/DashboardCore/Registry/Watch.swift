import Foundation

/// A source the console polls beside the visible pane while a condition holds (the overview is shown,
/// notifications are on), with the slice that reads its answers. Its failures are reported by no pane:
/// what it feeds says so itself.
public struct Watch: Sendable {
    public let source: AnySource
    let isOn: @Sendable (AppState) -> Bool
    let slice: AnySliceReducer?

    public init(source: AnySource, slice: AnySliceReducer? = nil, isOn: @escaping @Sendable (AppState) -> Bool) {
        self.source = source
        self.slice = slice
        self.isOn = isOn
    }
}
