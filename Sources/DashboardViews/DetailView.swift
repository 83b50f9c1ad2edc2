import DashboardCore
import TerminalUI

/// A record opened with Enter: its title, then every field indented by depth, scrollable.
enum DetailView {
    static func render(_ detail: DetailState, context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let visible = max(0, rect.height - 1)
        let first = max(0, min(detail.scroll, max(0, detail.lines.count - 1)))
        let shown = Array(detail.lines.dropFirst(first).prefix(visible))
        let position = positionText(first: first, shown: shown.count, total: detail.lines.count)
        let positionX = max(rect.x, rect.maxX - DisplayWidth.of(position))
        buffer.put(position, x: positionX, y: rect.y, style: CellStyle(.muted), glyphs: context.glyphs)
        buffer.put(
            detail.title, x: rect.x, y: rect.y, maxWidth: max(0, positionX - rect.x - 1),
            style: CellStyle(.title, .bold), glyphs: context.glyphs)
        for (offset, line) in shown.enumerated() {
            render(line, into: &buffer, x: rect.x, y: rect.y + 1 + offset, width: rect.width, context: context)
        }
    }

    /// "12-30/140"; "0/0" for an empty record.
    static func positionText(first: Int, shown: Int, total: Int) -> String {
        guard shown > 0 else { return "0/\(total)" }
        return "\(first + 1)-\(first + shown)/\(total)"
    }

    static func render(_ line: DetailLine, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, context: RenderContext) {
        let glyphs = context.glyphs
        let indent = 1 + 2 * max(0, line.depth)
        let keyStyle: CellStyle
        let valueStyle: CellStyle
        switch line.emphasis {
        case .none: (keyStyle, valueStyle) = (CellStyle(.accent), CellStyle(.normal))
        case .heading: (keyStyle, valueStyle) = (CellStyle(.title, .bold), CellStyle(.muted))
        case .warning: (keyStyle, valueStyle) = (CellStyle(.warning, .bold), CellStyle(.warning))
        case .danger: (keyStyle, valueStyle) = (CellStyle(.danger, .bold), CellStyle(.danger, .bold))
        }
        var segments: [Segment] = []
        if !line.key.isEmpty {
            segments.append(Segment(line.key + ":", keyStyle))
            if !line.value.isEmpty { segments.append(Segment(" ", keyStyle)) }
        }
        // Folded lines' "↪" and our other marks become ASCII where the terminal has no UTF-8.
        segments.append(Segment(context.text(line.value), valueStyle))
        Segment.draw(segments, into: &buffer, x: x + indent, y: y, maxX: x + width, glyphs: glyphs)
    }
}
