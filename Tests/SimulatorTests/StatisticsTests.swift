import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class StatisticsTests: XCTestCase {
    private func timestamps(_ series: JSONValue?) -> [String] {
        (series?.arrayValue ?? []).compactMap { $0["timestamp"]?.stringValue }
    }

    func testTrafficTickGrowsStatisticsAndLimitUsage() async throws {
        let harness = try await startSimulator()
        let before = try await harness.json("/api/statistics/overview?timeframe=5m")
        let limitsBefore = try await harness.json("/api/limits?entityType=organization&limitType=token_cost")
        let orgBefore = try XCTUnwrap(limitsBefore.arrayValue?.first)
        func spent(_ limit: JSONValue) -> Double {
            (limit["modelUsage"]?.arrayValue ?? []).compactMap { $0["cost"]?.doubleValue }.reduce(0, +)
        }
        for _ in 0..<5 {
            await harness.simulator.tickTraffic()
        }
        let after = try await harness.json("/api/statistics/overview?timeframe=5m")
        let requestsBefore = try XCTUnwrap(before["totalRequests"]?.doubleValue)
        let requestsAfter = try XCTUnwrap(after["totalRequests"]?.doubleValue)
        XCTAssertGreaterThanOrEqual(requestsAfter - requestsBefore, 5, "each tick makes at least one request")
        XCTAssertLessThanOrEqual(requestsAfter - requestsBefore, 30)
        XCTAssertGreaterThan(after["totalCost"]?.doubleValue ?? 0, before["totalCost"]?.doubleValue ?? 0)

        let limitsAfter = try await harness.json("/api/limits?entityType=organization&limitType=token_cost")
        let orgAfter = try XCTUnwrap(limitsAfter.arrayValue?.first)
        XCTAssertGreaterThan(spent(orgAfter), spent(orgBefore))
    }

    func testSeededLimitsCoverDangerStatesAndShapes() async throws {
        let harness = try await startSimulator()
        let limits = try await harness.jsonArray("/api/limits")
        XCTAssertGreaterThanOrEqual(limits.count, 6)
        let ratios = limits.compactMap { limit -> Double? in
            guard limit["limitType"] == .string("token_cost"), let value = limit["limitValue"]?.doubleValue else { return nil }
            return (limit["modelUsage"]?.arrayValue ?? []).compactMap { $0["cost"]?.doubleValue }.reduce(0, +) / value
        }
        XCTAssertTrue(ratios.contains { $0 >= 0.9 && $0 < 1 }, "\(ratios)")
        XCTAssertTrue(ratios.contains { $0 > 1 }, "\(ratios)")
        XCTAssertEqual(Set(limits.compactMap { $0["entityType"]?.stringValue }), ["organization", "team", "agent", "user"])
        let toolCalls = try XCTUnwrap(limits.first { $0["limitType"] == .string("tool_calls") })
        XCTAssertNil(toolCalls["modelUsage"])
        XCTAssertEqual(toolCalls["toolName"], .string("search_issues"))
        let intervals = Set(limits.compactMap { $0["cleanupInterval"]?.stringValue })
        XCTAssertTrue(intervals.contains("calendar_month") && intervals.contains("1w"))
    }

    func testTimeSeriesHaveOnePointPerBucketWithMillisecondTimestamps() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.jsonArray("/api/statistics/teams")
        XCTAssertGreaterThanOrEqual(teams.count, 4)
        for team in teams {
            let points = timestamps(team["timeSeries"])
            XCTAssertEqual(points.count, 25, "24h → hourly buckets from the hour 24 h ago through now")
            XCTAssertTrue(points.allSatisfy { $0.hasSuffix(":00:00.000Z") && $0.count == 24 }, "\(points.prefix(2))")
            XCTAssertEqual(points, points.sorted())
        }
        XCTAssertGreaterThan(teams[0]["cost"]?.doubleValue ?? 0, 0, "seeded history fills the 24 h chart")

        let fiveMinutes = try await harness.jsonArray("/api/statistics/models?timeframe=5m")
        for model in fiveMinutes {
            XCTAssertEqual(timestamps(model["timeSeries"]).count, 6)
        }
        let week = try await harness.jsonArray("/api/statistics/agents?timeframe=7d")
        let weekPoints = timestamps(week.first?["timeSeries"])
        XCTAssertTrue(weekPoints.count == 28 || weekPoints.count == 29, "\(weekPoints.count)")
        XCTAssertTrue(weekPoints.allSatisfy { point in ["T00:", "T06:", "T12:", "T18:"].contains { point.contains($0) } })
    }

    func testEveryTimeframeIsAcceptedAndOthersAreRejected() async throws {
        let harness = try await startSimulator()
        for timeframe in [
            "5m", "15m", "30m", "1h", "24h", "7d", "30d", "90d", "12m", "all",
            "custom:2026-09-01T00:00:00Z_2026-09-08T00:00:00Z",
        ] {
            let result = try await harness.get("/api/statistics/cost-savings?timeframe=\(timeframe)")
            XCTAssertEqual(result.status, 200, timeframe)
            XCTAssertNotNil(result.json?["timeSeries"]?.arrayValue, timeframe)
        }
        for timeframe in ["2w", "24H", "custom:2026-09-08T00:00:00Z_2026-09-01T00:00:00Z", "custom:yesterday_today", "custom:2026-09-01"] {
            let result = try await harness.get("/api/statistics/teams?timeframe=\(timeframe)")
            XCTAssertEqual(result.status, 400, timeframe)
            XCTAssertEqual(result.errorType, "api_validation_error")
        }
        let custom = try await harness.json("/api/statistics/cost-savings?timeframe=custom:2026-09-01T00:00:00Z_2026-09-08T00:00:00Z")
        XCTAssertEqual(timestamps(custom["timeSeries"]), (1...7).map { String(format: "2026-09-%02dT00:00:00.000Z", $0) })
    }

    func testOverviewModelsAndProxyStatisticsAgree() async throws {
        let harness = try await startSimulator()
        let overview = try await harness.json("/api/statistics/overview")
        let models = try await harness.jsonArray("/api/statistics/models")
        let modelRequests = models.compactMap { $0["requests"]?.doubleValue }.reduce(0, +)
        XCTAssertEqual(overview["totalRequests"]?.doubleValue, modelRequests)
        let percentages = models.compactMap { $0["percentage"]?.doubleValue }.reduce(0, +)
        XCTAssertEqual(percentages, 100, accuracy: 0.1)
        XCTAssertEqual(overview["topModel"]?.stringValue, models.first?["model"]?.stringValue)

        let proxy = try await harness.json("/api/statistics/llm-proxy?limit=2")
        let totals = try XCTUnwrap(proxy["totals"])
        let methodRequests = (proxy["methods"]?.arrayValue ?? []).compactMap { $0["requests"]?.doubleValue }.reduce(0, +)
        XCTAssertEqual(totals["requests"]?.doubleValue, methodRequests)
        let everyCredential = try await harness.json("/api/statistics/llm-proxy?limit=100")
        let credentialCount = everyCredential["credentials"]?.arrayValue?.count ?? 0
        XCTAssertGreaterThanOrEqual(credentialCount, 2)
        XCTAssertLessThanOrEqual(credentialCount, AuthChannel.catalog.count)
        XCTAssertEqual(proxy["credentials"]?.arrayValue?.count, 2)
        XCTAssertEqual(proxy["pagination"]?["limit"], .number(2))
        XCTAssertEqual(proxy["pagination"]?["offset"], .number(0))
        XCTAssertEqual(proxy["pagination"]?["total"], .number(Double(credentialCount)))
        let byMethod = try await harness.json("/api/statistics/llm-proxy?authMethod=oauth_user")
        XCTAssertEqual(byMethod["methods"]?.arrayValue?.count, 1)
        XCTAssertEqual(byMethod["totals"]?["billedCost"], .number(0))
    }
}
