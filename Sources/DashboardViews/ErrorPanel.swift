import DashboardCore
import TerminalUI

/// When a pane has nothing to show because its source keeps failing, the space says why in full,
/// wrapped (the status line below may only have room for the gist).
enum ErrorPanel {
    /// The full text for the visible pane when its main source failed and never loaded.
    static func text(_ context: RenderContext) -> String? {
        let state = context.state
        let status = state.status(of: state.mainSource)
        guard status.updatedAt == nil, let error = status.error else { return nil }
        let explained = SourceErrorText(
            error, source: state.mainSource, status: status, now: state.now, ascii: context.isASCII, scope: state.currentScope)
        return explained.message
    }

    static func render(
        _ text: String, context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect,
        style: CellStyle = CellStyle(.error, .bold)
    ) {
        guard rect.width > 4, rect.height > 0 else { return }
        let lines = wrap(text, width: rect.width - 2)
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            buffer.put(
                line, x: rect.x + 1, y: rect.y + offset, maxWidth: rect.width - 2, style: style,
                glyphs: context.glyphs)
        }
    }

    /// Words onto lines of at most `width` columns; a word longer than a line is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
            } else {
                if !line.isEmpty { lines.append(line) }
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
