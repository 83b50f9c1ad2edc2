import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Limits crossing 80, 90 and 100 % on their way up ring once each, and only when turned on.
final class LimitNotificationsTests: XCTestCase {
    func limit(used: Double) -> UsageLimit {
        UsageLimit(
            id: "l1", entityType: .team, entityId: "t", limitType: .tokenCost, limitValue: 100,
            modelUsage: [ModelUsage(model: "m", tokensIn: 1, tokensOut: 1, cost: used)])
    }

    func testCrossingsUpwardRingOnceEach() {
        var thresholds = LimitThresholds()
        var outbox = NotificationOutbox(isEnabled: true)
        func observe(_ used: Double, _ name: String) {
            thresholds.observe([limit(used: used)]) { _ in name }.forEach { outbox.push($0) }
        }
        observe(85, "team Support cost")
        XCTAssertEqual(outbox.pending, [], "the first poll only says where it stands")
        observe(89, "team Support cost")
        XCTAssertEqual(outbox.pending, [])
        observe(101, "team Support cost")
        XCTAssertEqual(outbox.pending.map(\.title), ["Usage limit at 100 %"], "90 is jumped over: the highest crossing is said")
        XCTAssertEqual(outbox.pending.first?.body, "team Support cost: 101% of its cap")
        outbox.acknowledge(upTo: outbox.pending[0].id)
        observe(120, "x")
        XCTAssertEqual(outbox.pending, [], "already over: nothing new")
        observe(5, "x")
        observe(81, "x")
        XCTAssertEqual(outbox.pending.map(\.title), ["Usage limit at 80 %"], "after a reset it rings again")
    }

    func testAPolledLimitThatCrossesIsNamedAsTheScreenNamesIt() {
        var state = CoreFixture.state(pane: .overview, width: 120, height: 40)
        state.notifications = NotificationOutbox(isEnabled: true)
        state.load(LimitsResource.source, [limit(used: 85)])
        XCTAssertEqual(state.notifications.pending, [])
        let effects = state.load(LimitsResource.source, [limit(used: 95)], at: CoreFixture.now.addingTimeInterval(1))
        let figures = LimitFigures(limit: limit(used: 95), state: state)
        XCTAssertFalse(figures.entityName.isEmpty)
        XCTAssertEqual(state.notifications.pending.map(\.body), ["\(figures.entityName) cost: 95% of its cap"])
        XCTAssertEqual(effects, [], "the reducer queues the notification itself; the store has nothing to do")
    }

    func testOffByDefault() {
        var state = CoreFixture.state(pane: .overview, width: 120, height: 40)
        state.load(LimitsResource.source, [limit(used: 10)])
        state.load(LimitsResource.source, [limit(used: 100)], at: CoreFixture.now.addingTimeInterval(1))
        XCTAssertEqual(state.notifications.pending, [])
        var outbox = NotificationOutbox()
        outbox.push(PendingNotification(title: "t", body: "b"))
        XCTAssertEqual(outbox.pending, [], "an outbox that is off drops what it is given")
    }

    func testThresholdsComeFromTheLimitsSlice() {
        var state = CoreFixture.state(pane: .overview, width: 120, height: 40)
        state.notifications = NotificationOutbox(isEnabled: true)
        state.slices[LimitsResource.slice].alerts = LimitThresholds(thresholds: [50])
        state.load(LimitsResource.source, [limit(used: 10)])
        state.load(LimitsResource.source, [limit(used: 60)], at: CoreFixture.now.addingTimeInterval(1))
        XCTAssertEqual(state.notifications.pending.map(\.title), ["Usage limit at 50 %"])
    }

    func testTheBytesAreABellAndTwoDesktopNotificationsWithoutInjectedControls() {
        let bytes = PendingNotification(id: 1, title: "Usage limit at 90 %", body: "team\u{1B}[2J X;y: 91% of its cap").terminalBytes
        XCTAssertTrue(bytes.hasPrefix("\u{07}\u{1B}]9;Usage limit at 90 %: team[2J Xy: 91% of its cap\u{07}"), bytes.debugDescription)
        XCTAssertTrue(bytes.hasSuffix("\u{1B}]777;notify;Usage limit at 90 %;team[2J Xy: 91% of its cap\u{07}"))
    }
}
