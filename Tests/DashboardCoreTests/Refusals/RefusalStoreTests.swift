import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The refusal watch run by the store on the injectable clock: one request per refresh interval, and a
/// refusal that arrives while another pane is shown queues one notification for the main loop.
final class RefusalStoreTests: XCTestCase {
    func waitUntil(_ description: String, timeout: TimeInterval = 5, _ condition: () -> Bool) async {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return }
            try? await Task.sleep(for: .milliseconds(10))
        }
        XCTFail("timed out waiting for \(description)")
    }

    /// The console on the limits pane, its server holding ten interactions (one refused); then one more,
    /// refused, arrives. Returns the notifications queued once the watch has read it.
    func ring(notify: Bool) async -> [PendingNotification] {
        let clock = ManualClock()
        let server = RefusalServer(newest: 10, refused: [3], start: CoreFixture.now.addingTimeInterval(-10))
        let loader = RecordingLoader { request in
            if request.target == .source(Refusals.source.id), let asked = request.key.parameters(as: RefusalWatchRequest.self) {
                return .success(server.answer(asked))
            }
            return CannedAnswers.answer(request)
        }
        var state = CoreFixture.state(pane: notify ? .limits : .overview)
        state.refreshInterval = 1
        state.notifications = NotificationOutbox(isEnabled: notify)
        let store = DashboardStore(state: state, loader: loader, clock: clock.monotonic)
        await store.startPolling()
        await waitUntil("the first page") { store.latest().state.slices[Refusals.slice].ledger.coveredSince != nil }
        XCTAssertEqual(store.latest().state.notifications.pending, [], "the history does not ring")
        server.add(upTo: 11, refused: [11])
        await waitUntil("the refusal counted") {
            if store.latest().state.slices[Refusals.slice].ledger.tally(at: store.latest().state.now)?.count == 2 { return true }
            clock.advance(by: .milliseconds(250))
            return false
        }
        await store.stopPolling()
        let requests = loader.requests(Refusals.source.id).count
        XCTAssertLessThanOrEqual(requests, 3, "one request per interval: \(requests)")
        return store.latest().state.notifications.pending
    }

    func testARefusalArrivingOnAnotherPaneRingsOnce() async {
        let pending = await ring(notify: true)
        XCTAssertEqual(pending.map(\.title), ["Guardrail refused a tool call"])
        XCTAssertEqual(pending.map(\.body), ["bot-2: github__delete_repo"], "the agent and the tool")
    }

    func testNothingRingsWithNotificationsOff() async {
        let pending = await ring(notify: false)
        XCTAssertEqual(pending, [], "counted on the overview, never rung")
    }
}

/// `snapshot overview` prints totals and limits: the refusal watch, which feeds the live figure and the
/// notifications, is not read for it.
final class RefusalSnapshotTests: XCTestCase {
    func testASnapshotOfTheOverviewDoesNotReadTheLogs() async {
        let loader = RecordingLoader()
        var state = CoreFixture.state(pane: .overview)
        state.notifications = NotificationOutbox(isEnabled: true)
        _ = await Snapshot.take(pane: .overview, state: state, loader: loader)
        XCTAssertEqual(loader.requests(Refusals.source.id).count, 0)
        XCTAssertEqual(loader.requests(LimitsResource.source.id).count, 1, "what it prints is read")
    }
}
