/// A centred, framed box over the screen: help overlay, confirmations, error details.
///
/// It is clipped to the rectangle it is drawn in, so a screen smaller than the dialog
/// shows as much of it as fits.
public struct Dialog: Sendable {
    public var title: String
    /// Body text, one entry per row; rows that do not fit are left out.
    public var lines: [String]
    /// Button labels shown on the last inner row, e.g. ["Delete", "Cancel"].
    public var buttons: [String]
    /// The highlighted button, if any.
    public var selectedButton: Int?
    /// Style of the frame.
    public var role: ColorRole

    public init(title: String, lines: [String], buttons: [String] = [], selectedButton: Int? = nil, role: ColorRole = .border) {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.role = role
    }

    /// Text of one button as drawn.
    private func buttonText(_ label: String) -> String {
        "[ " + Sanitizer.clean(label) + " ]"
    }

    private var buttonRowWidth: Int {
        guard !buttons.isEmpty else { return 0 }
        return buttons.reduce(0) { $0 + DisplayWidth.of(buttonText($1)) } + 2 * (buttons.count - 1)
    }

    /// The size the dialog would like: content plus one column of padding inside the frame.
    public var preferredSize: (width: Int, height: Int) {
        let contentWidth = max(
            DisplayWidth.of(Sanitizer.clean(title)) + 4,
            lines.map { DisplayWidth.of(Sanitizer.clean($0)) }.max() ?? 0,
            buttonRowWidth)
        let contentHeight = lines.count + (buttons.isEmpty ? 0 : 2)
        return (contentWidth + 4, contentHeight + 2)
    }

    /// Where the dialog lands inside `rect`: centred and clipped.
    public func frame(in rect: Rect) -> Rect {
        let size = preferredSize
        return rect.centered(width: size.width, height: size.height)
    }

    /// Draws the dialog centred in `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        let frame = frame(in: rect)
        guard !frame.isEmpty else { return }
        buffer.fill(frame)
        let box = Box(title: title, role: role)
        box.render(into: &buffer, rect: frame, glyphs: glyphs)
        let content = box.innerRect(of: frame).inset(horizontal: 1, vertical: 0)
        guard !content.isEmpty else { return }
        // Buttons take the last row, with a blank row above them when there is room.
        let bodyRows = buttons.isEmpty ? content.height : max(0, content.height - (content.height >= 3 ? 2 : 1))
        for (offset, line) in lines.prefix(bodyRows).enumerated() {
            buffer.put(line, x: content.x, y: content.y + offset, maxWidth: content.width, glyphs: glyphs)
        }
        drawButtons(into: &buffer, content: content, glyphs: glyphs)
    }

    private func drawButtons(into buffer: inout ScreenBuffer, content: Rect, glyphs: GlyphSet) {
        guard !buttons.isEmpty, content.height >= 1 else { return }
        let y = content.maxY - 1
        var x = content.x + max(0, (content.width - buttonRowWidth) / 2)
        for (index, label) in buttons.enumerated() {
            let style = index == selectedButton ? CellStyle(.selection, .reverse) : CellStyle(.accent)
            let available = content.maxX - x
            guard available > 0 else { return }
            x += buffer.put(buttonText(label), x: x, y: y, maxWidth: available, style: style, glyphs: glyphs) + 2
        }
    }
}
