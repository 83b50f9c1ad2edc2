import DashboardCore
import TerminalUI

/// Shown instead of any pane when the server rejected the API key (401).
enum UnauthorizedView {
    static let lines = [
        "The server rejected the API key (401 Unauthorized).",
        "",
        "Supply a key in one of these ways, then restart archestra-tui:",
        "",
        "  1. environment:  export ARCHESTRA_API_KEY=<key>",
        "  2. a key file:   archestra-tui --api-key-file PATH",
        "  3. config file:  ~/.config/archestra-tui/config  (mode 600)",
        "",
        "Create a key in the Archestra web UI under Settings > API Keys.",
        "The key is never shown on screen or written to logs.",
    ]

    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("Not authorized", x: rect.x + 1, y: rect.y, style: CellStyle(.danger, .bold), glyphs: context.glyphs)
        for (offset, line) in lines.enumerated() where offset + 2 < rect.height {
            let style = offset == 0 ? CellStyle(.error) : CellStyle(.normal)
            buffer.put(line, x: rect.x + 2, y: rect.y + 2 + offset, maxWidth: rect.width - 2, style: style, glyphs: context.glyphs)
        }
    }
}
