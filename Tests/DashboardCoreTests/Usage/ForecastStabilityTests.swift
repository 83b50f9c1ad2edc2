import Foundation
import XCTest
import ArchestraAPI
@testable import DashboardCore

/// Issue 21, item 15: a team's "cap in" forecast holds still while polls come in, however bursty the
/// traffic between them, and a one-off `snapshot` says the same as the screen.
final class ForecastStabilityTests: XCTestCase {
    /// A team's $100 weekly limit whose window opened a day before the fixture's time.
    static func limit(used: Double) -> UsageLimit {
        UsageLimit(
            id: "l-team", entityType: .team, entityId: "t-1", limitType: .tokenCost, limitValue: 100,
            cleanupInterval: CleanupInterval(rawValue: "1w"),
            lastCleanup: ISO8601.string(from: CoreFixture.now.addingTimeInterval(-86_400)),
            modelUsage: [ModelUsage(model: "m", cost: used)])
    }

    /// What the simulated server has counted so far.
    final class Counter {
        var used = 40.0
        var polls = 0
    }

    /// About $1.80 an hour, as it really arrives: most polls see nothing, a few see a request's cost.
    static let bursts = [0.0, 0.004, 0, 0, 0.0005, 0.005, 0, 0.0002, 0, 0.0003]

    func testTheCapForecastHoldsStillFromPollToPollAndASnapshotAgrees() async throws {
        let counter = Counter()
        var run = PlannerRun(pane: .limits, refresh: 2)
        run.answer = { request in
            guard case .source(let id) = request.target, id == LimitsResource.source.id else { return CannedAnswers.answer(request) }
            counter.used += Self.bursts[counter.polls % Self.bursts.count]
            counter.polls += 1
            return .success(RecordList(items: [Self.limit(used: counter.used)]))
        }

        // The moment the cap is forecast for, read once a simulated second for two minutes.
        var capMoments: [Date] = []
        for second in 0..<120 {
            run.run(seconds: 1)
            run.state.refreshDerived()
            guard case .capIn(let seconds)? = run.state.limitFigures.first?.forecast?.outcome else {
                return XCTFail("second \(second): \(run.state.limitFigures.first?.forecastText ?? "no limit")")
            }
            capMoments.append(run.date.addingTimeInterval(seconds))
        }
        XCTAssertGreaterThan(counter.polls, 50, "the limits were polled every refresh")
        // About 35 hours ahead: from one second to the next the moment moves by minutes at most, not hours.
        for (before, after) in zip(capMoments, capMoments.dropFirst()) {
            XCTAssertLessThan(abs(after.timeIntervalSince(before)), 600, "\(before) then \(after)")
        }
        XCTAssertLessThan(abs(capMoments.last!.timeIntervalSince(capMoments.first!)), 1800)

        // A snapshot taken at the same moment, with no history of its own, forecasts the same.
        let used = counter.used
        let shown = run.state.limitFigures.first?.forecastText
        let loader = RecordingLoader { request in
            guard case .source(let id) = request.target, id == LimitsResource.source.id else { return CannedAnswers.answer(request) }
            return .success(RecordList(items: [Self.limit(used: used)]))
        }
        let snapshot = await Snapshot.take(
            pane: .limits,
            state: AppState(
                baseURL: "http://localhost:9000", refreshInterval: 2,
                now: run.date), loader: loader)
        XCTAssertEqual(snapshot.table.rows.first?.last, shown)
        XCTAssertTrue(shown?.hasPrefix("cap in ") ?? false, shown ?? "")
    }
}
