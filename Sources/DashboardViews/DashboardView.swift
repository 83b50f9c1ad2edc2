import DashboardCore
import TerminalUI

/// The whole screen as a pure function of the state and the terminal size.
public enum DashboardView {
    /// Narrowest terminal the dashboard lays out for; below it a notice is shown instead.
    public static let minimumWidth = 60
    /// Shortest terminal the dashboard lays out for.
    public static let minimumHeight = 16

    /// Draws the whole screen for a state.
    ///
    /// Pure: no I/O and no clock (ages are measured against `state.now`). Never crashes,
    /// whatever the size, including 0x0.
    public static func render(_ state: AppState, width: Int, height: Int, glyphs: GlyphSet) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard buffer.width >= minimumWidth, buffer.height >= minimumHeight else {
            TooSmallView.render(into: &buffer)
            return buffer
        }
        let context = RenderContext(state: state, glyphs: glyphs)
        let (header, rest) = buffer.bounds.splitTop(rows: ScreenLayout.headerRows)
        let (body, footer) = rest.splitBottom(rows: ScreenLayout.footerRows)
        HeaderView.render(context, into: &buffer, rect: header)
        BodyView.render(context, into: &buffer, rect: body)
        FooterView.render(context, into: &buffer, rect: footer)
        if state.ui.mode == .help {
            HelpOverlay.render(context, into: &buffer, rect: body)
        }
        if case .command(let text) = state.ui.mode {
            PaletteView.render(context, into: &buffer, rect: body, text: text)
        }
        return buffer
    }
}
