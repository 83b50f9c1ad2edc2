import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// What a console left open costs the server, counted by the simulator, with the real binary at a 1 s
/// refresh against 50 knowledge bases. Every pane's budget is checked in simulated time
/// (`PollPlannerTests`); this smoke test checks the heaviest pane, with its health look-ups, for real.
final class RequestBudgetEndToEndTests: XCTestCase {
    static let budgetPerSecond = 4.0
    /// Counting, not waiting: the steady requests of this many refresh cycles (one list request each, as the
    /// server sees them) are divided by the time they took.
    static let cycles = 4

    func testTheKnowledgeBasePaneStaysWithinFourRequestsPerSecond() async throws {
        let fixture = try await SimulatorFixture()
        let existing = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100)).pagination.total
        for index in existing..<50 {
            _ = try await fixture.client.createKnowledgeBase(body: .object(["name": .string("Base \(index)")]))
        }
        let session = try fixture.console(width: 160, height: 48, refresh: 1)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        try session.send("5")
        // The first loads are over once every row on screen shows its health.
        try session.waitFor("every row's health", timeout: 15) { screen in
            screen.contains("Knowledge Bases 1-") && !screen.contains("unknown") && screen.contains("healthy")
        }
        await fixture.simulator.clearRecordedRequests()
        let started = Date()
        var requests: [RecordedRequest] = []
        while requests.filter({ $0.path == "/api/knowledge-bases" }).count < Self.cycles {
            XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the pane stopped polling its list")
            if Date().timeIntervalSince(started) > 30 { break }
            try await Task.sleep(for: .milliseconds(100))
            requests = await fixture.simulator.recordedRequests()
        }
        let seconds = Date().timeIntervalSince(started)
        let perSecond = Double(requests.count) / seconds
        let paths = Dictionary(grouping: requests, by: \.path).mapValues(\.count).sorted { $0.value > $1.value }
        XCTAssertLessThanOrEqual(perSecond, Self.budgetPerSecond, "\(requests.count) requests in \(seconds) s: \(paths)")
        XCTAssertGreaterThan(requests.count, 0, "the pane keeps polling")
        let health = requests.filter { $0.path.hasSuffix("/health") && $0.path.hasPrefix("/api/knowledge-bases/") }
        XCTAssertLessThan(health.count, 50, "health only for rows on screen, not every base on every poll")
        await fixture.shutdown()
    }
}
