import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class LargeSeedTests: XCTestCase {
    func testHundredThousandAgentsSeedQuicklyAndPaginate() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let harness = try await startSimulator { $0.agentCount = 100_000 }
        let seeding = clock.now - start
        XCTAssertLessThan(seeding, .seconds(5), "seeding took \(seeding)")

        let first = try await harness.json("/api/agents?limit=5")
        XCTAssertEqual(first.page("total"), 100_000)
        XCTAssertEqual(first.page("totalPages"), 20_000)
        XCTAssertEqual(first.dataItems.first?["name"], .string("Архивариус"), "named agents are the newest")

        let last = try await harness.json("/api/agents?limit=100&offset=99950")
        XCTAssertEqual(last.dataItems.count, 50)
        XCTAssertEqual(last["pagination"]?["hasNext"], .bool(false))
        XCTAssertEqual(last.dataItems.last?["name"], .string("Billing Agent 1"), "oldest bulk agent is last")
        XCTAssertNotNil(last.dataItems.last?["teams"]?.arrayValue)

        let filtered = try await harness.json("/api/agents?name=pricing&agentType=agent&limit=1")
        XCTAssertGreaterThan(filtered.page("total") ?? 0, 1_000)
        let ids = try await harness.json("/api/agents?limit=100&offset=50000")
        XCTAssertEqual(Set(ids.dataItems.compactMap { $0["id"]?.stringValue }).count, 100)
    }
}
