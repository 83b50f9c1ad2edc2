import DashboardCore
import TerminalUI

/// A view a resource names in its `PaneBody`, registered in `PaneViews` under its `ViewID`.
protocol PaneView {
    /// Rows the view would like when it sits beside a table; nil when it has nothing to show.
    static func rowsWanted(_ context: RenderContext) -> Int?
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect)
}

extension PaneView {
    static func rowsWanted(_ context: RenderContext) -> Int? { nil }
}

/// A side view under a table, as a pane's body declares it.
struct SideView {
    let view: any PaneView.Type
    let minSpareRows: Int
}
