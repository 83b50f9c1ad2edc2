import Foundation
import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Issue 21, item 14: a limit at 99.72 % is not shown as full anywhere the figure is rounded, and JSON keeps it exact.
final class LimitPercentNearCapTests: XCTestCase {
    /// $997.20 of $1000: 99.72 %.
    let nearlyFull = UsageLimit(
        id: "l-near", entityType: .organization, entityId: "org", limitType: .tokenCost, limitValue: 1000,
        cleanupInterval: CleanupInterval(rawValue: "calendar_month"),
        modelUsage: [ModelUsage(model: "m", cost: 997.2)])

    func state(pane: Pane) -> AppState {
        var state = CoreFixture.state(pane: pane)
        state.limits.succeed([nearlyFull], at: CoreFixture.now)
        state.refreshDerived()
        return state
    }

    func testTheLimitsTableAndItsExportsRoundDownButJSONIsExact() throws {
        let state = state(pane: .limits)
        let table = try XCTUnwrap(state.visibleTable)
        XCTAssertEqual(table.row(at: 0)?.cells[4], "99%")
        let export = TableExport(name: "limits", table: table)
        XCTAssertTrue(export.text.contains("99%"), export.text)
        XCTAssertFalse(export.text.contains("100%"), export.text)
        XCTAssertFalse(export.csv.contains("100%") || export.csv.contains("1.0000"), export.csv)
        XCTAssertTrue(export.csv.contains(",99%,0.9972,"), export.csv)
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.json.utf8)) as? [[String: String]])
        XCTAssertEqual(objects.first?["Pct"], "99.72%")
        XCTAssertEqual(objects.first?["Gauge"], "0.9972")
    }

    func testTheOverviewSnapshotTableRoundsDownButJSONIsExact() {
        var state = CoreFixture.state(pane: .overview)
        var fuller = nearlyFull
        fuller.modelUsage = [ModelUsage(model: "m", cost: 999.96)]
        state.limits.succeed([fuller], at: CoreFixture.now)
        state.refreshDerived()
        let export = Snapshot.table(of: state, rows: [])
        XCTAssertEqual(export.rows.last, ["limit Organization cost", "99.9%"], "99.996 % is not 100.0 %")
        XCTAssertFalse(export.text.contains("100.0%") || export.csv.contains("100.0%"), export.text)
        XCTAssertTrue(export.json.contains("99.996%"), export.json)
    }
}
