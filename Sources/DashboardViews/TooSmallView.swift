import TerminalUI

/// The notice shown when the terminal is smaller than the dashboard can lay out.
enum TooSmallView {
    static var message: String {
        "terminal too small (need \(DashboardView.minimumWidth)x\(DashboardView.minimumHeight))"
    }

    static func render(into buffer: inout ScreenBuffer) {
        guard buffer.width > 0, buffer.height > 0 else { return }
        let text = DisplayWidth.truncate(message, to: buffer.width, ellipsis: GlyphSet.ascii.ellipsis)
        let x = max(0, (buffer.width - DisplayWidth.of(text)) / 2)
        buffer.put(text, x: x, y: (buffer.height - 1) / 2, style: CellStyle(.warning), glyphs: .ascii)
    }
}
