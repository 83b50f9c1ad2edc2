import Foundation
import TerminalUI
import DashboardCore
import DashboardViews

/// The single-threaded UI loop: wait for a key, a published change (``WakePipe``) or the next
/// clock second, hand keys to the store, redraw when the published state changed or a second
/// ticked. Pollers run elsewhere and never touch ncurses.
@MainActor
struct MainLoop {
    let terminal: NcursesTerminal
    let store: DashboardStore
    let signals: SignalWatcher
    /// Runs `$EDITOR` for edits that ask for it.
    let editor: ExternalEditor
    /// Loads the theme `:theme NAME` asks for.
    let themes: ThemeSwitcher
    /// Rung by the store and the signal watcher while the loop waits for a key.
    let wake: WakePipe

    /// `switchContext`: `:ctx NAME` was asked for; the caller swaps the connection and runs the loop again.
    enum Exit { case quit, signal(Int32), terminalGone, switchContext(String) }

    static let minimumDataRedraw: Duration = .milliseconds(250)
    /// The longest wait for a key: a signal (which rings the wake pipe too) is seen within it anyway.
    static let longestWait: Duration = .seconds(1)

    /// Milliseconds to wait for a key: until the next clock second, or until a change not drawn
    /// yet may be drawn.
    static func wait(lastTick: Date, lastDraw: ContinuousClock.Instant, changed: Bool) -> Int32 {
        var wait = min(longestWait, .milliseconds(Int64(max(0, 1 - Date().timeIntervalSince(lastTick)) * 1000) + 1))
        if changed { wait = min(wait, max(.zero, lastDraw + minimumDataRedraw - ContinuousClock.now)) }
        // Rounded up: waking a fraction of a millisecond early would only go round the loop again.
        return Int32(wait.components.seconds * 1000 + (wait.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    func run() async -> Exit {
        var lastVersion: UInt64 = .max
        var lastTick = Date()
        var lastDraw = ContinuousClock.now - .seconds(1)
        var quickErrors = 0
        var editorRunsDone = 0
        var size = terminal.size
        await store.send(.resize(width: size.width, height: size.height))
        await store.observePublishing { wake.ring() }
        // The first frame goes out before any wait, even with nothing loaded yet.
        let opening = store.latest()
        lastVersion = opening.version
        // The first answers are drawn as they come, not a quarter second after this frame.
        lastDraw = ContinuousClock.now - Self.minimumDataRedraw
        terminal.draw(DashboardView.render(opening.state, width: size.width, height: size.height, glyphs: terminal.glyphs))
        while true {
            if let signal = signals.received { return .signal(signal) }
            let started = ContinuousClock.now
            // Rings for what this loop already saw (its own keys and ticks) are dropped here: a change
            // published before this shows in the version below, one after it rings again.
            wake.drain()
            let input = terminal.readKey(waitingAtMost: Self.wait(lastTick: lastTick, lastDraw: lastDraw,
                                                                  changed: store.latest().version != lastVersion), wake: wake)
            if input.gotError {
                // With stdin closed, poll(2) reports it at once and wget_wch fails, forever.
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
