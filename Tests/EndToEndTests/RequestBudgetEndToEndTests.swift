import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// What a console left open costs the server: requests per second per pane, counted by the
/// simulator, with the real binary at a 1 s refresh against 50 knowledge bases.
final class RequestBudgetEndToEndTests: XCTestCase {
    static let budgetPerSecond = 4.0
    static let window: TimeInterval = 10

    func testEveryPaneStaysWithinFourRequestsPerSecond() async throws {
        let fixture = try await SimulatorFixture()
        let existing = try await fixture.client.knowledgeBases(KnowledgeBaseQuery(limit: 100)).pagination.total
        for index in existing..<50 {
            _ = try await fixture.client.createKnowledgeBase(KnowledgeBaseInput(name: "Base \(index)"))
        }
        let session = try fixture.console(width: 160, height: 48, refresh: 1)
        defer { session.kill() }
        try session.waitFor(text: "connected")
        var figures: [String] = []
        for (key, title) in [("1", "Overview last"), ("5", "Knowledge Bases 1-"), ("2", "Agents 1-"), ("7", "Usage Limits 1-")] {
            try session.send(key)
            try session.waitFor(text: title, timeout: 10)
            // Let the pane's first loads settle, then count a steady window.
            try await Task.sleep(for: .seconds(3))
            await fixture.simulator.clearRecordedRequests()
            try await Task.sleep(for: .seconds(Self.window))
            let requests = await fixture.simulator.recordedRequests()
            let perSecond = Double(requests.count) / Self.window
            let paths = Dictionary(grouping: requests, by: \.path).mapValues(\.count).sorted { $0.value > $1.value }
            figures.append("\(title): \(String(format: "%.1f", perSecond))/s \(paths.prefix(6))")
            XCTAssertLessThanOrEqual(perSecond, Self.budgetPerSecond, "\(title) sent \(requests.count) requests in \(Self.window) s: \(paths)")
            if key == "5" {
                let health = requests.filter { $0.path.hasSuffix("/health") && $0.path.hasPrefix("/api/knowledge-bases/") }
                XCTAssertLessThan(health.count, 50, "health only for rows on screen, not every base on every poll")
            }
        }
        print(figures.joined(separator: "\n"))
        await fixture.shutdown()
    }
}
