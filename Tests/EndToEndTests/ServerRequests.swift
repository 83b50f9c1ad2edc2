import Foundation
import XCTest
import ArchestraSimulator

/// Waiting on what the server received: the console sends a request after the screen changes, so a test
/// that reads the screen first waits for the request too.
extension XCTestCase {
    /// Every request the server saw, once `condition` holds (or the test fails after `timeout`).
    func requests(
        _ fixture: SimulatorFixture, _ description: String, timeout: TimeInterval = 10,
        _ condition: ([RecordedRequest]) -> Bool
    ) async throws -> [RecordedRequest] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let seen = await fixture.simulator.recordedRequests()
            if condition(seen) { return seen }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTFail("timed out waiting for \(description)")
        return await fixture.simulator.recordedRequests()
    }
}
