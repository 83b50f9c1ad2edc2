import XCTest
import ArchestraAPI
@testable import DashboardCore

/// What the limits pane says about one limit: names, usage, reset and forecast.
final class LimitFiguresTests: XCTestCase {
    let now = CoreFixture.now

    func teamLimit(used: Double, value: Double = 100) -> UsageLimit {
        UsageLimit(
            id: "l1", entityType: .team, entityId: "team-1", limitType: .tokenCost, limitValue: value,
            cleanupInterval: CleanupInterval(rawValue: "1w"),
            lastCleanup: ISO8601.string(from: now.addingTimeInterval(-3600)),
            modelUsage: [
                ModelUsage(model: "a", tokensIn: 1, tokensOut: 1, cost: used * 0.75),
                ModelUsage(model: "b", tokensIn: 1, tokensOut: 1, cost: used * 0.25),
            ])
    }

    func testResolvesTeamNamesAndSumsModelUsage() {
        var state = CoreFixture.state(pane: .limits)
        state.teams.succeed([Team(id: "team-1", name: "Support")], at: now)
        let figures = LimitFigures(limit: teamLimit(used: 80), state: state)
        XCTAssertEqual(figures.entityName, "team Support")
        XCTAssertEqual(figures.used, 80)
        XCTAssertEqual(figures.percentText, "80%")
        XCTAssertEqual(figures.level, .warning)
        XCTAssertEqual(figures.rule.label, "rolling 1 week")
        XCTAssertEqual(figures.nextReset, now.addingTimeInterval(7 * 86_400 - 3600))
    }

    func testCallCountLimitsSayNotAvailable() {
        let state = CoreFixture.state(pane: .limits)
        let limit = UsageLimit(
            id: "l2", entityType: .agent, entityId: "abcdefghijk", limitType: .toolCalls, limitValue: 200,
            mcpServerName: "github", toolName: "create_issue")
        let figures = LimitFigures(limit: limit, state: state)
        XCTAssertEqual(figures.usedText, "n/a")
        XCTAssertEqual(figures.percentText, "n/a")
        XCTAssertEqual(figures.forecastText, "n/a")
        XCTAssertEqual(figures.typeLabel, "tool github/create_issue")
        XCTAssertEqual(figures.entityName, "agent id:abcdefgh", "without a name, a short id marked as an id")
    }

    func testForecastUsesTheTeamsStatisticsSeriesWhenTheWindowIsUnknown() {
        var state = CoreFixture.state(pane: .limits)
        state.timeframe = .day  // 1 h buckets
        let series = [5.0, 1, 2, 3].enumerated().map { TimeSeriesPoint(timestamp: "t\($0.offset)", value: $0.element) }
        state.teamStats.succeed([TeamStatistics(teamId: "team-1", teamName: "Support", timeSeries: series)], at: now)
        var limit = teamLimit(used: 90)
        limit.lastCleanup = nil  // a rolling week with no last reset: the window is not known
        let figures = LimitFigures(limit: limit, state: state)
        // Last three buckets: (1 + 2 + 3) dollars over 3 hours = $2/h; $10 left → 5 hours.
        XCTAssertEqual(figures.forecast?.burnRatePerHour, 2)
        XCTAssertEqual(figures.forecast?.outcome, .capIn(5 * 3600))
        XCTAssertEqual(figures.forecastText, "cap in 5h")
    }

    func testForecastIsTheWindowsAverageWhenTheWindowIsKnown() {
        var state = CoreFixture.state(pane: .limits)
        state.teamStats.succeed(
            [
                TeamStatistics(
                    teamId: "team-1", teamName: "Support",
                    timeSeries: [TimeSeriesPoint(timestamp: "t", value: 100)])
            ], at: now)
        // $90 in the hour since the window opened: $90 an hour, $10 left.
        let figures = LimitFigures(limit: teamLimit(used: 90), state: state)
        XCTAssertEqual(figures.forecast?.burnRatePerHour ?? 0, 90, accuracy: 1e-9)
        XCTAssertEqual(figures.forecastText, "cap in 6m 40s")
    }

    func testPeopleAreNamedWhereTheAPIGivesANameElseMarkedAsIds() {
        var state = CoreFixture.state(pane: .limits)
        let limit = UsageLimit(id: "l3", entityType: .user, entityId: "ET6w5ESzQk", limitType: .tokenCost, limitValue: 10)
        XCTAssertEqual(LimitFigures(limit: limit, state: state).entityName, "user id:ET6w5ESz")
        state.load(Sources.people, ["ET6w5ESzQk": "Ada Lovelace"])
        XCTAssertEqual(LimitFigures(limit: limit, state: state).entityName, "user Ada Lovelace")
    }

    // MARK: - Built once per change of what they read

    func testTheStatesFiguresFollowEachSourceTheyReadAndNoOther() {
        var state = CoreFixture.state(pane: .overview)
        let people = UsageLimit(id: "l3", entityType: .user, entityId: "ET6w5ESzQk", limitType: .tokenCost, limitValue: 10)
        let agent = UsageLimit(id: "l4", entityType: .agent, entityId: "agent-7", limitType: .tokenCost, limitValue: 10)
        state.limits.succeed([teamLimit(used: 80), people, agent], at: now)
        state.refreshDerived()
        func name(_ id: String) -> String? { state.limitFigures.first { $0.limit.id == id }?.entityName }
        XCTAssertEqual(name("l1"), "team id:team-1")

        let before = state.figuresKey
        state.proxyStats.succeed(LLMProxyStatistics(), at: now)
        XCTAssertEqual(state.figuresKey, before, "the overview's statistics answer every second and feed no limit")

        state.teams.succeed([Team(id: "team-1", name: "Support")], at: now)
        state.refreshDerived()
        XCTAssertEqual(name("l1"), "team Support")
        state.load(Sources.people, ["ET6w5ESzQk": "Ada Lovelace"])
        state.refreshDerived()
        XCTAssertEqual(name("l3"), "user Ada Lovelace")
        state.sources.setItem(ItemSlot(value: "Billing bot", error: nil, at: now), for: "agent-7", of: LimitsResource.agentNames.id)
        state.refreshDerived()
        XCTAssertEqual(name("l4"), "agent Billing bot")
    }

    func testAKeptResetWindowIsLeftOnceTheClockPassesItsEnd() {
        var state = CoreFixture.state(pane: .overview)
        let daily = UsageLimit(
            id: "d1", entityType: .organization, entityId: "org", limitType: .tokenCost, limitValue: 100,
            cleanupInterval: CleanupInterval(rawValue: "calendar_day"))
        state.limits.succeed([daily], at: now)
        guard let midnight = Calendar.current.dateInterval(of: .day, for: now)?.end,
            let nextMidnight = Calendar.current.dateInterval(of: .day, for: midnight.addingTimeInterval(1))?.end
        else {
            return XCTFail("no calendar day around the fixture's time")
        }
        state.now = midnight.addingTimeInterval(-1.5)
        state.refreshDerived()
        XCTAssertEqual(state.limitFigures.first?.nextReset, midnight)
        state.now = midnight.addingTimeInterval(-0.5)
        state.refreshDerived()
        XCTAssertEqual(state.limitFigures.first?.nextReset, midnight, "the same window, kept from the second before")
        state.now = midnight.addingTimeInterval(0.5)
        state.refreshDerived()
        XCTAssertEqual(state.limitFigures.first?.nextReset, nextMidnight, "past midnight the next day's window")
        XCTAssertEqual(state.limitFigures.first?.resetText(now: state.now), "23h 59m")
    }
}
