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

    func testExtraKnowledgeBasesChangeNothingElse() async throws {
        let plain = try await startSimulator()
        let large = try await startSimulator { $0.knowledgeBaseCount = 2_000 }
        let plainBases = try await plain.json("/api/knowledge-bases?limit=100")
        let largeBases = try await large.json("/api/knowledge-bases?limit=100")
        XCTAssertEqual(plainBases.page("total"), 6)
        XCTAssertEqual(largeBases.page("total"), 2_006)
        // Seeded ids and names (timestamps follow each simulator's own clock) are unchanged.
        func identities(_ items: ArraySlice<JSONValue>) -> [[JSONValue?]] { items.map { [$0["id"], $0["name"]] } }
        XCTAssertEqual(identities(largeBases.dataItems.prefix(6)), identities(plainBases.dataItems[...]), "the seeded ones come first")
        let names = largeBases.dataItems.dropFirst(6).compactMap { $0["name"]?.stringValue }
        XCTAssertEqual(names.first, "Billing Handbook 1")
        let plainAgents = try await plain.json("/api/agents?limit=100")
        let largeAgents = try await large.json("/api/agents?limit=100")
        XCTAssertEqual(plainAgents.dataItems.compactMap { $0["id"] }, largeAgents.dataItems.compactMap { $0["id"] })
        let searched = try await large.json("/api/knowledge-bases?search=security%20wiki&limit=5")
        XCTAssertGreaterThan(searched.page("total") ?? 0, 5)
        let unhealthy = try await large.json("/api/knowledge-bases/\(largeBases.dataItems[18]["id"]?.stringValue ?? "")/health")
        XCTAssertEqual(unhealthy["status"], .string("unhealthy"), "every thirteenth generated one is unhealthy")
    }
}
