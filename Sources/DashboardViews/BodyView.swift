import DashboardCore
import TerminalUI

/// Chooses what fills the space between header and footer: what the pane's resource declares.
enum BodyView {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let state = context.state
        if state.connection == .unauthorized {
            UnauthorizedView.render(context, into: &buffer, rect: rect)
        } else if let detail = state.ui.detail {
            DetailView.render(detail, context: context, into: &buffer, rect: rect)
        } else {
            render(state.resource.body, views: PaneViews.all, context: context, into: &buffer, rect: rect)
        }
        if let overlay = state.ui.overlay {
            OverlayView.render(overlay, context: context, into: &buffer, rect: rect)
        }
    }

    /// The declared body, with its views looked up in `views`.
    static func render(
        _ body: PaneBody, views: [ViewID: any PaneView.Type], context: RenderContext, into buffer: inout ScreenBuffer,
        rect: Rect
    ) {
        switch body {
        case .table:
            ListPaneView.render(context, side: nil, into: &buffer, rect: rect)
        case .tableWithSide(let id, let minSpareRows):
            let side = views[id].map { SideView(view: $0, minSpareRows: minSpareRows) }
            ListPaneView.render(context, side: side, into: &buffer, rect: rect)
        case .custom(let id, _):
            if let view = views[id] {
                view.render(context, into: &buffer, rect: rect)
            } else {
                ErrorPanel.render(Self.unregistered(id), context: context, into: &buffer, rect: rect)
            }
        }
    }

    /// Said in place of a view nobody registered in `PaneViews` (a test keeps this from shipping).
    static func unregistered(_ id: ViewID) -> String {
        "no view registered for \(id)"
    }
}
