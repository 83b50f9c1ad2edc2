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

    /// `:logs` as the console polls it (its source, the real client), against bursts of more interactions
    /// than a page holds: following costs one request a poll, and scrolling down reads what the polls missed.
    func testFollowingABusyServerThenScrollingDownMissesNoInteraction() async throws {
        try await start(.v1_4)
        let loader = APIDataLoader(client: client)
        var state = CoreFixture.state(pane: .logs, width: 160, height: 48)
        var requests = 0
        func poll() async -> [Effect] {
            requests += 1
            let request = LogsResource.source.erased.request(in: state)
            let outcome = await loader.load(request)
            return state.reduce(
                .loaded(LoadResult(source: LogsResource.source.id, key: request.key, outcome: outcome, finishedAt: state.now)))
        }
        func asksAtOnce(_ effects: [Effect]) -> Bool {
            effects.contains { if case .refresh(let ids) = $0 { ids.contains(LogsResource.source.id) } else { false } }
        }
        await simulator.generateLogTraffic(count: 10)
        _ = await poll()
        for _ in 0..<5 {
            await simulator.generateLogTraffic(count: 80)
            let effects = await poll()
            XCTAssertFalse(asksAtOnce(effects), "80 new interactions, 50 a page: still one request a refresh")
        }
        XCTAssertEqual(requests, 6)
        XCTAssertEqual(state[LogsResource.source].value?.feed.gaps.count, 5)
        // Scrolling down reads each hole when the selection reaches the row above it.
        var moves = 0
        while let gap = state[LogsResource.source].value?.feed.gaps.first, moves < 1_000 {
            if state.visibleTable?.row(at: state.ui.list(.logs).selected)?.id == gap.afterID {
                // The refresh turns: a gap read, or the newest page when the turn before read a gap.
                _ = await poll()
            } else {
                _ = state.reduce(.key(.character("j")))
                moves += 1
            }
        }
        let held = try XCTUnwrap(state[LogsResource.source].value?.feed)
        XCTAssertEqual(held.gaps, [])
        XCTAssertLessThanOrEqual(requests, 6 + 2 * 5, "each hole read within two turns of reaching it")
        var server: [String] = []
        while server.count < held.rows.count {
            let page = try await client.interactions(page: LogPageRequest(position: .offset(server.count), limit: 100))
            server += page.items.map(\.id)
            if page.next == nil { break }
        }
        XCTAssertEqual(held.rows.map(\.id), Array(server.prefix(held.rows.count)), "every interaction, newest first")
        XCTAssertGreaterThanOrEqual(held.rows.count, 400)
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
