import Foundation
import XCTest
@testable import ArchestraAPI

final class StatisticsDecodingTests: XCTestCase {
    func testTeamStatistics() throws {
        let rows = try Fixture.decode([TeamStatistics].self, from: "statistics-teams")
        XCTAssertEqual(rows.map(\.teamName), ["Support", "Platform", "Data Science"])
        let support = rows[0]
        XCTAssertEqual(support.teamId, "Tm9Kd3Pq7Wz1Xc5Vb8Nl2Rh4Js6Gf0Ue")
        XCTAssertEqual(support.members, 14)
        XCTAssertEqual(support.requests, 2207)
        XCTAssertEqual(support.inputTokens, 18_904_410)
        XCTAssertEqual(support.cost, 61.37)
        XCTAssertEqual(support.timeSeries.map(\.value), [2.71, 3.12, 2.8, 0.74])
        XCTAssertEqual(support.timeSeries[0].date?.timeIntervalSince1970, 1_788_865_200)
    }

    func testAgentStatistics() throws {
        let rows = try Fixture.decode([AgentStatistics].self, from: "statistics-agents")
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[1].agentType, "llm_proxy")
        XCTAssertEqual(rows[1].teamName, "")
        XCTAssertEqual(rows[0].cacheReadTokens, 7_120_456)
        XCTAssertEqual(rows[2].cost, 6.42)
    }

    func testModelStatistics() throws {
        let rows = try Fixture.decode([ModelStatistics].self, from: "statistics-models")
        XCTAssertEqual(rows.map(\.model), ["claude-sonnet-4-5", "gpt-4o-mini", "claude-haiku-4-5"])
        XCTAssertEqual(rows[0].percentage, 91.9)
        XCTAssertEqual(rows[1].requests, 2311)
        XCTAssertEqual(rows[2].timeSeries.count, 4)
    }

    func testOverview() throws {
        let overview = try Fixture.decode(OverviewStatistics.self, from: "statistics-overview")
        XCTAssertEqual(
            overview,
            OverviewStatistics(
                totalRequests: 5053, totalTokens: 37_065_458, totalCost: 92.75,
                topTeam: "Support", topAgent: "Support Triage", topModel: "claude-sonnet-4-5"
            ))
    }

    func testCostSavings() throws {
        let savings = try Fixture.decode(CostSavings.self, from: "statistics-cost-savings")
        XCTAssertEqual(savings.totalBaselineCost, 131.86)
        XCTAssertEqual(savings.totalSavings, 39.11)
        XCTAssertEqual(savings.totalCacheSavings, 31.74)
        XCTAssertEqual(savings.timeSeries.count, 4)
        XCTAssertEqual(savings.timeSeries[1].actualCost, 4.82)
        XCTAssertEqual(savings.timeSeries[3].subscriptionCost, 0.44)
        XCTAssertNotNil(savings.timeSeries[0].date)
    }

    func testLLMProxyStatistics() throws {
        let stats = try Fixture.decode(LLMProxyStatistics.self, from: "statistics-llm-proxy")
        XCTAssertEqual(
            stats.totals,
            LLMProxyUsage(
                requests: 2730, inputTokens: 12_690_117, outputTokens: 1_101_380, cacheReadTokens: 4_981_002,
                billedCost: 27.4, subscriptionCost: 38.55
            ))
        XCTAssertEqual(stats.totals.totalCost, 65.95, accuracy: 1e-9)
        XCTAssertEqual(stats.timeSeries.map(\.requests), [131, 148, 127, 34])
        XCTAssertEqual(stats.timeSeries[0].timestamp, "2026-09-08T11:00:00.000Z")
        XCTAssertEqual(stats.methods.map(\.authMethod), ["virtual_key", "oauth_user", "provider_key"])
        XCTAssertEqual(stats.credentials[0].credentialName, "ci-pipeline")
        XCTAssertNil(stats.credentials[1].credentialId)
        XCTAssertEqual(stats.pagination, OffsetPagination(limit: 20, offset: 0, total: 3))
        XCTAssertFalse(stats.pagination.hasMore)
    }

    func testStatisticsPointWithoutTimestampIsDroppedAndBadValueIsZero() throws {
        let row = try Fixture.decode(
            TeamStatistics.self,
            literal: #"{"teamId":"t","cost":"1.5","timeSeries":[{"value":3},{"timestamp":"2026-09-08T11:00:00Z","value":null}]}"#
        )
        XCTAssertEqual(row.cost, 1.5)
        XCTAssertEqual(row.timeSeries, [TimeSeriesPoint(timestamp: "2026-09-08T11:00:00Z", value: 0)])
    }

    func testStatisticsRowMustBeAnObject() {
        XCTAssertThrowsError(try Fixture.decode(OverviewStatistics.self, literal: "[]"))
        XCTAssertThrowsError(try Fixture.decode(LLMProxyStatistics.self, literal: #""text""#))
    }
}
