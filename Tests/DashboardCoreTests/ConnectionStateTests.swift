import XCTest
import ArchestraAPI
@testable import DashboardCore

/// The header's connection state follows the outcomes of the polls.
final class ConnectionStateTests: XCTestCase {
    let now = CoreFixture.now

    func testConnectingUntilTheFirstAnswerThenConnected() {
        var state = CoreFixture.state(pane: .limits)
        XCTAssertEqual(state.connection, .connecting)
        state.load(Sources.health, ServerInfo(version: "1.4.0"))
        XCTAssertEqual(state.connection, .connected)
    }

    func testSomeFailingSourcesMeanDegraded() {
        var state = CoreFixture.state(pane: .limits)
        state.load(Sources.health, ServerInfo(version: "1.4.0"))
        state.fail(LimitsResource.source, .http(status: 500, type: nil, message: "boom", endpoint: "GET /api/limits"))
        XCTAssertEqual(state.connection, .degraded)
        state.load(LimitsResource.source, [])
        XCTAssertEqual(state.connection, .connected, "recovers with the next good answer")
    }

    func testUnreachableHealthMeansOfflineAndKeepsTheData() {
        var state = CoreFixture.state(pane: .limits)
        state.load(LimitsResource.source, [UsageLimit(id: "l1", limitValue: 5)])
        state.fail(Sources.health, .transport(.connectionRefused, endpoint: "GET /health"))
        XCTAssertEqual(state.connection, .offline)
        XCTAssertEqual(state.limits.value?.map(\.id), ["l1"], "last good data stays")
        XCTAssertNotNil(state.server.nextRetryAt)
    }

    func testRejectedKeyMeansUnauthorizedWithNoScheduledRetry() {
        var state = CoreFixture.state(pane: .limits)
        state.fail(
            LimitsResource.source,
            .http(
                status: 401, type: "api_authentication_error",
                message: "Unauthenticated", endpoint: "GET /api/limits"))
        XCTAssertEqual(state.connection, .unauthorized)
        XCTAssertNil(state.limits.nextRetryAt)
    }

    func testPermissionAndMissingEndpointsDoNotDegradeTheConnection() {
        var state = CoreFixture.state(pane: .proxies)
        state.load(Sources.health, ServerInfo(version: "1.2.9"))
        state.fail(Sources.proxyStats, .http(status: 403, type: nil, message: "Forbidden", endpoint: "x"))
        state.fail(ProxiesResource.source, .http(status: 404, type: nil, message: "Not found", endpoint: "x"))
        XCTAssertEqual(state.connection, .connected)
    }

    func testStaleAfterTwoPollIntervals() {
        var state = CoreFixture.state(pane: .limits)
        state.load(LimitsResource.source, [])
        XCTAssertFalse(state.limits.isStale(now: now.addingTimeInterval(4), interval: 2))
        XCTAssertTrue(state.limits.isStale(now: now.addingTimeInterval(4.1), interval: 2))
    }

    func testAnAnswerAfterAnOutageClearsOfflineAndDetectsTheServerAgain() {
        var state = CoreFixture.state(pane: .limits)
        state.generation = .v1_4
        state.load(Sources.health, ServerInfo(version: "1.4.0"))
        state.fail(Sources.health, .transport(.connectionRefused, endpoint: "GET /health"))
        XCTAssertEqual(state.connection, .offline)
        let effects = state.load(LimitsResource.source, [], at: now.addingTimeInterval(5))
        XCTAssertEqual(state.connection, .connected)
        XCTAssertNil(state.generation, "the API generation is detected again after reconnecting")
        XCTAssertEqual(effects, [.refresh([Sources.health.id])], "and the version read again")
    }

    func testErrorsOnlyAPersonCanFixWaitTheLongestAndSaySo() {
        var state = CoreFixture.state(pane: .limits)
        state.load(Sources.health, ServerInfo(version: "1.4.0"))
        state.fail(LimitsResource.source, .transport(.untrustedCertificate(nil), endpoint: "GET /api/limits"))
        XCTAssertEqual(state.connection, .actionNeeded("certificate not trusted"))
        XCTAssertEqual(state.limits.status.retryDelay, Backoff.cap, "no quick retries: only a person can fix it")
        state.fail(LimitsResource.source, .transport(.connectionRefused, endpoint: "GET /api/limits"))
        XCTAssertLessThan(state.limits.status.retryDelay ?? 99, Backoff.cap, "ordinary trouble backs off step by step")
    }
}
