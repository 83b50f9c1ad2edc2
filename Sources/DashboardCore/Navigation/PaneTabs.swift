import TerminalUI

/// The pane tabs of the header's second row, laid out once for drawing and for mouse clicks.
public enum PaneTabs {
    /// " 2 Agents " for every favourite, then " Teams " for the active pane when it has no digit.
    /// When that is wider than `room`, the other favourites shrink to " 2 ", and then the last ones
    /// go; the active pane always keeps its name.
    public static func labels(favorites: Favorites, active: Pane, room: Int) -> [(pane: Pane, text: String)] {
        let activeLabel = favorites.digit(of: active).map { " \($0) \(active.shortTitle) " } ?? " \(active.shortTitle) "
        var full = favorites.bound.map { (pane: $0.pane, text: " \($0.digit) \($0.pane.shortTitle) ") }
        if favorites.digit(of: active) == nil { full.append((pane: active, text: activeLabel)) }
        if width(of: full) <= room { return full }
        var short = full.map { tab in
            (pane: tab.pane, text: tab.pane == active ? activeLabel : favorites.digit(of: tab.pane).map { " \($0) " } ?? "")
        }
        while width(of: short) > room, let last = short.lastIndex(where: { $0.pane != active }) {
            short.remove(at: last)
        }
        return short
    }

    private static func width(of tabs: [(pane: Pane, text: String)]) -> Int {
        tabs.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// The pane whose tab covers column `x`.
    public static func pane(at x: Int, favorites: Favorites, active: Pane, room: Int) -> Pane? {
        var column = 0
        for tab in labels(favorites: favorites, active: active, room: room) {
            let width = DisplayWidth.of(tab.text)
            if x >= column, x < column + width { return tab.pane }
            column += width
        }
        return nil
    }
}

/// A warning a resource shows at the right of the header's tab row, on every pane.
public struct HeaderBadge: Sendable, Equatable {
    public var text: String
    /// Drawn to stand out (blinking, reversed) rather than only coloured.
    public var isUrgent: Bool

    public init(text: String, isUrgent: Bool) {
        self.text = text
        self.isUrgent = isUrgent
    }
}

extension AppState {
    /// What the resources declare for the header now, in registry order.
    public func headerBadges(ascii: Bool) -> [HeaderBadge] {
        ResourceRegistry.headerBadges.compactMap { $0(self, ascii) }
    }

    /// Columns the pane tabs may use: the row, less the badges (each with a gap before it) and a gap.
    public var paneTabRoom: Int {
        let badges = headerBadges(ascii: false).reduce(0) { $0 + DisplayWidth.of($1.text) + 1 }
        return max(0, ui.screenWidth - badges - 2)
    }
}
