import Foundation
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP (SSH hang-up) into a flag the main loop checks every turn,
/// so the terminal is always restored by the normal exit path.
final class SignalWatcher {
    /// Shared with the signal handlers, which run on a dispatch queue.
    private final class Flag: Sendable {
        let value = Atomic<Int32>(0)
    }
    private let stop = Flag()
    private let sources: [any DispatchSourceSignal]
    private static let queue = DispatchQueue(label: "archestra-tui.signals")

    /// - Parameter wake: rung on a signal, so a UI loop asleep waiting for a key sees it at once.
    init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP], wake: WakePipe) {
        var sources: [any DispatchSourceSignal] = []
        let flag = stop
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: Self.queue)
            source.setEventHandler {
                flag.value.store(number, ordering: .relaxed)
                wake.ring()
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// The signal that asked us to stop, or nil.
    var received: Int32? {
        let value = stop.value.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
