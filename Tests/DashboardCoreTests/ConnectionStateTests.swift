import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The header's connection state follows the outcomes of the polls.
final class ConnectionStateTests: XCTestCase {
    let now = CoreFixture.now

    func result(_ request: FetchRequest, _ outcome: Result<LoadedData, ArchestraError>) -> Action {
        .loaded(LoadResult(request: request, outcome: outcome, finishedAt: now))
    }

    func testConnectingUntilTheFirstAnswerThenConnected() {
        var state = CoreFixture.state(pane: .limits)
        XCTAssertEqual(state.connection, .connecting)
        _ = state.reduce(result(.health, .success(.server(ServerInfo(version: "1.4.0")))))
        XCTAssertEqual(state.connection, .connected)
    }

    func testSomeFailingSourcesMeanDegraded() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(result(.health, .success(.server(ServerInfo(version: "1.4.0")))))
        _ = state.reduce(result(state.request(for: .limits), .failure(.http(status: 500, type: nil, message: "boom", endpoint: "GET /api/limits"))))
        XCTAssertEqual(state.connection, .degraded)
        _ = state.reduce(result(state.request(for: .limits), .success(.limits([], agentNames: [:]))))
        XCTAssertEqual(state.connection, .connected, "recovers with the next good answer")
    }

    func testUnreachableHealthMeansOfflineAndKeepsTheData() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(result(state.request(for: .limits), .success(.limits([UsageLimit(id: "l1", limitValue: 5)], agentNames: [:]))))
        _ = state.reduce(result(.health, .failure(.transport(.connectionRefused, endpoint: "GET /health"))))
        XCTAssertEqual(state.connection, .offline)
        XCTAssertEqual(state.limits.value?.limits.map(\.id), ["l1"], "last good data stays")
        XCTAssertNotNil(state.server.nextRetryAt)
    }

    func testRejectedKeyMeansUnauthorizedWithNoScheduledRetry() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(result(state.request(for: .limits), .failure(.http(status: 401, type: "api_authentication_error",
                                                                            message: "Unauthenticated", endpoint: "GET /api/limits"))))
        XCTAssertEqual(state.connection, .unauthorized)
        XCTAssertNil(state.limits.nextRetryAt)
    }

    func testPermissionAndMissingEndpointsDoNotDegradeTheConnection() {
        var state = CoreFixture.state(pane: .proxies)
        _ = state.reduce(result(.health, .success(.server(ServerInfo(version: "1.2.9")))))
        _ = state.reduce(result(.proxyStats(.day), .failure(.http(status: 403, type: nil, message: "Forbidden", endpoint: "x"))))
        _ = state.reduce(result(.proxies(nil), .failure(.http(status: 404, type: nil, message: "Not found", endpoint: "x"))))
        XCTAssertEqual(state.connection, .connected)
    }

    func testStaleAfterTwoRefreshIntervals() {
        var state = CoreFixture.state(pane: .limits)
        _ = state.reduce(result(state.request(for: .limits), .success(.limits([], agentNames: [:]))))
        XCTAssertFalse(state.limits.isStale(now: now.addingTimeInterval(4), refreshInterval: 2))
        XCTAssertTrue(state.limits.isStale(now: now.addingTimeInterval(4.1), refreshInterval: 2))
    }
}
