import Foundation
import XCTest
@testable import ArchestraAPI

final class LimitDecodingTests: XCTestCase {
    func testLimitsListWithUsedCost() throws {
        let limits = try Fixture.decode([UsageLimit].self, from: "limits-list")
        XCTAssertEqual(limits.count, 4)

        let org = limits[0]
        XCTAssertEqual(org.entityType, .organization)
        XCTAssertEqual(org.limitType, .tokenCost)
        XCTAssertEqual(org.limitValue, 5000)
        XCTAssertNil(org.model)
        XCTAssertEqual(org.cleanupInterval, .calendarMonth)
        XCTAssertEqual(org.labels, [Label(key: "budget", value: "monthly")])
        XCTAssertEqual(org.modelUsage?.count, 3)
        XCTAssertEqual(
            org.modelUsage?.first, ModelUsage(model: "claude-sonnet-4-5", tokensIn: 48_211_930, tokensOut: 3_120_475, cost: 191.44))
        XCTAssertEqual(try XCTUnwrap(org.usedCost), 209.68, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(org.usedFraction), 209.68 / 5000, accuracy: 1e-12)
        XCTAssertNotNil(org.lastCleanupDate)

        let team = limits[1]
        XCTAssertEqual(team.model, ["claude-sonnet-4-5", "claude-haiku-4-5"])
        XCTAssertEqual(team.cleanupInterval, .week)
        XCTAssertEqual(try XCTUnwrap(team.usedCost), 53.44, accuracy: 1e-9)

        let tool = limits[2]
        XCTAssertEqual(tool.limitType, .toolCalls)
        XCTAssertEqual(tool.mcpServerName, "github")
        XCTAssertEqual(tool.toolName, "search_issues")
        XCTAssertEqual(tool.modelUsage, [])
        XCTAssertNil(tool.usedCost, "call-count limits expose no spend")

        let user = limits[3]
        XCTAssertEqual(user.entityType, .user)
        XCTAssertEqual(user.cleanupInterval, .calendarWeekMonday)
        XCTAssertEqual(try XCTUnwrap(user.usedCost), 0.16, accuracy: 1e-9)
    }

    func testTokenCostLimitWithEmptyUsageHasZeroSpend() throws {
        let limit = try Fixture.decode(UsageLimit.self, literal: #"{"id":"l","limitType":"token_cost","limitValue":10,"modelUsage":[]}"#)
        XCTAssertEqual(limit.usedCost, 0)
        XCTAssertEqual(limit.usedFraction, 0)
    }

    func testUnknownEntityTypeAndIntervalSurvive() throws {
        let limit = try Fixture.decode(
            UsageLimit.self, literal: #"{"id":"l","entityType":"galaxy","cleanupInterval":"fortnight","limitValue":"12"}"#)
        XCTAssertEqual(limit.entityType.rawValue, "galaxy")
        XCTAssertFalse(limit.entityType.isKnown)
        XCTAssertEqual(limit.cleanupInterval?.rawValue, "fortnight")
        XCTAssertNil(limit.cleanupInterval?.rollingWindow)
        XCTAssertEqual(limit.limitValue, 12)
    }

    func testCleanupIntervalRollingWindows() {
        XCTAssertEqual(CleanupInterval.oneHour.rollingWindow, 3_600)
        XCTAssertEqual(CleanupInterval.week.rollingWindow, 604_800)
        XCTAssertNil(CleanupInterval.calendarMonth.rollingWindow)
        XCTAssertEqual(CleanupInterval.knownValues.count, 9)
    }
}
