import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// One source of simulated traffic: for a timeframe, the overview, the LLM-proxy totals and the sums over
/// teams, agents and models agree, and the limits' `modelUsage` moves with the same calls.
final class TrafficConsistencyTests: XCTestCase {
    private let seededAt = 1_788_876_191.0

    private func figures(_ world: SimulatedWorld, timeframe: String, at now: Double) throws -> StatisticsFigures {
        let window = try StatisticsWindow.parse(timeframe, now: now, earliestData: world.usage.earliestTime)
        let query = StatisticsQuery(world: world, window: window, now: now)
        return StatisticsFigures(
            overview: query.overview(), teams: query.teams().arrayValue ?? [], agents: query.agents().arrayValue ?? [],
            models: query.models().arrayValue ?? [], llmProxy: try query.llmProxy(QueryReader(values: ["limit": "100"]))
        )
    }

    func testEveryEndpointAddsUpAfterTrafficTicks() throws {
        var world = WorldSeeder.makeWorld(options: SimulatorOptions(), now: seededAt)
        for second in 1...40 { TrafficGenerator.tick(&world, now: seededAt + Double(second)) }
        for timeframe in ["5m", "1h", "24h", "7d"] {
            let problems = try figures(world, timeframe: timeframe, at: seededAt + 41).disagreements()
            XCTAssertEqual(problems, [], timeframe)
        }
    }

    func testBothGenerationsAddUp() throws {
        var options = SimulatorOptions()
        options.generation = .v1_2
        var world = WorldSeeder.makeWorld(options: options, now: seededAt)
        for second in 1...10 { TrafficGenerator.tick(&world, now: seededAt + Double(second)) }
        XCTAssertEqual(try figures(world, timeframe: "24h", at: seededAt + 11).disagreements(), [])
    }

    func testLimitUsageMovesWithTheSameTraffic() throws {
        var world = WorldSeeder.makeWorld(options: SimulatorOptions(), now: seededAt)
        let end = seededAt + 61
        let before = try figures(world, timeframe: "24h", at: end)
        let limitsBefore = world.limits
        for second in 1...60 { TrafficGenerator.tick(&world, now: seededAt + Double(second)) }
        let after = try figures(world, timeframe: "24h", at: end)

        func cost(_ figures: StatisticsFigures, _ rows: KeyPath<StatisticsFigures, [JSONValue]>, _ key: String, _ id: String) -> Double {
            figures[keyPath: rows].first { $0[key]?.stringValue == id }?["cost"]?.doubleValue ?? 0
        }
        func spent(_ limits: [LimitRecord], _ id: String) -> Double {
            limits.first { $0.id == id }?.totalCost ?? .nan
        }
        let overviewGrowth = (after.overview["totalCost"]?.doubleValue ?? 0) - (before.overview["totalCost"]?.doubleValue ?? 0)
        XCTAssertGreaterThan(overviewGrowth, 0)
        var checked = 0
        for limit in limitsBefore where limit.document.text("limitType") == "token_cost" && limit.document["model"] == .null {
            let entityID = try XCTUnwrap(limit.document.text("entityId"))
            let growth = spent(world.limits, limit.id) - limit.totalCost
            switch limit.document.text("entityType") {
            case "organization":
                XCTAssertEqual(growth, overviewGrowth, accuracy: 0.000_2, "organization limit")
            case "team":
                let teamGrowth = cost(after, \.teams, "teamId", entityID) - cost(before, \.teams, "teamId", entityID)
                XCTAssertEqual(growth, teamGrowth, accuracy: 0.000_2, "team limit")
            case "agent":
                let agentGrowth = cost(after, \.agents, "agentId", entityID) - cost(before, \.agents, "agentId", entityID)
                XCTAssertEqual(growth, agentGrowth, accuracy: 0.000_2, "agent limit")
            default:
                continue
            }
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 3, "organization, team and agent limits were compared")
    }

    func testTheHTTPEndpointsAddUpForOneHourAndOneDay() async throws {
        let harness = try await startSimulator()
        for _ in 0..<20 { await harness.simulator.tickTraffic() }
        for timeframe in ["1h", "24h"] {
            let figures = try await stableFigures(harness, timeframe: timeframe)
            XCTAssertEqual(figures.disagreements(), [], timeframe)
        }
    }

    func testTheHTTPLimitUsageGrowsAsTheOverviewDoes() async throws {
        let harness = try await startSimulator()
        for attempt in 1...3 {
            let windowBefore = try await windowStart(harness, timeframe: "24h")
            let overviewBefore = try await harness.json("/api/statistics/overview?timeframe=24h")
            let limitsBefore = try await harness.jsonArray("/api/limits?entityType=organization&limitType=token_cost")
            for _ in 0..<10 { await harness.simulator.tickTraffic() }
            let overviewAfter = try await harness.json("/api/statistics/overview?timeframe=24h")
            let limitsAfter = try await harness.jsonArray("/api/limits?entityType=organization&limitType=token_cost")
            let windowAfter = try await windowStart(harness, timeframe: "24h")
            guard windowBefore == windowAfter else { continue }  // an hour boundary passed: the window moved
            let growth = (overviewAfter["totalCost"]?.doubleValue ?? 0) - (overviewBefore["totalCost"]?.doubleValue ?? 0)
            let spentGrowth = spent(limitsAfter.first) - spent(limitsBefore.first)
            XCTAssertGreaterThan(growth, 0)
            XCTAssertEqual(spentGrowth, growth, accuracy: 0.000_2, "attempt \(attempt)")
            return
        }
        XCTFail("the 24 h window kept moving")
    }

    private func spent(_ limit: JSONValue?) -> Double {
        (limit?["modelUsage"]?.arrayValue ?? []).compactMap { $0["cost"]?.doubleValue }.reduce(0, +)
    }

    /// The first bucket of the timeframe's window, as the teams' time series show it.
    private func windowStart(_ harness: SimulatorHarness, timeframe: String) async throws -> String? {
        let teams = try await harness.jsonArray("/api/statistics/teams?timeframe=\(timeframe)")
        return teams.first?["timeSeries"]?.arrayValue?.first?["timestamp"]?.stringValue
    }

    /// All figures of a timeframe, fetched again if a bucket boundary passed while they were fetched.
    private func stableFigures(_ harness: SimulatorHarness, timeframe: String) async throws -> StatisticsFigures {
        for _ in 1...3 {
            let startBefore = try await windowStart(harness, timeframe: timeframe)
            let figures = StatisticsFigures(
                overview: try await harness.json("/api/statistics/overview?timeframe=\(timeframe)"),
                teams: try await harness.jsonArray("/api/statistics/teams?timeframe=\(timeframe)"),
                agents: try await harness.jsonArray("/api/statistics/agents?timeframe=\(timeframe)"),
                models: try await harness.jsonArray("/api/statistics/models?timeframe=\(timeframe)"),
                llmProxy: try await harness.json("/api/statistics/llm-proxy?timeframe=\(timeframe)&limit=100")
            )
            if try await windowStart(harness, timeframe: timeframe) == startBefore { return figures }
        }
        throw XCTSkip("the \(timeframe) window kept moving while the figures were fetched")
    }
}
