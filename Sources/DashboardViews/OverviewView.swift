import DashboardCore
import TerminalUI

/// Pane 1: totals, savings, charts over time, live rates and the usage limits.
enum OverviewView {
    static func render(_ context: RenderContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("Overview", x: rect.x, y: rect.y, style: CellStyle(.title, .bold), glyphs: context.glyphs)
    }
}
