import DashboardCore
import TerminalUI

/// What every part of the screen needs while drawing one frame.
struct RenderContext {
    let state: AppState
    let glyphs: GlyphSet

    var isASCII: Bool { !glyphs.usesBraille }

    /// The warning sign, or "!" when only ASCII can be drawn.
    var warningSign: String { isASCII ? "!" : "⚠" }

    /// "≥", or ">=" in ASCII.
    var atLeast: String { isASCII ? ">=" : "≥" }

    /// A separator between header and title segments.
    var separator: String { isASCII ? " | " : " · " }

    /// "3s ago" for a source, nil when it never loaded.
    func age(_ status: SourceStatus) -> String? {
        status.updatedAt.map { NumberFormat.age(since: $0, now: state.now) }
    }
}

extension RenderContext {
    /// Our own wording, folded to ASCII when the terminal needs it.
    func text(_ wording: String) -> String {
        isASCII ? AsciiText.fold(wording) : wording
    }
}
