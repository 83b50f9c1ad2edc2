import Foundation
import TerminalUI
import DashboardCore
import DashboardViews

/// The single-threaded UI loop: read a key (100 ms timeout), hand it to the store, redraw when
/// the published state changed or a second ticked. Pollers run elsewhere and never touch ncurses.
@MainActor
struct MainLoop {
    let terminal: NcursesTerminal
    let store: DashboardStore
    let signals: SignalWatcher
    /// Runs `$EDITOR` for edits that ask for it.
    let editor: ExternalEditor
    /// Loads the theme `:theme NAME` asks for.
    let themes: ThemeSwitcher

    /// `switchContext`: `:ctx NAME` was asked for; the caller swaps the connection and runs the loop again.
    enum Exit { case quit, signal(Int32), terminalGone, switchContext(String) }

    static let minimumDataRedraw: Duration = .milliseconds(250)

    func run() async -> Exit {
        var lastVersion: UInt64 = .max
        var lastTick = Date()
        var lastDraw = ContinuousClock.now - .seconds(1)
        var quickErrors = 0
        var editorRunsDone = 0
        var size = terminal.size
        await store.send(.resize(width: size.width, height: size.height))
        // The first frame goes out before any wait, even with nothing loaded yet.
        let opening = store.latest()
        lastVersion = opening.version
        // The first answers are drawn as they come, not a quarter second after this frame.
        lastDraw = ContinuousClock.now - Self.minimumDataRedraw
        terminal.draw(DashboardView.render(opening.state, width: size.width, height: size.height, glyphs: terminal.glyphs))
        while true {
            if let signal = signals.received { return .signal(signal) }
            let started = ContinuousClock.now
            let input = terminal.readKey()
            if input.gotError {
                // With stdin closed, wget_wch fails at once forever; a real timeout takes ~100 ms.
                quickErrors = ContinuousClock.now - started < .milliseconds(20) ? quickErrors + 1 : 0
                if quickErrors >= 5 { return .terminalGone }
                if quickErrors > 0 { try? await Task.sleep(for: .milliseconds(50)) }
            } else {
                quickErrors = 0
            }
            if input.resized {
                size = terminal.size
                terminal.invalidate()
                await store.send(.resize(width: size.width, height: size.height))
            }
            if let key = input.key {
                await store.send(.key(key))
            }
            let answeringPerson = input.key != nil || input.resized
            let now = Date()
            if now.timeIntervalSince(lastTick) >= 1 {
                lastTick = now
                await store.send(.tick(now))
            }
            let snapshot = store.latest()
            if snapshot.state.shouldQuit { return .quit }
            if let name = snapshot.state.contexts.requested { return .switchContext(name) }
            if let name = snapshot.state.themes.requested {
                switch themes.load(name) {
                case .success(let theme):
                    terminal.apply(theme, colorAllowed: themes.colorAllowed)
                    terminal.invalidate()
                    await store.send(.themeSwitched(name: name, failure: nil))
                case .failure(let failure):
                    await store.send(.themeSwitched(name: name, failure: failure.description))
                }
                continue
            }
            // Poll results arrive one source at a time: draw them together, at most 4 times a second;
            // keys and resizes are drawn at once.
            if snapshot.version != lastVersion, answeringPerson || ContinuousClock.now - lastDraw >= Self.minimumDataRedraw {
                lastVersion = snapshot.version
                lastDraw = ContinuousClock.now
                let current = terminal.size
                if current.width != size.width || current.height != size.height {
                    size = current
                    terminal.invalidate()
                    await store.send(.resize(width: size.width, height: size.height))
                }
                let frame = DashboardView.render(snapshot.state, width: size.width, height: size.height, glyphs: terminal.glyphs)
                terminal.draw(frame)
            }
            // Limits that crossed a threshold ring once each (only when notifications are on).
            if let last = snapshot.state.notifications.pending.last {
                snapshot.state.notifications.pending.forEach { terminal.emit($0.terminalBytes) }
                await store.send(.notified(upTo: last.id))
            }
            // An edit asked for `$EDITOR`: only this loop may hand the terminal over.
            if let request = snapshot.state.pendingExternalEdit, request.run > editorRunsDone {
                editorRunsDone = request.run
                let outcome = terminal.suspended { editor.edit(request.document, fileStem: request.fileStem) }
                await store.send(.edited(.externalEditorClosed(run: request.run, text: outcome.text, failure: outcome.failure)))
                lastVersion = .max
            }
        }
    }
}
