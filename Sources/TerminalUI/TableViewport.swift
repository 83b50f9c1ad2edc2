/// Scrolling maths for lists and tables.
public enum TableViewport {
    /// The first row to show so that `selected` is visible, scrolling as little as
    /// possible from `current`; always within `0...max(0, rowCount - visibleRows)`.
    public static func firstVisibleRow(selected: Int?, current: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        let lastStart = max(0, rowCount - visibleRows)
        var first = min(max(0, current), lastStart)
        if let selected {
            let target = min(max(0, selected), rowCount - 1)
            if target < first {
                first = target
            } else if target >= first + visibleRows {
                first = target - visibleRows + 1
            }
        }
        return min(max(0, first), lastStart)
    }
}
