import XCTest
@testable import DashboardCore

final class BackoffTests: XCTestCase {
    func testDoublesFromTheRefreshIntervalUpToThirtySeconds() {
        // jitter 0.5 means no spread.
        XCTAssertEqual(Backoff.delay(afterFailures: 1, base: 2, jitter: 0.5), 2)
        XCTAssertEqual(Backoff.delay(afterFailures: 2, base: 2, jitter: 0.5), 4)
        XCTAssertEqual(Backoff.delay(afterFailures: 3, base: 2, jitter: 0.5), 8)
        XCTAssertEqual(Backoff.delay(afterFailures: 4, base: 2, jitter: 0.5), 16)
        XCTAssertEqual(Backoff.delay(afterFailures: 5, base: 2, jitter: 0.5), 30)
        XCTAssertEqual(Backoff.delay(afterFailures: 500, base: 2, jitter: 0.5), 30)
    }

    func testJitterSpreadsByAQuarterEitherWayButNeverPastTheCap() {
        XCTAssertEqual(Backoff.delay(afterFailures: 2, base: 2, jitter: 0), 3)
        XCTAssertEqual(Backoff.delay(afterFailures: 2, base: 2, jitter: 1), 5)
        XCTAssertEqual(Backoff.delay(afterFailures: 9, base: 2, jitter: 1), 30)
        XCTAssertEqual(Backoff.delay(afterFailures: 9, base: 2, jitter: 0), 22.5)
    }

    func testOddInputsStayBounded() {
        XCTAssertEqual(Backoff.delay(afterFailures: 0, base: 2, jitter: 0.5), 2, "0 failures counts as the first")
        XCTAssertEqual(Backoff.delay(afterFailures: 1, base: 0.01, jitter: 0.5), 0.5, "never below half a second")
        XCTAssertEqual(Backoff.delay(afterFailures: 1, base: 2, jitter: -3), 1.5, "jitter is clamped")
    }
}
