import Foundation
import Synchronization

/// A self-pipe that wakes the UI loop out of its wait for a key: a new state to draw, a signal.
/// Without it the loop would have to look every 100 ms whether anything changed (ten wake-ups a
/// second on an idle screen); with it the loop sleeps until a key, a change or the next clock tick.
final class WakePipe: Sendable {
    /// Read end (polled by the UI loop), write end (rung from any thread); -1 if the pipe could not be made.
    let readEnd: Int32
    private let writeEnd: Int32
    /// Whether new data should wake the loop; a console left alone draws it on its next clock tick instead.
    private let wantsData = Atomic<Bool>(true)

    /// One per console, made where the UI loop starts; the store and the signal watcher ring it.
    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            // Neither end blocks (a full pipe already wakes the loop) and neither is handed to `$EDITOR`.
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Wakes the loop; rings that are not yet read fold into one (a full pipe already wakes it).
    func ring() {
        guard writeEnd >= 0 else { return }
        var byte: UInt8 = 1
        _ = Foundation.write(writeEnd, &byte, 1)
    }

    /// Rung by the store for each published change: wakes the loop only while it draws answers as they come.
    func ringForData() {
        if wantsData.load(ordering: .relaxed) { ring() }
    }

    /// Set by the loop before each wait: true shortly after a key, false when nobody is at the keyboard.
    func wakeForData(_ wanted: Bool) {
        wantsData.store(wanted, ordering: .relaxed)
    }

    /// Empties the pipe after a wake-up, so the next wait blocks again.
    func drain() {
        guard readEnd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while Foundation.read(readEnd, &buffer, buffer.count) > 0 {}
    }
}
