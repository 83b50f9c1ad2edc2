/// A frame with an optional title set into the top border: `┌ Agents ─────┐`.
public struct Box: Sendable {
    /// Text set into the top border; nil or empty for none.
    public var title: String?
    /// Style of the frame lines.
    public var role: ColorRole
    /// Style of the title text.
    public var titleRole: ColorRole

    public init(title: String? = nil, role: ColorRole = .border, titleRole: ColorRole = .title) {
        self.title = title
        self.role = role
        self.titleRole = titleRole
    }

    /// The space inside the frame.
    public func innerRect(of rect: Rect) -> Rect {
        rect.inset(by: 1)
    }

    /// Draws the frame on the edge of `rect`; the inside is left untouched.
    /// Rectangles smaller than 2x2 get no frame.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = CellStyle(role)
        let innerWidth = rect.width - 2
        let line = String(repeating: glyphs.horizontal, count: innerWidth)
        buffer.put(
            glyphs.topLeft + line + glyphs.topRight, x: rect.x, y: rect.y, maxWidth: rect.width, style: style, glyphs: glyphs,
            overflow: .clip)
        buffer.put(
            glyphs.bottomLeft + line + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, maxWidth: rect.width,
            style: style, glyphs: glyphs, overflow: .clip)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(glyphs.vertical, x: rect.x, y: row, maxWidth: 1, style: style, glyphs: glyphs, overflow: .clip)
            buffer.put(glyphs.vertical, x: rect.maxX - 1, y: row, maxWidth: 1, style: style, glyphs: glyphs, overflow: .clip)
        }
        // " Title " after one border cell, leaving at least one border cell before the corner.
        if let title, !title.isEmpty, innerWidth >= 4 {
            buffer.put(
                " " + title + " ", x: rect.x + 2, y: rect.y, maxWidth: innerWidth - 2,
                style: CellStyle(titleRole, .bold), glyphs: glyphs)
        }
    }
}
