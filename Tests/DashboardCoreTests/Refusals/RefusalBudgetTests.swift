import XCTest
import ArchestraAPI
@testable import DashboardCore

/// What the refusal watch costs, in simulated time at `--refresh 1`: one request a second while it is on,
/// up to three more pages at start, nothing on a pane that does not need it, and nothing beside an
/// unscoped `:logs`, whose own polls feed it.
final class RefusalBudgetTests: XCTestCase {
    func run(on pane: Pane, notify: Bool, server: RefusalServer) -> PlannerRun {
        var run = PlannerRun(pane: pane, refresh: 1, width: 160, height: 48)
        run.state.notifications = NotificationOutbox(isEnabled: notify)
        run.answer = { request in
            if case .source(Refusals.source.id) = request.target, let asked = request.key.parameters(as: RefusalWatchRequest.self) {
                return .success(server.answer(asked))
            }
            if case .source(LogsResource.source.id) = request.target {
                return .success(LogsResource.Answer.newest(LogPage(items: [], style: .offset, total: 0)))
            }
            return CannedAnswers.answer(request)
        }
        return run
    }

    func busyServer() -> RefusalServer {
        RefusalServer(newest: 10_000, start: CoreFixture.now.addingTimeInterval(-10_000))
    }

    func testOnTheOverviewOneRequestASecondAfterAtMostThreePagesAtStart() {
        let server = busyServer()
        var run = run(on: .overview, notify: false, server: server)
        run.run(seconds: 0.5)
        // The newest page, three below it, and the newest again once they are read (rows came meanwhile).
        XCTAssertEqual(server.asked, [.newest, .older(.offset(50)), .older(.offset(100)), .older(.offset(150)), .newest])
        run.run(seconds: 60)
        XCTAssertEqual(Double(run.count(Refusals.source.id) - 5), 60, accuracy: 1.5, "then one a second")
        XCTAssertEqual(server.asked.dropFirst(5).filter { $0 != .newest }, [], "the newest page only")
    }

    func testOtherPanesCostNothingUnlessRefusalsRing() {
        var quiet = run(on: .agents, notify: false, server: busyServer())
        quiet.run(seconds: 30)
        XCTAssertEqual(quiet.count(Refusals.source.id), 0)
        var ringing = run(on: .agents, notify: true, server: busyServer())
        ringing.run(seconds: 30)
        XCTAssertEqual(Double(ringing.count(Refusals.source.id)), 35, accuracy: 1.5, "five at start, then one a second")
    }

    func testAnUnscopedLogsPaneIsNotDoubled() {
        var run = run(on: .logs, notify: true, server: busyServer())
        run.run(seconds: 30)
        XCTAssertEqual(run.count(Refusals.source.id), 0, "the log's own polls feed the watch")
        XCTAssertEqual(Double(run.count(LogsResource.source.id)), 30, accuracy: 1.5)
    }
}
