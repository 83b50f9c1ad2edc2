import DashboardCore
import TerminalUI

/// The `?` dialog: every key of the visible pane with what it does, then every pane with its command.
enum HelpOverlay {
    static func lines(for state: AppState) -> [String] {
        let bindings = KeyBindings.bindings(in: state)
        let keyWidth = bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let keys = bindings.map { DisplayWidth.pad($0.keys, to: keyWidth, alignment: .left) + "  " + $0.description }
        let refresh =
            state.refreshInterval.rounded() == state.refreshInterval
            ? "\(Int(state.refreshInterval))s" : "\(state.refreshInterval)s"
        return keys + [""] + PaneDirectory.helpLines(favorites: state.favorites) + [
            "", "server \(state.baseURL) · key \(state.maskedAPIKey ?? "none") · refresh \(refresh)",
        ]
            + state.networkSummary + state.unlistedNotes
    }

    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let pane = context.state.ui.pane
        var lines = lines(for: context.state).map(context.text)
        // Longer than the screen: a window over the lines, scrolled with j/k, saying there is more.
        let rows = max(1, rect.height - 2)
        if lines.count > rows {
            let first = min(context.state.ui.helpScroll, lines.count - (rows - 1))
            let shown = Array(lines[first..<(first + rows - 1)])
            let more = first + rows - 1 < lines.count ? "more below: j/k scroll" : "top: k scrolls back"
            lines = shown + [context.text("\(first + 1)-\(first + rows - 1)/\(lines.count) · \(more)")]
        }
        let dialog = Dialog(title: context.text("Keys — \(pane.title)"), lines: lines)
        dialog.render(into: &buffer, rect: rect, glyphs: context.glyphs)
    }
}
