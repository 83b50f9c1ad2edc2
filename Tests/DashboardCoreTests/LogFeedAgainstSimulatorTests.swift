import ArchestraAPI
import ArchestraSimulator
import XCTest

@testable import DashboardCore

/// The poller with the real client and the simulator: new rows arrive on top, an outrun poll's gap fills,
/// older pages read to the end without repeating a row, in offset and cursor worlds alike.
final class LogFeedAgainstSimulatorTests: XCTestCase {
    var simulator: ArchestraSimulator!
    var client: ArchestraClient!

    func start(_ generation: APIGeneration) async throws {
        var options = SimulatorOptions()
        options.generation = generation
        options.trafficInterval = .zero
        simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        client = ArchestraClient(
            configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init)))
    }

    override func tearDown() async throws {
        await client?.shutdown()
        await simulator?.stop()
    }

    /// Every call the server holds, newest first, read in one go.
    private func serverToolCalls() async throws -> [String] {
        var ids: [String] = []
        var page = try await client.mcpToolCalls(page: LogPageRequest(limit: 100))
        ids += page.items.map(\.id)
        while let next = page.next {
            page = try await client.mcpToolCalls(page: LogPageRequest(position: next, limit: 100))
            ids += page.items.map(\.id)
        }
        return ids
    }

    private func followToolCalls(_ generation: APIGeneration, style: LogPagingStyle) async throws {
        try await start(generation)
        await simulator.generateLogTraffic(count: 60)
        var feed = LogFeed<MCPToolCall>(pollLimit: 5)
        feed.mergeNewest(try await client.mcpToolCalls(page: feed.newestRequest))
        XCTAssertEqual(feed.style, style)
        XCTAssertEqual(feed.rows.count, 5)

        // A burst larger than one page: the poll leaves a gap, filled on demand.
        await simulator.generateLogTraffic(count: 150)
        let merge = feed.mergeNewest(try await client.mcpToolCalls(page: feed.newestRequest))
        XCTAssertTrue(merge.openedGap, "\(generation)")
        while let gap = feed.gaps.first {
            feed.fill(gap, with: try await client.mcpToolCalls(page: feed.request(filling: gap)))
        }
        // Scrolling down reads the rest, while new rows keep arriving on top.
        var rounds = 0
        while let request = feed.olderRequest, rounds < 200 {
            rounds += 1
            if rounds == 3 {
                await simulator.generateLogTraffic(count: 20)
                feed.mergeNewest(try await client.mcpToolCalls(page: feed.newestRequest))
                while let gap = feed.gaps.first {
                    feed.fill(gap, with: try await client.mcpToolCalls(page: feed.request(filling: gap)))
                }
            }
            feed.appendOlder(try await client.mcpToolCalls(page: request))
        }
        let server = try await serverToolCalls()
        XCTAssertEqual(feed.rows.map(\.id), server, "\(generation): every call once, newest first")
    }

    func testFollowingToolCallsByCursorMatchesTheServer() async throws {
        try await followToolCalls(.v1_4, style: .cursor)
    }

    func testFollowingToolCallsByOffsetMatchesTheServer() async throws {
        try await followToolCalls(.v1_2, style: .offset)
    }

    func testFollowingSummariesOnAnOlderServerUsesSmallPagesAndKeepsUp() async throws {
        try await start(.v1_2)
        await simulator.generateLogTraffic(count: 10)
        var feed = LogFeed<InteractionSummary>(capacity: 40)
        feed.mergeNewest(try await client.interactionSummaries(page: feed.newestRequest))
        XCTAssertEqual(feed.rows.count, 10)
        await simulator.generateLogTraffic(count: 3)
        let merge = feed.mergeNewest(try await client.interactionSummaries(page: feed.newestRequest))
        XCTAssertEqual(merge.added, 3)
        XCTAssertFalse(merge.openedGap)
        await simulator.generateLogTraffic(count: 60)
        feed.mergeNewest(try await client.interactionSummaries(page: feed.newestRequest))
        XCTAssertEqual(feed.rows.count, 38, "25 more (one small page) on top of 13")
        XCTAssertEqual(feed.gaps.count, 1)
        while let gap = feed.gaps.first {
            feed.fill(gap, with: try await client.interactionSummaries(page: feed.request(filling: gap)))
        }
        XCTAssertEqual(feed.rows.count, 40, "capped")
        let newest = try await client.interactions(page: LogPageRequest(limit: 40))
        XCTAssertEqual(feed.rows.map(\.id), newest.items.map(\.id), "the newest 40, in order")
    }
}
