import Foundation
import Synchronization

/// Lets the sleeping scheduler be woken early (by `r`, a pane switch, a changed filter or an
/// answer) without polling a flag: it waits on this or on its clock, whichever comes first.
public final class WakeSignal: Sendable {
    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Void, Never>
    }
    private struct Slot {
        var pending = false
        var waiter: Waiter?
        var nextID: UInt64 = 0
    }
    private let slot = Mutex(Slot())

    public init() {}

    /// Wakes the current waiter, or the next one if nobody waits right now.
    public func signal() {
        let waiter = slot.withLock { slot -> Waiter? in
            if let waiter = slot.waiter {
                slot.waiter = nil
                return waiter
            }
            slot.pending = true
            return nil
        }
        waiter?.continuation.resume()
    }

    /// Returns after `signal()` or once `clock` reaches `deadline` (never without a deadline),
    /// whichever is first; also on cancellation.
    public func wait(until deadline: MonotonicClock.Instant?, on clock: MonotonicClock) async {
        if slot.withLock({ slot in
            defer { slot.pending = false }
            return slot.pending
        }) {
            return
        }
        await withTaskGroup(of: Void.self) { group in
            if let deadline {
                group.addTask { try? await clock.sleep(until: deadline) }
            }
            group.addTask { await self.waitForSignal() }
            await group.next()
            group.cancelAll()
        }
    }

    private func waitForSignal() async {
        let id = slot.withLock { slot -> UInt64 in
            slot.nextID += 1
            return slot.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = slot.withLock { slot -> Bool in
                    if slot.pending || Task.isCancelled {
                        slot.pending = false
                        return true
                    }
                    slot.waiter = Waiter(id: id, continuation: continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = slot.withLock { slot -> Waiter? in
                guard let waiter = slot.waiter, waiter.id == id else { return nil }
                slot.waiter = nil
                return waiter
            }
            waiter?.continuation.resume()
        }
    }
}
