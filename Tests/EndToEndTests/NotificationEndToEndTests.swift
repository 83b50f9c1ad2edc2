import Foundation
import XCTest
import ArchestraAPI

/// Issue 11: a usage limit crossing a threshold rings the bell and sends a desktop notification, only
/// with `--notify`. tmux records a bell from a detached session's window as `window_bell_flag`.
final class NotificationEndToEndTests: XCTestCase {
    /// Lowers the cap of a limit with usage below 80 % so that it is over 100 % at the next poll.
    func pushALimitOverItsCap(_ fixture: SimulatorFixture) async throws -> UsageLimit {
        let limits = try await fixture.client.limits()
        guard let limit = limits.first(where: { ($0.usedFraction ?? 1) < 0.8 && ($0.usedCost ?? 0) > 0 }),
            let used = limit.usedCost
        else {
            throw XCTSkip("the simulator holds no limit under 80 % with usage")
        }
        _ = try await fixture.client.updateLimit(id: limit.id, body: .object(["limitValue": .number(used / 2)]))
        return limit
    }

    func testACrossingRingsOnceWithNotify() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console(extraArguments: "--notify")
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-")
        try await Task.sleep(for: .seconds(1))
        XCTAssertEqual(try session.display("#{window_bell_flag}"), "0\n", "the first poll only sets where limits stand")
        _ = try await pushALimitOverItsCap(fixture)
        try session.waitFor("the bell rang") { _ in (try? session.display("#{window_bell_flag}")) == "1\n" }
        await fixture.shutdown()
    }

    func testNoBellWithoutNotify() async throws {
        let fixture = try await SimulatorFixture()
        let session = try fixture.console()
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("7")
        try session.waitFor(text: "Usage Limits 1-")
        _ = try await pushALimitOverItsCap(fixture)
        // Its cap is now half its usage: once the pane shows 200 %, the console has seen the crossing.
        try session.waitFor(text: "200%")
        XCTAssertEqual(try session.display("#{window_bell_flag}"), "0\n", "a console never rings by itself")
        await fixture.shutdown()
    }
}
