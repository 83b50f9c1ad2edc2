import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// `/api/statistics/users`: one row per person, from the same traffic as every other statistic.
final class UserStatisticsTests: XCTestCase {
    private func users(_ harness: SimulatorHarness, _ query: String) async throws -> [JSONValue] {
        try await harness.json("/api/statistics/users?limit=100&\(query)").dataItems
    }

    func testRowsAddUpToTheOverviewForEveryTimeframe() async throws {
        let harness = try await startSimulator()
        for timeframe in ["1h", "24h", "7d", "30d"] {
            let rows = try await users(harness, "timeframe=\(timeframe)")
            let overview = try await harness.json("/api/statistics/overview?timeframe=\(timeframe)")
            let requests = rows.compactMap { $0["requests"]?.doubleValue }.reduce(0, +)
            XCTAssertEqual(requests, overview["totalRequests"]?.doubleValue, timeframe)
            let tokens = rows.compactMap { $0["totalTokens"]?.doubleValue }.reduce(0, +)
            XCTAssertEqual(tokens, overview["totalTokens"]?.doubleValue, timeframe)
            let cost = rows.compactMap { ($0["billedCost"]?.doubleValue ?? 0) + ($0["subscriptionCost"]?.doubleValue ?? 0) }.reduce(0, +)
            XCTAssertEqual(cost, overview["totalCost"]?.doubleValue ?? -1, accuracy: 0.01, timeframe)
        }
        let before = try await users(harness, "timeframe=5m").compactMap { $0["requests"]?.doubleValue }.reduce(0, +)
        for _ in 0..<3 { await harness.simulator.tickTraffic() }
        let after = try await users(harness, "timeframe=5m").compactMap { $0["requests"]?.doubleValue }.reduce(0, +)
        let overview = try await harness.json("/api/statistics/overview?timeframe=5m")
        XCTAssertGreaterThan(after, before, "live traffic shows up")
        XCTAssertEqual(after, overview["totalRequests"]?.doubleValue)
    }

    func testEveryPersonHasANameEmailAndPlausibleActivity() async throws {
        let harness = try await startSimulator()
        let page = try await harness.json("/api/statistics/users?timeframe=7d&limit=4")
        XCTAssertEqual(page.page("total"), 6, "everyone in the directory")
        XCTAssertEqual(page.dataItems.count, 4)
        XCTAssertEqual(page["pagination"]?["hasNext"], .bool(true))
        let rows = try await users(harness, "timeframe=7d")
        XCTAssertTrue(
            rows.allSatisfy { ($0["userName"]?.stringValue?.isEmpty == false) && ($0["userEmail"]?.stringValue?.contains("@") == true) })
        XCTAssertTrue(rows.contains { $0["userName"] == .string("王芳") })
        for row in rows {
            let days = try XCTUnwrap(row["activeDays"]?.doubleValue)
            XCTAssertLessThanOrEqual(days, 8, "a 7-day window touches at most 8 calendar days")
            let requests = row["requests"]?.doubleValue ?? 0
            XCTAssertEqual(row["lastActiveAt"] == .null, requests == 0, "\(row)")
            XCTAssertEqual(days == 0, requests == 0)
            XCTAssertEqual(
                row["totalTokens"]?.doubleValue,
                (row["inputTokens"]?.doubleValue ?? 0) + (row["outputTokens"]?.doubleValue ?? 0)
                    + (row["cacheReadTokens"]?.doubleValue ?? 0))
        }
        XCTAssertTrue(rows.contains { ($0["requests"]?.doubleValue ?? 0) > 0 })
    }

    func testSortingModelsAndTimeSeries() async throws {
        let harness = try await startSimulator()
        let byTokens = try await users(harness, "timeframe=24h")
        let tokens = byTokens.compactMap { $0["totalTokens"]?.doubleValue }
        XCTAssertEqual(tokens, tokens.sorted(by: >), "totalTokens, largest first, by default")
        let byName = try await users(harness, "timeframe=24h&sortBy=userName&sortDirection=asc")
        let names = byName.compactMap { $0["userName"]?.stringValue?.lowercased() }
        XCTAssertEqual(names, names.sorted())
        let byRequests = try await users(harness, "timeframe=24h&sortBy=requests&sortDirection=asc")
        let requests = byRequests.compactMap { $0["requests"]?.doubleValue }
        XCTAssertEqual(requests, requests.sorted())
        XCTAssertNil(byRequests.first?["models"], "models only when asked for")
        XCTAssertNil(byRequests.first?["timeSeries"])

        let detailed = try await users(harness, "timeframe=24h&includeModels=true&includeTimeSeries=true")
        for row in detailed where (row["totalTokens"]?.doubleValue ?? 0) > 0 {
            let models = row["models"]?.arrayValue ?? []
            XCTAssertFalse(models.isEmpty)
            XCTAssertEqual(models.compactMap { $0["percentage"]?.doubleValue }.reduce(0, +), 100, accuracy: 0.1)
            XCTAssertEqual(models.compactMap { $0["requests"]?.doubleValue }.reduce(0, +), row["requests"]?.doubleValue)
            XCTAssertEqual(row["timeSeries"]?.arrayValue?.count ?? 0, 25, "one point per hourly bucket")
            let series = (row["timeSeries"]?.arrayValue ?? []).compactMap { $0["value"]?.doubleValue }.reduce(0, +)
            let cost = (row["billedCost"]?.doubleValue ?? 0) + (row["subscriptionCost"]?.doubleValue ?? 0)
            XCTAssertEqual(series, cost, accuracy: 0.01)
        }
        let bad = try await harness.get("/api/statistics/users?sortBy=shoeSize")
        XCTAssertEqual(bad.status, 400)
        XCTAssertEqual(ValidationMessage.field(in: bad.errorMessage ?? ""), "sortBy")
    }

    func testTeamMembersCarryNamesFromTheDirectory() async throws {
        let harness = try await startSimulator()
        let teams = try await harness.json("/api/teams")
        let teamID = try XCTUnwrap(teams.dataItems.first?["id"]?.stringValue)
        let members = try await harness.jsonArray("/api/teams/\(teamID)/members")
        XCTAssertFalse(members.isEmpty)
        let users = try await users(harness, "timeframe=24h")
        for member in members {
            let row = users.first { $0["userId"] == member["userId"] }
            XCTAssertEqual(member["name"], row?["userName"], "the same person under the same name everywhere")
            XCTAssertEqual(member["email"], row?["userEmail"])
            XCTAssertEqual(member["teamId"], .string(teamID))
            XCTAssertEqual(member["image"], .null)
        }
    }
}
