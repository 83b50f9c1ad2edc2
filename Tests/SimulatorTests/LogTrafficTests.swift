import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// The simulator's LLM interactions and MCP tool calls: generated at a set rate, deterministic per seed,
/// bounded in memory, counted in the statistics, and served in both API generations' pagination.
final class LogTrafficTests: XCTestCase {
    private let seededAt = 1_788_876_191.0

    private func world(_ configure: (inout SimulatorOptions) -> Void = { _ in }) -> SimulatedWorld {
        var options = SimulatorOptions()
        configure(&options)
        return WorldSeeder.makeWorld(options: options, now: seededAt)
    }

    // MARK: Generation

    func testNoLogsWithoutARateAndEachTickLogsTheRateTimesItsPeriod() {
        var quiet = world()
        XCTAssertTrue(quiet.logs.interactions.isEmpty, "logging is off by default")
        LogGenerator.tick(&quiet, now: seededAt + 1, period: 1)
        XCTAssertTrue(quiet.logs.interactions.isEmpty)

        var busy = world { $0.logRate = 2.5 }
        XCTAssertEqual(busy.logs.interactions.count, 750, "five minutes of history at the rate")
        LogGenerator.tick(&busy, now: seededAt + 1, period: 1)
        XCTAssertEqual(busy.logs.interactions.count, 752)
        LogGenerator.tick(&busy, now: seededAt + 2, period: 1)
        XCTAssertEqual(busy.logs.interactions.count, 755, "the half carried over from the tick before")
        LogGenerator.tick(&busy, now: seededAt + 4, period: 2)
        XCTAssertEqual(busy.logs.interactions.count, 760)
        XCTAssertEqual(busy.logs.interactions[newest: 0].time, seededAt + 4, accuracy: 1e-9, "the newest is at the tick's time")
    }

    func testTheSameSeedLogsTheSameTraffic() {
        var first = world { $0.seed = 7 }
        var second = world { $0.seed = 7 }
        var other = world { $0.seed = 8 }
        for index in [0, 1] {
            LogGenerator.generate(&first, count: 40, endingAt: seededAt + Double(index), over: 1, chargeLimits: true)
            LogGenerator.generate(&second, count: 40, endingAt: seededAt + Double(index), over: 1, chargeLimits: true)
            LogGenerator.generate(&other, count: 40, endingAt: seededAt + Double(index), over: 1, chargeLimits: true)
        }
        let render = { (world: SimulatedWorld) in world.logs.interactions.newestFirst.map { LogRenderer(world: world).interaction($0) } }
        XCTAssertEqual(render(first), render(second))
        XCTAssertNotEqual(render(first).map { $0["id"] }, render(other).map { $0["id"] })
    }

    func testLogsKeepOnlyTheNewestUpToTheirCapacity() {
        var world = world { $0.logCapacity = 25 }
        LogGenerator.generate(&world, count: 400, endingAt: seededAt, over: 10, chargeLimits: true)
        XCTAssertEqual(world.logs.interactions.count, 25)
        XCTAssertLessThanOrEqual(world.logs.toolCalls.count, 25)
        XCTAssertFalse(world.logs.toolCalls.isEmpty)
        let serials = world.logs.interactions.newestFirst.map(\.serial)
        XCTAssertEqual(serials, serials.sorted(by: >), "newest first")
        XCTAssertEqual(world.logs.interactions[newest: 0].time, seededAt, accuracy: 1e-9, "the newest survive")
    }

    func testLoggedCallsCountInTheStatistics() throws {
        var world = world()
        let window = try StatisticsWindow.parse("1h", now: seededAt + 2, earliestData: world.usage.earliestTime)
        let before = StatisticsQuery(world: world, window: window, now: seededAt + 2).overview()
        LogGenerator.generate(&world, count: 30, endingAt: seededAt + 1, over: 1, chargeLimits: true)
        let after = StatisticsQuery(world: world, window: window, now: seededAt + 2).overview()
        let requests = (after["totalRequests"]?.doubleValue ?? 0) - (before["totalRequests"]?.doubleValue ?? 0)
        let cost = (after["totalCost"]?.doubleValue ?? 0) - (before["totalCost"]?.doubleValue ?? 0)
        XCTAssertEqual(requests, 30)
        let logged = world.logs.interactions.newestFirst.reduce(0) { $0 + $1.cost }
        XCTAssertEqual(cost, logged, accuracy: 0.001, "the overview grew by what the log says the calls cost")
    }

    func testTrafficHasRefusalsUpstreamErrorsReroutesAndFailingToolCalls() {
        var world = world()
        LogGenerator.generate(&world, count: 600, endingAt: seededAt, over: 60, chargeLimits: true)
        let renderer = LogRenderer(world: world)
        let records = world.logs.interactions.newestFirst.map { renderer.interaction($0) }
        XCTAssertTrue(records.contains { $0["toolCallBlock"]?["reason"]?.stringValue != nil }, "refused tool calls")
        XCTAssertTrue(records.contains { $0["unsafeContextBoundary"]?["reason"]?.stringValue == "tool_result_blocked" })
        XCTAssertTrue(records.contains { $0["response"]?["error"]?.stringValue != nil }, "upstream errors")
        let rerouted = records.filter { $0["model"] != $0["baselineModel"] }
        XCTAssertFalse(rerouted.isEmpty, "rerouted calls")
        for record in rerouted where record["type"]?.stringValue != "gemini:generateContent" {
            XCTAssertEqual(record["request"]?["model"], record["baselineModel"], "the caller asked for the baseline")
            XCTAssertEqual(record["processedRequest"]?["model"], record["model"], "the platform sent the cheaper model")
        }
        XCTAssertTrue(records.contains { $0["externalAgentIdLabel"]?.isNull == true }, "calls without a resolved agent name")
        XCTAssertTrue(records.allSatisfy { $0["cost"]?.stringValue?.contains(".") == true }, "costs are decimal strings")
        let calls = world.logs.toolCalls.newestFirst.map(renderer.toolCall)
        XCTAssertTrue(calls.contains { $0["toolResult"]?["isError"] == .bool(true) }, "failing tool calls")
        XCTAssertTrue(calls.contains { $0["toolResult"]?["isError"] == .bool(false) })
        for call in calls {
            let name = call["toolCall"]?["name"]?.stringValue ?? ""
            XCTAssertEqual(name.components(separatedBy: "__").count, 2, "server__tool, prefixed once: \(name)")
        }
        XCTAssertEqual(Set(records.compactMap { $0["sessionId"]?.stringValue }).count < records.count, true, "calls come in sessions")
    }

    func testAToolBlockedAlwaysIsRefusedEveryTimeTheModelAsksForIt() throws {
        var world = world()
        let blocked = world.toolsBlockedAlways
        XCTAssertFalse(blocked.isEmpty, "the seed blocks at least one tool always")
        LogGenerator.generate(&world, count: 1_500, endingAt: seededAt, over: 300, chargeLimits: true)
        let asked = world.logs.interactions.newestFirst.filter { $0.toolUse.map { blocked.contains($0.tool) } ?? false }
        XCTAssertFalse(asked.isEmpty, "the model asks for the blocked tools now and then")
        XCTAssertTrue(asked.allSatisfy { $0.outcome == .refusedCall || $0.outcome == .blockedResult }, "\(asked.map(\.outcome))")
        XCTAssertFalse(world.logs.toolCalls.newestFirst.contains { blocked.contains($0.use.tool) }, "a refused call never runs")
    }

    func testTheOlderGenerationMarksRefusalsOnlyWithTheBoundary() {
        var world = world { $0.generation = .v1_2 }
        LogGenerator.generate(&world, count: 300, endingAt: seededAt, over: 60, chargeLimits: true)
        let renderer = LogRenderer(world: world)
        let records = world.logs.interactions.newestFirst.map { renderer.interaction($0) }
        XCTAssertTrue(records.allSatisfy { $0["toolCallBlock"] == nil })
        XCTAssertTrue(records.contains { $0["unsafeContextBoundary"]?["reason"]?.stringValue == "tool_result_blocked" })
    }

    func testBodiesCarryModelTextInManyScriptsWithEscapeSequences() {
        var world = world()
        LogGenerator.generate(&world, count: 200, endingAt: seededAt, over: 60, chargeLimits: true)
        let renderer = LogRenderer(world: world)
        let bodies = world.logs.interactions.newestFirst.map { record -> String in
            let json = renderer.interaction(record)
            return String(decoding: JSON.encode(.array([json["request"] ?? .null, json["response"] ?? .null])), as: UTF8.self)
        }
        let all = bodies.joined()
        XCTAssertTrue(all.contains("\\u001b["), "ANSI escape sequences")
        XCTAssertTrue(all.contains("\u{9B}"), "a C1 control")
        XCTAssertTrue(all.contains("東京"), "CJK")
        XCTAssertTrue(all.contains("🚀"), "emoji")
        XCTAssertGreaterThan(bodies.map(\.utf8.count).max() ?? 0, 600, "bodies are model-sized, not stubs")
    }

    // MARK: HTTP

    func testTheNewerGenerationPagesToolCallsAndSessionsByCursorAndHasSummaries() async throws {
        let harness = try await startSimulator()
        await harness.simulator.generateLogTraffic(count: 120)
        let summaries = try await harness.json("/api/interactions/summaries?limit=5")
        XCTAssertEqual(summaries.dataItems.count, 5)
        XCTAssertNil(summaries.dataItems.first?["request"], "summaries carry no bodies")
        XCTAssertNotNil(summaries.dataItems.first?["lastUserMessagePreview"]?.stringValue)
        XCTAssertEqual(summaries["pagination"]?["total"]?.doubleValue, 120, "interactions page by offset in every generation")

        var seen: [String] = []
        var cursor: String?
        repeat {
            let query = "/api/mcp-tool-calls?limit=7&offset=3" + (cursor.map { "&cursor=" + $0 } ?? "")
            let page = try await harness.json(query)
            XCTAssertNil(page["pagination"]?["total"])
            seen += page.dataItems.compactMap { $0["id"]?.stringValue }
            cursor = page["pagination"]?["nextCursor"]?.stringValue
        } while cursor != nil
        let total = await harness.simulator.heldLogCounts.toolCalls
        XCTAssertGreaterThan(total, 7, "more than one page")
        XCTAssertEqual(seen.count, total, "offset is ignored on a cursor listing; every call comes once")
        XCTAssertEqual(Set(seen).count, total)

        let sessions = try await harness.json("/api/interactions/sessions?limit=3")
        XCTAssertNotNil(sessions["pagination"]?["nextCursor"]?.stringValue)
        XCTAssertNotNil(sessions.dataItems.first?["lastUserMessagePreview"])
        let bad = try await harness.get("/api/mcp-tool-calls?cursor=nonsense")
        XCTAssertEqual(bad.status, 400)
    }

    func testTheOlderGenerationPagesByOffsetEverywhereAndHasNoSummaries() async throws {
        let harness = try await startSimulator { $0.generation = .v1_2 }
        await harness.simulator.generateLogTraffic(count: 80)
        let missing = try await harness.get("/api/interactions/summaries")
        XCTAssertEqual(missing.status, 404)
        let calls = try await harness.json("/api/mcp-tool-calls?limit=5&offset=5")
        XCTAssertEqual(calls["pagination"]?["currentPage"]?.doubleValue, 2)
        XCTAssertNotNil(calls["pagination"]?["total"]?.doubleValue)
        XCTAssertNil(calls["pagination"]?["nextCursor"])
        let sessions = try await harness.json("/api/interactions/sessions?limit=5")
        XCTAssertNotNil(sessions["pagination"]?["total"]?.doubleValue)
        XCTAssertNotNil(sessions.dataItems.first?["lastInteractionRequest"]?["messages"], "older builds send the last request")
    }

    func testThePagingStyleCanBeChosenApartFromTheGeneration() async throws {
        let harness = try await startSimulator { $0.logPaging = .offset }
        await harness.simulator.generateLogTraffic(count: 40)
        let calls = try await harness.json("/api/mcp-tool-calls?limit=5")
        XCTAssertNotNil(calls["pagination"]?["total"]?.doubleValue)
        let summaries = try await harness.get("/api/interactions/summaries")
        XCTAssertEqual(summaries.status, 200, "still the 1.4 world")
    }

    func testSessionsAddUpTheirInteractions() async throws {
        let harness = try await startSimulator { $0.generation = .v1_2 }
        await harness.simulator.generateLogTraffic(count: 60)
        let sessions = try await harness.json("/api/interactions/sessions?limit=100")
        let requestCount = sessions.dataItems.reduce(0) { $0 + ($1["requestCount"]?.doubleValue ?? 0) }
        XCTAssertEqual(requestCount, 60)
        let first = try XCTUnwrap(sessions.dataItems.first)
        let sessionID = try XCTUnwrap(first["sessionId"]?.stringValue)
        let members = try await harness.json("/api/interactions?limit=100&sessionId=\(sessionID)")
        XCTAssertEqual(Double(members.dataItems.count), first["requestCount"]?.doubleValue)
        let cost = members.dataItems.reduce(0) { $0 + (Double($1["cost"]?.stringValue ?? "") ?? 0) }
        XCTAssertEqual(Double(first["totalCost"]?.stringValue ?? "") ?? -1, cost, accuracy: 1e-8)
        XCTAssertEqual(first["lastRequestTime"], members.dataItems.first?["createdAt"])
        XCTAssertEqual(first["firstRequestTime"], members.dataItems.last?["createdAt"])
    }

    func testFiltersNarrowTheLogsAndBadOnesAre400() async throws {
        let harness = try await startSimulator()
        await harness.simulator.generateLogTraffic(count: 150)
        let all = try await harness.json("/api/interactions?limit=100")
        let sample = try XCTUnwrap(all.dataItems.first)
        let agentID = try XCTUnwrap(sample["profileId"]?.stringValue)
        let byAgent = try await harness.json("/api/interactions?limit=100&profileId=\(agentID)")
        XCTAssertFalse(byAgent.dataItems.isEmpty)
        XCTAssertTrue(byAgent.dataItems.allSatisfy { $0["profileId"]?.stringValue == agentID })
        let userID = try XCTUnwrap(sample["userId"]?.stringValue)
        let byUser = try await harness.json("/api/interactions?limit=100&userId=\(userID)")
        XCTAssertTrue(byUser.dataItems.allSatisfy { $0["userId"]?.stringValue == userID })
        let future = try await harness.json("/api/interactions?startDate=2100-01-01T00:00:00Z")
        XCTAssertEqual(future["pagination"]?["total"]?.doubleValue, 0)
        let bareDate = try await harness.get("/api/interactions?startDate=2026-06-12")
        XCTAssertEqual(bareDate.status, 400)
        XCTAssertEqual(bareDate.errorType, "api_validation_error")
        let oldest = try await harness.json("/api/interactions?limit=1&sortDirection=asc")
        XCTAssertNotEqual(oldest.dataItems.first?["id"], sample["id"])

        let calls = try await harness.json("/api/mcp-tool-calls?limit=100")
        let call = try XCTUnwrap(calls.dataItems.first)
        let callAgent = try XCTUnwrap(call["agentId"]?.stringValue)
        let byCallAgent = try await harness.json("/api/mcp-tool-calls?limit=100&agentId=\(callAgent)")
        XCTAssertTrue(byCallAgent.dataItems.allSatisfy { $0["agentId"]?.stringValue == callAgent })
        let server = try XCTUnwrap(call["mcpServerName"]?.stringValue)
        let byServer = try await harness.json("/api/mcp-tool-calls?limit=100&mcpServerName=\(server)")
        XCTAssertTrue(byServer.dataItems.allSatisfy { $0["mcpServerName"]?.stringValue == server })
    }

    func testOneRecordIsServedWithItsBodies() async throws {
        let harness = try await startSimulator()
        await harness.simulator.generateLogTraffic(count: 20)
        let list = try await harness.json("/api/interactions/summaries?limit=1")
        let id = try XCTUnwrap(list.dataItems.first?["id"]?.stringValue)
        let record = try await harness.json("/api/interactions/\(id)")
        XCTAssertEqual(record["id"]?.stringValue, id)
        XCTAssertNotNil(record["request"]?.objectValue)
        XCTAssertNotNil(record["response"]?.objectValue)
        let missing = try await harness.get("/api/interactions/00000000-0000-4000-8000-000000000000")
        XCTAssertEqual(missing.status, 404)
        let calls = try await harness.json("/api/mcp-tool-calls?limit=1")
        let callID = try XCTUnwrap(calls.dataItems.first?["id"]?.stringValue)
        let call = try await harness.json("/api/mcp-tool-calls/\(callID)")
        XCTAssertEqual(call["toolCall"]?["name"], calls.dataItems.first?["toolCall"]?["name"])
    }
}
