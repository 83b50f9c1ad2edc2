import Foundation
import TerminalUI
import DashboardCore
import DashboardViews

/// The single-threaded UI loop: wait for a key, a published change (``WakePipe``) or the next
/// clock second, hand keys to the store, redraw as ``FramePacing`` says. Pollers run elsewhere and
/// never touch ncurses.
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
    enum Exit {
        case quit
        case signal(Int32)
        case terminalGone
        case switchContext(String)
    }

    func run() async -> Exit {
        var lastVersion: UInt64 = .max
        // Monotonic: a wall clock stepped back must not stop the ticks, which draw an idle console's answers.
        var lastTick = ContinuousClock.now
        var lastGaveBack = lastTick
        var pacing = FramePacing(startedAt: .now)
        var quickErrors = 0
        var editorRunsDone = 0
        var size = terminal.size
        await store.send(.resize(width: size.width, height: size.height))
        await store.observePublishing { wake.ringForData() }
        // The first frame goes out before any wait, even with nothing loaded yet.
        let opening = store.latest()
        lastVersion = opening.version
        terminal.draw(DashboardView.render(opening.state, width: size.width, height: size.height, glyphs: terminal.glyphs))
        while true {
            if let signal = signals.received { return .signal(signal) }
            let started = ContinuousClock.now
            // Left alone, new answers need not wake the loop: the tick draws them.
            wake.wakeForData(pacing.isAttentive(at: started))
            // Rings for what this loop already saw (its own keys and ticks) are dropped here: a change
            // published before this shows in the version below, one after it rings again.
            wake.drain()
            let untilTick = lastTick + .seconds(1) - started
            let wait = pacing.waitMilliseconds(untilTick: untilTick, changed: store.latest().version != lastVersion, at: started)
            let input = terminal.readKey(waitingAtMost: wait, wake: wake)
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
            if answeringPerson { pacing.personActed(at: .now) }
            var ticked = false
            if ContinuousClock.now - lastTick >= .seconds(1) {
                lastTick = .now
                ticked = true
                await store.send(.tick(Date()))
                if lastTick - lastGaveBack >= FreedMemory.interval {
                    lastGaveBack = lastTick
                    FreedMemory.giveBack()
                }
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
            if snapshot.version != lastVersion, pacing.shouldDraw(answeringPerson: answeringPerson, ticked: ticked, at: .now) {
                lastVersion = snapshot.version
                let current = terminal.size
                if current.width != size.width || current.height != size.height {
                    size = current
                    terminal.invalidate()
                    await store.send(.resize(width: size.width, height: size.height))
                }
                let frame = DashboardView.render(snapshot.state, width: size.width, height: size.height, glyphs: terminal.glyphs)
                // A frame that changed nothing on screen does not hold the next answers back.
                if terminal.draw(frame) { pacing.drew(at: .now) }
            }
            // What resources asked to ring (limits crossing a threshold) rings once each, when notifications are on.
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
