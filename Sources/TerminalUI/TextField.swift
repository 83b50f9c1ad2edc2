/// Draws a `TextInput` on one row: underlined field, cursor in reverse video when focused,
/// placeholder when empty, and masking for secrets such as API keys.
public struct TextField: Sendable {
    public var input: TextInput
    public var placeholder: String
    public var isFocused: Bool
    /// Shows one mask glyph per character instead of the text.
    public var isSecret: Bool

    public init(input: TextInput, placeholder: String = "", isFocused: Bool = false, isSecret: Bool = false) {
        self.input = input
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.isSecret = isSecret
    }

    /// The text as shown (masked for secrets).
    public func displayedText(glyphs: GlyphSet) -> String {
        isSecret ? String(repeating: glyphs.bullet, count: input.text.count) : input.text
    }

    /// Column of the cursor relative to the field's left edge when drawn `width` wide.
    public func cursorColumn(width: Int, glyphs: GlyphSet) -> Int {
        input.visiblePart(of: displayedText(glyphs: glyphs), width: width).cursorColumn
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let fieldStyle = isFocused ? CellStyle(.accent, .underline) : CellStyle(.normal, .underline)
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row, style: fieldStyle)
        if input.text.isEmpty, !placeholder.isEmpty {
            buffer.put(placeholder, x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(.muted, .underline), glyphs: glyphs)
        } else {
            let visible = input.visiblePart(of: displayedText(glyphs: glyphs), width: rect.width)
            buffer.put(visible.text, x: rect.x, y: rect.y, maxWidth: rect.width, style: fieldStyle, glyphs: glyphs, overflow: .clip)
        }
        if isFocused {
            let column = cursorColumn(width: rect.width, glyphs: glyphs)
            buffer.addAttributes(.reverse, in: Rect(x: rect.x + column, y: rect.y, width: 1, height: 1))
        }
    }
}
