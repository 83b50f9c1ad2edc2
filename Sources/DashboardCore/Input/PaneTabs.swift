import TerminalUI

/// The pane tabs of the header's second row, laid out once for drawing and for mouse clicks.
public enum PaneTabs {
    /// " 2 Agents " for every pane when they fit in `room` columns, else only the active one named.
    public static func labels(active: Pane, room: Int) -> [(pane: Pane, text: String)] {
        let full = Pane.allCases.map { (pane: $0, text: " \($0.number) \($0.shortTitle) ") }
        if full.reduce(0, { $0 + DisplayWidth.of($1.text) }) <= room { return full }
        return Pane.allCases.map { pane in (pane: pane, text: pane == active ? " \(pane.number) \(pane.shortTitle) " : " \(pane.number) ") }
    }

    /// The pane whose tab covers column `x`.
    public static func pane(at x: Int, active: Pane, room: Int) -> Pane? {
        var column = 0
        for tab in labels(active: active, room: room) {
            let width = DisplayWidth.of(tab.text)
            if x >= column, x < column + width { return tab.pane }
            column += width
        }
        return nil
    }
}

extension AppState {
    /// The header's warning about limits at 90 % of their cap or more: its text and whether any is over.
    public func limitsAlert(ascii: Bool) -> (text: String, anyOver: Bool)? {
        // The same thresholds as the limits pane's colours (UsageMath), not a second copy of them.
        let levels = (limits.value ?? []).map { UsageMath.level(for: UsageMath.fraction(used: $0.usedCost, limit: $0.limitValue)) }
        let nearCap = levels.filter { $0 >= .danger }.count
        guard nearCap > 0 else { return nil }
        let over = levels.filter { $0 == .over }.count
        var text = "\(ascii ? "!" : "⚠") \(nearCap) limit\(nearCap == 1 ? "" : "s") \(ascii ? ">=" : "≥")90%"
        if over > 0 { text += " (\(over) over)" }
        return (text, over > 0)
    }

    /// Columns the pane tabs may use: the row, less the limits alert and a gap.
    public var paneTabRoom: Int {
        let alert = limitsAlert(ascii: false).map { DisplayWidth.of($0.text) + 1 } ?? 0
        return max(0, ui.screenWidth - alert - 2)
    }
}
