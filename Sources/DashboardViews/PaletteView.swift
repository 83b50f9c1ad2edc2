import DashboardCore
import TerminalUI

/// The `:` palette: the panes and commands matching what is typed, in a box just above the status
/// line, the highlighted one in reverse video (Enter opens it, Tab completes it).
enum PaletteView {
    static func lines(for matches: [PaletteMatch], favorites: Favorites) -> [String] {
        let entries = matches.map(\.entry)
        let commandWidth = entries.map { DisplayWidth.of(":" + $0.command) }.max() ?? 0
        let aliasWidth = entries.map { DisplayWidth.of($0.aliases.joined(separator: " ")) }.max() ?? 0
        let titleWidth = entries.map { DisplayWidth.of($0.title) }.max() ?? 0
        return entries.map { entry in
            var digit = ""
            if case .pane(let pane) = entry.target, let number = favorites.digit(of: pane) { digit = String(number) }
            let columns = [
                DisplayWidth.pad(":" + entry.command, to: commandWidth, alignment: .left),
                DisplayWidth.pad(entry.aliases.joined(separator: " "), to: aliasWidth, alignment: .left),
                DisplayWidth.pad(entry.title, to: titleWidth, alignment: .left),
                DisplayWidth.pad(entry.group?.rawValue ?? "", to: 11, alignment: .left), digit,
            ]
            return columns.joined(separator: "  ")
        }
    }

    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect, text: String) {
        let matches = CommandPalette.matches(text)
        let lines =
            matches.isEmpty
            ? ["nothing matches :\(text) (Esc closes, Backspace edits)"]
            : lines(for: matches, favorites: context.state.favorites)
        let rows = min(lines.count, max(1, rect.height - 2))
        let title = context.text("open a pane · Tab completes · ↑ ↓ choose · Enter opens")
        let width = min(rect.width, max(lines.map(DisplayWidth.of).max() ?? 0, DisplayWidth.of(title) + 2) + 4)
        let frame = Rect(x: rect.x, y: rect.maxY - rows - 2, width: width, height: rows + 2)
        guard frame.y >= rect.y, frame.height >= 3 else { return }
        buffer.fill(frame)
        let box = Box(title: title)
        box.render(into: &buffer, rect: frame, glyphs: context.glyphs)
        let highlight = matches.isEmpty ? nil : context.state.ui.paletteHighlight(for: text).map { min($0, matches.count - 1) }
        // Keep the highlighted row in view on a short screen.
        let first = max(0, (highlight ?? 0) - rows + 1)
        for (offset, line) in lines[first..<min(lines.count, first + rows)].enumerated() {
            let style = first + offset == highlight ? CellStyle(.selection, [.reverse, .bold]) : CellStyle(.normal)
            buffer.put(
                " " + context.text(line) + " ", x: frame.x + 1, y: frame.y + 1 + offset, maxWidth: frame.width - 2,
                style: style, glyphs: context.glyphs)
        }
    }
}
