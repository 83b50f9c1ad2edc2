import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// Teams in both shapes the platform answers with (a page on 1.4, a bare array on older servers),
/// and a team's members, over real loopback HTTP.
final class ClientTeamsTests: XCTestCase {
    var simulator: ArchestraSimulator?
    var client: ArchestraClient?

    func start(_ generation: APIGeneration) async throws -> ArchestraClient {
        var options = SimulatorOptions()
        options.generation = generation
        options.trafficInterval = .zero
        let simulator = ArchestraSimulator(options: options)
        self.simulator = simulator
        let port = try await simulator.start()
        let client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: 5))
        self.client = client
        return client
    }

    override func tearDown() async throws {
        await client?.shutdown()
        await simulator?.stop()
    }

    func testAPagedAnswerReadsPageByPage() async throws {
        let client = try await start(.v1_4)
        let first = try await client.teams(TeamQuery(limit: 1, offset: 0))
        XCTAssertEqual(first.data.count, 1)
        XCTAssertTrue(first.pagination.hasNext)
        let all = try await ArchestraClient.collectRecords(pageSize: 1, maxItems: 100) { offset, limit in
            try await client.teams(TeamQuery(limit: limit, offset: offset))
        }
        XCTAssertGreaterThan(all.items.count, 1)
        XCTAssertEqual(Set(all.items.map(\.id)).count, all.items.count)
    }

    func testABareArrayFromAnOlderServerReadsAsOneCompletePage() async throws {
        let client = try await start(.v1_2)
        let page = try await client.teams(TeamQuery(limit: 1, offset: 0))
        XCTAssertGreaterThan(page.data.count, 1, "the whole array, whatever the limit asked")
        XCTAssertFalse(page.pagination.hasNext)
        XCTAssertEqual(page.pagination.total, page.data.count)
        let all = try await ArchestraClient.collectRecords(pageSize: 1, maxItems: 100) { offset, limit in
            try await client.teams(TeamQuery(limit: limit, offset: offset))
        }
        XCTAssertEqual(all.items.map(\.id), page.data.map(\.id), "one request, no second page")
    }

    func testMembersCarryNameEmailRoleAndSSO() async throws {
        let client = try await start(.v1_4)
        let teams = try await client.teams().data
        let team = try XCTUnwrap(teams.first)
        let members = try await client.teamMembers(teamID: team.id)
        XCTAssertFalse(members.isEmpty)
        XCTAssertTrue(members.allSatisfy { ($0.email ?? "").contains("@") })
        XCTAssertTrue(members.contains { $0.role == "admin" })
        XCTAssertTrue(members.contains { $0.syncedFromSso })
    }

    func testMembersOfAnUnknownTeamAreNotFound() async throws {
        let client = try await start(.v1_4)
        do {
            _ = try await client.teamMembers(teamID: "no-such-team")
            XCTFail("expected a 404")
        } catch let error as ArchestraError {
            guard case .http(let status, _, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(status, 404)
        }
    }
}
