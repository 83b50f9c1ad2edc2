import Foundation
import Synchronization

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP end `logs` quietly: the first one calls the action given to
/// ``whenReceived(_:)`` (the command cancels its work, finishes the line it is writing and exits 0); should
/// that not end it within `grace`, or should a second signal come, the process exits 0 at once. SIGPIPE is
/// ignored, so a closed stdout is an `EPIPE` the writer tells apart.
final class StopSignals {
    private let sources: [any DispatchSourceSignal]
    private let state = State()
    private static let queue = DispatchQueue(label: "archestra-tui.logs.signals")

    private final class State: Sendable {
        let count = Atomic<Int>(0)
        let action = Mutex<(@Sendable () -> Void)?>(nil)
    }

    /// Catches the signals from now on.
    init(grace: Duration = .seconds(3)) {
        signal(SIGPIPE, SIG_IGN)
        let state = self.state
        let graceMilliseconds = Int(grace.components.seconds) * 1000
        sources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: Self.queue)
            source.setEventHandler {
                guard state.count.add(1, ordering: .relaxed).newValue == 1 else { _exit(0) }
                state.action.withLock { $0 }?()
                Self.queue.asyncAfter(deadline: .now() + .milliseconds(graceMilliseconds)) { _exit(0) }
            }
            source.resume()
            return source
        }
    }

    /// What the first signal does; at once if one came already.
    func whenReceived(_ action: @escaping @Sendable () -> Void) {
        state.action.withLock { $0 = action }
        if received { action() }
    }

    /// Whether a signal asked to stop.
    var received: Bool { state.count.load(ordering: .relaxed) > 0 }

    deinit {
        for source in sources { source.cancel() }
    }
}
