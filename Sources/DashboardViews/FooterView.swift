import DashboardCore
import TerminalUI

/// The last two rows: a status line (filter, command, flash or error) and the key hints.
enum FooterView {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        renderStatusLine(context, into: &buffer, y: rect.y, width: rect.width)
        if rect.height > 1 {
            // Our hints use arrows ("Tab ↑ ↓"): folded to ASCII where the terminal cannot draw them.
            let hints = KeyHintBar(
                hints: hints(for: context.state).map { hint in
                    KeyHint(key: context.text(hint.key), label: context.text(hint.label), priority: hint.priority)
                })
            // The terminal's bottom-right cell cannot be written: a hint ending there would lose its last letter.
            let width = rect.maxY == buffer.height ? rect.width - 1 : rect.width
            hints.render(into: &buffer, rect: Rect(x: rect.x, y: rect.maxY - 1, width: width, height: 1), glyphs: context.glyphs)
        }
    }

    /// Hint bar entries: help first (it lists everything), then every other binding of the pane
    /// that has a hint, then the pane keys; a narrow bar drops the lowest priorities whole.
    static func hints(for state: AppState) -> [KeyHint] {
        if let overlay = state.ui.overlay { return OverlayHints.hints(for: overlay, readOnly: state.readOnly) }
        let hinted = KeyBindings.bindings(in: state).compactMap { binding in
            binding.hint.map { KeyHint(key: binding.keys, label: $0, priority: binding.hintPriority) }
        }
        let help = hinted.filter { $0.label == "help" }
        let panes = state.favorites.hintKey.isEmpty ? [] : [KeyHint(key: state.favorites.hintKey, label: "panes", priority: 2)]
        return help + hinted.filter { $0.label != "help" } + panes
    }

    static func renderStatusLine(_ context: RenderContext, into buffer: inout ScreenBuffer, y: Int, width: Int) {
        let state = context.state
        let glyphs = context.glyphs
        switch state.ui.mode {
        case .filter:
            let filter = state.ui.list(state.ui.pane).filter
            let x = Segment.draw(
                [Segment("/", CellStyle(.accent, .bold)), Segment(filter, CellStyle(.normal))],
                into: &buffer, x: 0, y: y, maxX: width - 1, glyphs: glyphs)
            buffer.put(" ", x: x, y: y, maxWidth: 1, style: CellStyle(.normal, .reverse), glyphs: glyphs)
        case .command(let text):
            var x = Segment.draw(
                [Segment(":", CellStyle(.accent, .bold)), Segment(text, CellStyle(.normal))],
                into: &buffer, x: 0, y: y, maxX: width - 1, glyphs: glyphs)
            let completion = CommandPalette.complete(text, highlighted: state.ui.paletteHighlight(for: text) ?? 0)
            if completion.count > text.count, completion.lowercased().hasPrefix(text.lowercased()) {
                x += buffer.put(
                    String(completion.dropFirst(text.count)), x: x, y: y, maxWidth: width - 1 - x,
                    style: CellStyle(.muted, .dim), glyphs: glyphs)
            }
            buffer.put(" ", x: x, y: y, maxWidth: 1, style: CellStyle(.normal, .reverse), glyphs: glyphs)
        case .sortPick:
            buffer.put(sortPrompt(context), x: 0, y: y, style: CellStyle(.accent), glyphs: glyphs)
        case .normal, .help:
            if let flash = state.ui.flash {
                buffer.put(context.text(flash), x: 0, y: y, style: CellStyle(.info, .bold), glyphs: glyphs)
            } else if let error = SourceErrorText(failingPaneOf: context) {
                error.draw(into: &buffer, x: 0, y: y, maxX: width, style: CellStyle(.error), glyphs: glyphs)
            }
        }
    }

    /// "sort by: n=Name t=Type …" listing the column letters.
    static func sortPrompt(_ context: RenderContext) -> String {
        let columns = context.state.visibleTable?.columns ?? []
        return "sort by: " + columns.map { "\($0.sortLetter)=\($0.title)" }.joined(separator: " ")
    }
}
