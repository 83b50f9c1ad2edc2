import DashboardCore
import TerminalUI

/// Chooses what fills the space between header and footer.
enum BodyView {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let state = context.state
        if state.connection == .unauthorized {
            UnauthorizedView.render(context, into: &buffer, rect: rect)
        } else if let detail = state.ui.detail {
            DetailView.render(detail, context: context, into: &buffer, rect: rect)
        } else if state.resource.isList {
            ListPaneView.render(context, into: &buffer, rect: rect)
        } else {
            OverviewView.render(context, into: &buffer, rect: rect)
        }
        if let overlay = state.ui.overlay {
            OverlayView.render(overlay, context: context, into: &buffer, rect: rect)
        }
    }
}
