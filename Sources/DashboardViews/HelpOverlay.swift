import DashboardCore
import TerminalUI

/// The `?` dialog: every key of the visible pane with what it does.
enum HelpOverlay {
    static func lines(for state: AppState) -> [String] {
        let bindings = KeyBindings.bindings(in: state)
        let keyWidth = bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let keys = bindings.map { DisplayWidth.pad($0.keys, to: keyWidth, alignment: .left) + "  " + $0.description }
        let refresh = state.refreshInterval.rounded() == state.refreshInterval
            ? "\(Int(state.refreshInterval))s" : "\(state.refreshInterval)s"
        return keys + ["", "server \(state.baseURL) · key \(state.maskedAPIKey ?? "none") · refresh \(refresh)"]
            + state.networkSummary
    }

    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let pane = context.state.ui.pane
        let dialog = Dialog(title: context.text("Keys — \(pane.title)"), lines: lines(for: context.state).map(context.text))
        dialog.render(into: &buffer, rect: rect, glyphs: context.glyphs)
    }
}
