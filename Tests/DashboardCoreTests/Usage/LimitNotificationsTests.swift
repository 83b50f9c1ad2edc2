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
        var notifications = LimitNotifications(isEnabled: true)
        notifications.observe([limit(used: 85)]) { _ in "team Support cost" }
        XCTAssertEqual(notifications.pending, [], "the first poll only says where it stands")
        notifications.observe([limit(used: 89)]) { _ in "team Support cost" }
        XCTAssertEqual(notifications.pending, [])
        notifications.observe([limit(used: 101)]) { _ in "team Support cost" }
        XCTAssertEqual(notifications.pending.map(\.title), ["Usage limit at 100 %"], "90 is jumped over: the highest crossing is said")
        XCTAssertEqual(notifications.pending.first?.body, "team Support cost: 101% of its cap")
        notifications.acknowledge(upTo: notifications.pending[0].id)
        notifications.observe([limit(used: 120)]) { _ in "x" }
        XCTAssertEqual(notifications.pending, [], "already over: nothing new")
        notifications.observe([limit(used: 5)]) { _ in "x" }
        notifications.observe([limit(used: 81)]) { _ in "x" }
        XCTAssertEqual(notifications.pending.map(\.title), ["Usage limit at 80 %"], "after a reset it rings again")
    }

    func testAPolledLimitThatCrossesIsNamedAsTheScreenNamesIt() {
        var state = CoreFixture.state(pane: .overview, width: 120, height: 40)
        state.notifications = LimitNotifications(isEnabled: true)
        state.load(LimitsResource.source, [limit(used: 85)])
        XCTAssertEqual(state.notifications.pending, [])
        state.load(LimitsResource.source, [limit(used: 95)], at: CoreFixture.now.addingTimeInterval(1))
        let figures = LimitFigures(limit: limit(used: 95), state: state)
        XCTAssertFalse(figures.entityName.isEmpty)
        XCTAssertEqual(state.notifications.pending.map(\.body), ["\(figures.entityName) cost: 95% of its cap"])
    }

    func testOffByDefault() {
        var notifications = LimitNotifications()
        notifications.observe([limit(used: 10)]) { _ in "x" }
        notifications.observe([limit(used: 100)]) { _ in "x" }
        XCTAssertEqual(notifications.pending, [])
    }

    func testTheBytesAreABellAndTwoDesktopNotificationsWithoutInjectedControls() {
        let bytes = LimitNotification(id: 1, title: "Usage limit at 90 %", body: "team\u{1B}[2J X;y: 91% of its cap").terminalBytes
        XCTAssertTrue(bytes.hasPrefix("\u{07}\u{1B}]9;Usage limit at 90 %: team[2J Xy: 91% of its cap\u{07}"), bytes.debugDescription)
        XCTAssertTrue(bytes.hasSuffix("\u{1B}]777;notify;Usage limit at 90 %;team[2J Xy: 91% of its cap\u{07}"))
    }
}
