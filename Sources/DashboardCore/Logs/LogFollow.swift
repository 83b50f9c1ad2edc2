/// Whether a live log follows its newest rows. Following, new rows come on top under a selection on the
/// first row; once the selection leaves the first row the rows shown stop at the one that was on top, so
/// the selected row stays put, and what came since is counted ("N new ↑") until the selection is back on
/// top (`g`, `f`).
public struct LogFollow: Sendable, Equatable {
    /// The row that was on top when the selection left it; nil while following.
    public private(set) var pausedAt: String?

    public init(pausedAt: String? = nil) {
        self.pausedAt = pausedAt
    }

    /// Follows or pauses as the selection of `pane` moved; a hidden pane keeps where it stood.
    public mutating func observe<Row: LogFeedRow>(_ state: AppState, pane: Pane, rows: [Row]?) {
        guard state.ui.pane == pane else { return }
        if state.ui.list(pane).selected <= 0 {
            pausedAt = nil
        } else if pausedAt == nil {
            pausedAt = rows?.first?.id
        }
    }

    /// How many of `rows` (newest first) arrived since the pause: they are not shown until it ends.
    /// Once the row paused at is gone (dropped past the capacity), nothing is held back.
    public func newAbove<Row: LogFeedRow>(in rows: [Row]) -> Int {
        guard let pausedAt else { return 0 }
        return rows.firstIndex { $0.id == pausedAt } ?? 0
    }
}
