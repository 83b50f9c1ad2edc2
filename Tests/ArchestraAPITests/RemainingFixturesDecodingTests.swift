import Foundation
import XCTest
@testable import ArchestraAPI

/// The example payloads of endpoints the panes do not poll (yet) decode too, with exact values.
final class RemainingFixturesDecodingTests: XCTestCase {
    func testUserStatisticsPage() throws {
        let page = try Page<UserStatistics>(envelope: Fixture.json("statistics-users"))
        XCTAssertEqual(page.data.count, 3)
        XCTAssertEqual(page.pagination.total, 3)
        XCTAssertEqual(page.data[0].userName, "Dana Whitfield")
        XCTAssertEqual(page.data[0].billedCost, 18.2)
        XCTAssertEqual(page.data[0].models.first?.model, "claude-sonnet-4-5")
    }

    func testMyStatistics() throws {
        let me = try UserStatistics(json: Fixture.json("statistics-me"))
        XCTAssertNil(me.userId)
        XCTAssertEqual(me.requests, 1211)
        XCTAssertEqual(me.billedCost, 18.2)
        XCTAssertEqual(me.models.count, 2)
        XCTAssertEqual(me.timeSeries.count, 4)
        XCTAssertEqual(me.activeDays, 1)
    }

    func testMyBreakdown() throws {
        let breakdown = try UsageBreakdown(json: Fixture.json("statistics-me-breakdown"))
        XCTAssertEqual(breakdown.totalCost, 40.51)
        XCTAssertEqual(breakdown.unsessionedRequests, 49)
        XCTAssertEqual(breakdown.topSessions.count, 3)
        XCTAssertEqual(
            breakdown.contextBuckets.first,
            try UsageBreakdown.ContextBucket(
                json: .object([
                    "bucket": .string("under32k"), "requests": .number(611), "tokens": .number(1_822_044), "cost": .number(4.1),
                ])))
        XCTAssertEqual(breakdown.tokenMix?.cacheSavings, 11.88)
        XCTAssertEqual(breakdown.clients.first?.client, "claude")
    }

    func testAppStatistics() throws {
        let apps = try AppStatisticsPage(json: Fixture.json("statistics-apps"))
        XCTAssertEqual(apps.chatBaselineCostPerSession, 0.2)
        XCTAssertEqual(apps.chatBaselineSessions, 412)
        XCTAssertEqual(apps.page.data.first?.appName, "Ticket Heatmap")
        XCTAssertEqual(apps.page.data.first?.estimatedNetSavings, 3.67)
    }

    func testSkillStatisticsKeepANullLastActivation() throws {
        let skills = try Page<SkillStatistics>(envelope: Fixture.json("statistics-skills"))
        XCTAssertEqual(skills.data.map(\.lastActivatedAt), ["2026-09-08T13:12:00.000Z", "2026-09-08T10:41:19.000Z", nil])
        XCTAssertEqual(skills.data.first?.skillName, "incident-postmortem")
        XCTAssertEqual(skills.data.first?.activations, 38)
    }

    func testOptimizationRulesWithEveryConditionKind() throws {
        let rules = try XCTUnwrap(Fixture.json("optimization-rules-list").arrayValue).map(OptimizationRule.init(json:))
        XCTAssertEqual(rules.map(\.conditions), [[.maxLength(500)], [.maxLength(1000), .hasTools(false)], [.hasTools(false)]])
        XCTAssertEqual(rules.map(\.targetModel), ["gpt-4o-mini", "claude-haiku-4-5", "gpt-4o-mini"])
        let future = try OptimizationRule(json: .object(["id": .string("r"), "conditions": .array([.object(["minLatency": .number(3)])])]))
        XCTAssertEqual(future.conditions, [.unknown("minLatency")], "an unknown condition kind is kept, not dropped")
    }

    func testDeleteResult() throws {
        XCTAssertEqual(try DeleteResult(json: Fixture.json("delete-success")).success, true)
    }
}
