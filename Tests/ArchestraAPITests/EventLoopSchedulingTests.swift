import XCTest
import NIOCore
@testable import ArchestraAPI

/// Tasks and sleeps kept on the networking event loop instead of Swift's pool and libdispatch's timers.
final class EventLoopSchedulingTests: XCTestCase {
    actor Probe {
        func isOnLoop(_ loop: any EventLoop) -> Bool { loop.inEventLoop }
    }

    func testATaskPreferringTheNetworkingExecutorRunsOnItsLoop() async {
        let executor = EventLoopTaskExecutor.networking
        let onLoop = await Task.detached(executorPreference: executor) { executor.loop.inEventLoop }.value
        XCTAssertTrue(onLoop)
        let elsewhere = await Task.detached { executor.loop.inEventLoop }.value
        XCTAssertFalse(elsewhere, "a task without the preference stays on Swift's pool")
    }

    func testAnActorCalledFromSuchATaskRunsOnTheLoopToo() async {
        let executor = EventLoopTaskExecutor.networking
        let probe = Probe()
        let afterSuspending = await Task.detached(executorPreference: executor) { () -> Bool in
            try? await Task.sleep(for: .milliseconds(5))
            return await probe.isOnLoop(executor.loop)
        }.value
        XCTAssertTrue(afterSuspending, "the store, a default actor, runs where the request's task prefers")
    }

    func testASleepEndsAtItsDeadline() async throws {
        let clock = EventLoopClock()
        let start = clock.now
        try await clock.sleep(until: start.advanced(by: .milliseconds(40)))
        XCTAssertGreaterThanOrEqual(start.duration(to: clock.now), .milliseconds(40))
        // A deadline already past returns at once, without a timer.
        try await clock.sleep(until: start)
    }

    func testACancelledSleepThrowsAtOnceInsteadOfRunningOut() async {
        let clock = EventLoopClock()
        let start = clock.now
        let sleeper = Task { () -> Bool in
            do {
                try await clock.sleep(until: clock.now.advanced(by: .seconds(30)))
                return false
            } catch is CancellationError {
                return true
            } catch {
                return false
            }
        }
        try? await Task.sleep(for: .milliseconds(20))
        sleeper.cancel()
        let threwCancellation = await sleeper.value
        XCTAssertTrue(threwCancellation)
        XCTAssertLessThan(start.duration(to: clock.now), .seconds(10), "the 30 s timer was removed, not waited out")
    }

    func testASleepInACancelledTaskThrows() async {
        let clock = EventLoopClock()
        let task = Task { () -> Bool in
            withUnsafeCurrentTask { $0?.cancel() }
            do { try await clock.sleep(until: clock.now.advanced(by: .seconds(30))) } catch { return error is CancellationError }
            return false
        }
        let threw = await task.value
        XCTAssertTrue(threw)
    }
}
