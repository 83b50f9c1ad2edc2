import Foundation
import CNcursesw
import TerminalUI
import DashboardCore

/// The only code that talks to ncurses. It lives on the main thread alone: ncurses is not thread-safe.
final class NcursesTerminal {
    enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unsupportedTerminal(String)

        var description: String {
            switch self {
            case .notATerminal:
                "archestra-tui needs an interactive terminal (stdin and stdout must be a TTY)."
            case .unsupportedTerminal(let name):
                "The terminal type '\(name)' is unknown or cannot address the cursor. Set TERM to a real terminal type, e.g. TERM=xterm-256color."
            }
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var palette: TerminalPalette
    private var previous: ScreenBuffer?
    private var ended = false
    let glyphs: GlyphSet

    /// Sets the locale, checks TERM and opens the screen. `newterm` (unlike `initscr`) returns
    /// NULL for an unknown TERM instead of exiting, so the caller can print a clear error.
    init(theme: Theme, colorAllowed: Bool) throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { throw StartError.unsupportedTerminal(term.isEmpty ? "(unset)" : term) }
        guard let screen = newterm(nil, shim_stdout(), shim_stdin()) else { throw StartError.unsupportedTerminal(term) }
        self.screen = screen
        guard let window = shim_stdscr() else {
            endwin()
            throw StartError.unsupportedTerminal(term)
        }
        self.window = window
        glyphs = GlyphSet.forCodeset(String(cString: shim_codeset()))
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        // How long a lone Escape waits to be told from the start of an arrow key's sequence: the time Esc
        // takes to show. Terminals send a sequence in one write, so 10 ms is plenty even over SSH;
        // ncurses' own ESCDELAY variable, when set, wins.
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(10) }
        // Never blocks in ncurses: `readKey` waits in poll(2), on the keyboard and the wake pipe together.
        wtimeout(window, 0)
        // No look at the keyboard in the middle of an update (ncurses flushes what it has before each look,
        // to drop the rest of the update when a key waits): our frames take well under a millisecond.
        typeahead(-1)
        // ncurses 6.4 (Debian 12) flushes after every cursor move until the screen has once been left and
        // resumed, so each frame went out as a write per changed row (about ten a second on an idle
        // overview, sixty for the first frame; each a packet over SSH). Leaving and resuming here, before
        // anything is drawn and before colours start (so leaving does not reset the terminal's palette),
        // makes it send a whole update in one write from the first frame on.
        def_prog_mode()
        endwin()
        reset_prog_mode()
        doupdate()
        let useColor = colorAllowed && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        palette = TerminalPalette(theme: useColor ? theme : .monochrome, colorEnabled: useColor)
    }

    var size: (width: Int, height: Int) {
        (Int(shim_getmaxx(window)), Int(shim_getmaxy(window)))
    }

    /// Waits up to `timeout` milliseconds for a key, and less when `wake` rings (see ``WakePipe``).
    /// A key ncurses already holds (several typed at once) comes back without waiting. Returns no
    /// key on timeout or wake-up; `gotError` only when the terminal said it had input but ncurses
    /// could read none (closed stdin fails like that at once, every time).
    func readKey(waitingAtMost timeout: Int32, wake: WakePipe) -> (key: KeyPress?, resized: Bool, gotError: Bool) {
        let held = readKeyNow()
        if held.key != nil || held.resized { return held }
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, wake.readEnd >= 0 ? 2 : 1, max(0, timeout))
        if fds[1].revents != 0 { wake.drain() }
        // A resize (SIGWINCH) interrupts the wait: ncurses then reports KEY_RESIZE.
        let interrupted = ready < 0
        guard interrupted || fds[0].revents != 0 else { return (nil, false, false) }
        let read = readKeyNow()
        return interrupted && read.gotError ? (nil, false, false) : read
    }

    /// One `wget_wch` that does not wait (but for the rest of an escape sequence, `set_escdelay`).
    private func readKeyNow() -> (key: KeyPress?, resized: Bool, gotError: Bool) {
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == shim_err() { return (nil, false, true) }
        if status == shim_key_code_yes(), Int32(code) == shim_key_resize() { return (nil, true, false) }
        if status == shim_key_code_yes(), Int32(code) == shim_key_mouse() {
            var x: Int32 = 0
            var y: Int32 = 0
            switch shim_mouse_event(&x, &y) {
            case 1: return (.mouse(MouseEvent(.click, x: Int(x), y: Int(y))), false, false)
            case 4: return (.mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y))), false, false)
            case 5: return (.mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y))), false, false)
            default: return (nil, false, false)
            }
        }
        return (KeyDecoder.decode(status: status, code: UInt32(code)), false, false)
    }

    /// Copies only the cells that changed since the last frame; ncurses then sends its own minimal diff.
    /// Returns whether anything on screen changed.
    @discardableResult
    func draw(_ buffer: ScreenBuffer) -> Bool {
        let runs = buffer.changedRuns(since: previous)
        if previous == nil || previous?.width != buffer.width || previous?.height != buffer.height {
            werase(window)
        }
        let lastColumn = buffer.width - 1
        let lastRow = buffer.height - 1
        for run in runs {
            var text = run.text
            // Writing the bottom-right cell scrolls or returns ERR: leave it out.
            if run.y == lastRow, run.x + DisplayWidth.of(text) > lastColumn {
                text = DisplayWidth.truncate(text, to: max(0, lastColumn - run.x), ellipsis: "")
            }
            guard !text.isEmpty else { continue }
            _ = text.withCString { pointer in
                shim_put_text(
                    window, Int32(run.y), Int32(run.x), pointer,
                    palette.attributes(for: run.style), palette.pair(for: run.style))
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
        return !runs.isEmpty
    }

    /// Colours from another theme, from the next frame on (`:theme NAME`).
    func apply(_ theme: Theme, colorAllowed: Bool) {
        let useColor = colorAllowed && has_colors()
        palette = TerminalPalette(theme: useColor ? theme : .monochrome, colorEnabled: useColor)
        previous = nil
    }

    /// Mouse clicks and the wheel become keys (`--mouse`); off by default so the terminal keeps its own selection.
    func enableMouse() {
        shim_enable_mouse()
    }

    /// Sends bytes the screen model does not know about (a bell, desktop-notification escapes), after a frame.
    func emit(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Hands the terminal to another program (an editor) and takes it back afterwards.
    func suspended<Result>(_ body: () -> Result) -> Result {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        previous = nil
        werase(window)
        wnoutrefresh(window)
        doupdate()
        return result
    }

    /// Forgets the last frame, e.g. after a resize, so the next one is drawn whole.
    func invalidate() {
        previous = nil
    }

    /// Restores the terminal. Safe to call twice.
    func end() {
        guard !ended else { return }
        ended = true
        endwin()
        delscreen(screen)
    }

    deinit { end() }
}
