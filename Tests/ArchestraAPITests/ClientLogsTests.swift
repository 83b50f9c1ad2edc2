import Foundation
import XCTest

import ArchestraAPI
import ArchestraSimulator

/// The log client against the simulator in both API generations: what the server received (path,
/// page style, filters), the summaries fallback and the words for a missing `log:read`.
final class ClientLogsTests: XCTestCase {
    var simulator: ArchestraSimulator!
    var client: ArchestraClient!

    func start(_ generation: APIGeneration, logs: Int = 120) async throws {
        var options = SimulatorOptions()
        options.generation = generation
        options.trafficInterval = .zero
        simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        await simulator.generateLogTraffic(count: logs)
        client = ArchestraClient(
            configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init)))
        await simulator.clearRecordedRequests()
    }

    override func tearDown() async throws {
        await client?.shutdown()
        await simulator?.stop()
    }

    private func requests(to path: String) async -> [RecordedRequest] {
        await simulator.recordedRequests().filter { $0.path == path }
    }

    func testSummariesComeFromTheirEndpointOnNewerServers() async throws {
        try await start(.v1_4)
        let page = try await client.interactionSummaries(page: LogPageRequest(limit: 50))
        XCTAssertEqual(page.items.count, 50)
        XCTAssertEqual(page.style, .offset)
        XCTAssertEqual(page.total, 120)
        XCTAssertEqual(page.next, .offset(50))
        XCTAssertTrue(page.items.allSatisfy { $0.lastUserMessagePreview != nil })
        let sent = await requests(to: "/api/interactions/summaries")
        XCTAssertEqual(sent.map(\.query), [["limit": "50", "sortBy": "createdAt", "sortDirection": "desc"]])
        let fullRecords = await requests(to: "/api/interactions")
        XCTAssertTrue(fullRecords.isEmpty)
        XCTAssertFalse(client.readsFullRecordsForSummaries)
    }

    func testOlderServersAnswer404AndSmallPagesOfFullRecordsStandInFromThenOn() async throws {
        try await start(.v1_2)
        let first = try await client.interactionSummaries(page: LogPageRequest(limit: 50))
        XCTAssertEqual(first.items.count, ArchestraClient.fullRecordPageLimit, "full records come in small pages")
        XCTAssertEqual(first.next, .offset(25))
        XCTAssertTrue(first.items.allSatisfy { $0.raw["request"] == nil && $0.raw["response"] == nil }, "the bodies are not kept")
        XCTAssertTrue(first.items.allSatisfy { $0.lastUserMessagePreview != nil })
        XCTAssertTrue(client.readsFullRecordsForSummaries)
        let second = try await client.interactionSummaries(page: LogPageRequest(position: .offset(25), limit: 50))
        XCTAssertEqual(second.items.count, 25)
        XCTAssertTrue(Set(first.items.map(\.id)).isDisjoint(with: second.items.map(\.id)))
        let askedSummaries = await requests(to: "/api/interactions/summaries")
        XCTAssertEqual(askedSummaries.count, 1, "the 404 is remembered for this connection")
        let asked = await requests(to: "/api/interactions")
        XCTAssertEqual(asked.map { $0.query["limit"] }, ["25", "25"])
        XCTAssertEqual(asked.map { $0.query["offset"] }, [nil, "25"])
    }

    func testA400FromSummariesFallsBackTooButAFailingFallbackIsNotRemembered() async throws {
        try await start(.v1_4)
        // Where `summaries` is read as an interaction id, the answer is a 400.
        await simulator.setFault(.status(400), forPathPrefix: "/api/interactions/summaries")
        let page = try await client.interactionSummaries()
        XCTAssertEqual(page.items.count, ArchestraClient.fullRecordPageLimit)
        XCTAssertTrue(client.readsFullRecordsForSummaries)

        let other = ArchestraClient(configuration: client.configuration)
        await simulator.setFault(.status(404), forPathPrefix: "/api/interactions")
        var failure: ArchestraError?
        do {
            _ = try await other.interactionSummaries()
        } catch let error as ArchestraError {
            failure = error
        }
        let remembered = other.readsFullRecordsForSummaries
        await other.shutdown()
        XCTAssertEqual(failure?.endpoint, "GET /api/interactions", "the fallback's error is the one reported")
        XCTAssertFalse(remembered, "nothing is remembered when the fallback fails too")
        XCTAssertTrue(client.readsFullRecordsForSummaries, "what one connection learned is its own")
    }

    func testToolCallsAndSessionsPageByCursorOnNewerServers() async throws {
        try await start(.v1_4)
        var seen: [String] = []
        var page = try await client.mcpToolCalls(page: LogPageRequest(limit: 10))
        XCTAssertEqual(page.style, .cursor)
        XCTAssertNil(page.total)
        seen += page.items.map(\.id)
        while let next = page.next {
            page = try await client.mcpToolCalls(page: LogPageRequest(position: next, limit: 10))
            seen += page.items.map(\.id)
        }
        let held = await simulator.heldLogCounts.toolCalls
        XCTAssertGreaterThan(held, 10)
        XCTAssertEqual(seen.count, held)
        XCTAssertEqual(Set(seen).count, held, "each call once")
        let sent = await requests(to: "/api/mcp-tool-calls")
        XCTAssertNil(sent.first?.query["cursor"], "the newest page sends no cursor")
        XCTAssertNotNil(sent.last?.query["cursor"])
        XCTAssertTrue(sent.allSatisfy { $0.query["offset"] == nil })

        let sessions = try await client.interactionSessions(page: LogPageRequest(limit: 5))
        XCTAssertEqual(sessions.style, .cursor)
        XCTAssertEqual(sessions.items.count, 5)
        XCTAssertNotNil(sessions.next)
        XCTAssertTrue(sessions.items.allSatisfy { $0.agentLabel != nil && $0.totalCost != nil })
    }

    func testToolCallsAndSessionsPageByOffsetOnOlderServers() async throws {
        try await start(.v1_2)
        let first = try await client.mcpToolCalls(page: LogPageRequest(limit: 10))
        XCTAssertEqual(first.style, .offset)
        let held = await simulator.heldLogCounts.toolCalls
        XCTAssertEqual(first.total, held)
        XCTAssertEqual(first.next, .offset(10))
        let second = try await client.mcpToolCalls(page: LogPageRequest(position: .offset(10), limit: 10))
        XCTAssertTrue(Set(first.items.map(\.id)).isDisjoint(with: second.items.map(\.id)))
        let sent = await requests(to: "/api/mcp-tool-calls")
        XCTAssertEqual(sent.map { $0.query["offset"] }, [nil, "10"])
        XCTAssertTrue(sent.allSatisfy { $0.query["cursor"] == nil })

        let sessions = try await client.interactionSessions(page: LogPageRequest(limit: 5))
        XCTAssertEqual(sessions.style, .offset)
        XCTAssertNotNil(sessions.total)
        XCTAssertTrue(sessions.items.allSatisfy { $0.lastUserMessagePreview != nil }, "read from the last request on older servers")
    }

    func testServerSideFiltersAreSentAndHonoured() async throws {
        try await start(.v1_4)
        let newest = try await client.interactions(page: LogPageRequest(limit: 1))
        let sample = try XCTUnwrap(newest.items.first)
        let agent = try XCTUnwrap(sample.profileId)
        let start = try XCTUnwrap(ISO8601.date(from: "2020-01-01T00:00:00Z"))
        let end = Date().addingTimeInterval(3_600)
        let filter = LogFilter(agentId: agent, userId: sample.userId, sessionId: sample.sessionId, startDate: start, endDate: end)
        let page = try await client.interactionSummaries(filter)
        XCTAssertFalse(page.items.isEmpty)
        XCTAssertTrue(page.items.allSatisfy { $0.profileId == agent && $0.sessionId == sample.sessionId })
        let summaryRequests = await requests(to: "/api/interactions/summaries")
        let sent = try XCTUnwrap(summaryRequests.last)
        XCTAssertEqual(sent.query["profileId"], agent)
        XCTAssertEqual(sent.query["userId"], sample.userId)
        XCTAssertEqual(sent.query["sessionId"], sample.sessionId)
        XCTAssertEqual(sent.query["startDate"], "2020-01-01T00:00:00.000Z")
        XCTAssertEqual(sent.query["endDate"], ISO8601.string(from: end))

        let later = try await client.interactionSessions(LogFilter(startDate: Date().addingTimeInterval(3_600)))
        XCTAssertTrue(later.items.isEmpty, "the window is applied by the server")

        let calls = try await client.mcpToolCalls(page: LogPageRequest(limit: 100))
        let call = try XCTUnwrap(calls.items.first)
        let byServer = try await client.mcpToolCalls(LogFilter(agentId: call.agentId, mcpServerName: call.mcpServerName))
        XCTAssertTrue(byServer.items.allSatisfy { $0.agentId == call.agentId && $0.mcpServerName == call.mcpServerName })
        let callRequests = await requests(to: "/api/mcp-tool-calls")
        let callQuery = try XCTUnwrap(callRequests.last?.query)
        XCTAssertEqual(callQuery["agentId"], call.agentId)
        XCTAssertEqual(callQuery["mcpServerName"], call.mcpServerName)
    }

    func testTheFilterListsNameTheAgentsAndPeopleInTheLog() async throws {
        try await start(.v1_4, logs: 60)
        let agents = try await client.interactionExternalAgentIDs()
        let users = try await client.interactionUserIDs()
        let records = try await client.interactions(page: LogPageRequest(limit: 100)).items
        XCTAssertEqual(Set(agents.map(\.id)), Set(records.compactMap(\.externalAgentId)))
        XCTAssertTrue(agents.allSatisfy { !$0.name.isEmpty })
        XCTAssertEqual(Set(users.map(\.id)), Set(records.compactMap(\.userId)))
        let user = try XCTUnwrap(users.first)
        let theirs = try await client.interactionSummaries(LogFilter(userId: user.id))
        XCTAssertFalse(theirs.items.isEmpty)
        XCTAssertTrue(theirs.items.allSatisfy { $0.userId == user.id })
        let named = try Fixture.decode(LogIdentity.self, literal: #"{"id":"anthropic_claude","displayName":"Claude"}"#)
        XCTAssertEqual(named, LogIdentity(id: "anthropic_claude", name: "Claude"))
        let bare = try Fixture.decode(LogIdentity.self, literal: #"{"id":"u1","name":null}"#)
        XCTAssertEqual(bare.name, "u1", "no name: the id stands in")
    }

    func testAnOlderServerSearchesForTheMCPServerAndOnlyItsCallsAreKept() async throws {
        try await start(.v1_2, logs: 300)
        let all = try await client.mcpToolCalls(page: LogPageRequest(limit: 100))
        let servers = Set(all.items.compactMap(\.mcpServerName))
        XCTAssertGreaterThan(servers.count, 1)
        // Other servers' calls mention Jira in their arguments, so a bare search returns them too.
        let server = "jira"
        XCTAssertTrue(servers.contains(server), "\(servers)")
        let page = try await client.mcpToolCalls(LogFilter(mcpServerName: server), page: LogPageRequest(limit: 100))
        XCTAssertFalse(page.items.isEmpty)
        XCTAssertTrue(page.items.allSatisfy { $0.mcpServerName == server })
        let sent = await requests(to: "/api/mcp-tool-calls")
        XCTAssertEqual(sent.last?.query["search"], server, "older servers narrow by search")
        XCTAssertEqual(sent.last?.query["mcpServerName"], server, "newer ones by the exact name")
    }

    func testTheDetailOfOneInteractionCarriesItsBodies() async throws {
        try await start(.v1_4)
        let newest = try await client.interactionSummaries(page: LogPageRequest(limit: 1))
        let summary = try XCTUnwrap(newest.items.first)
        let record = try await client.interaction(id: summary.id)
        XCTAssertEqual(record.id, summary.id)
        XCTAssertNotNil(record.request)
        XCTAssertEqual(
            record.lastUserMessage.map { String($0.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(200)) },
            summary.lastUserMessagePreview)
        XCTAssertEqual(record.status, summary.status)
    }

    func testA403SaysTheKeyLacksLogRead() async throws {
        try await start(.v1_4)
        await simulator.setFault(.status(403), forPathPrefix: "/api/interactions")
        await simulator.setFault(.status(403), forPathPrefix: "/api/mcp-tool-calls")
        let attempts: [(String, () async throws -> Void)] = [
            ("summaries", { _ = try await self.client.interactionSummaries() }),
            ("interactions", { _ = try await self.client.interactions() }),
            ("sessions", { _ = try await self.client.interactionSessions() }),
            ("tool calls", { _ = try await self.client.mcpToolCalls() }),
            ("one interaction", { _ = try await self.client.interaction(id: "8f1e6c2a-3b4d-4e5f-9a0b-1c2d3e4f5a6b") }),
            ("one tool call", { _ = try await self.client.mcpToolCall(id: "0c9b7a44-21de-4f0e-b7a3-58e6b1d2c3f4") }),
            ("agent ids", { _ = try await self.client.interactionExternalAgentIDs() }),
            ("user ids", { _ = try await self.client.interactionUserIDs() }),
        ]
        for (name, attempt) in attempts {
            do {
                try await attempt()
                XCTFail("\(name): no error")
            } catch let error as ArchestraError {
                XCTAssertTrue(error.isMissingLogRead, name)
                XCTAssertEqual(error.status, 403, name)
                XCTAssertTrue(error.description.contains("lacks the log:read permission"), "\(name): \(error.description)")
            }
        }
        XCTAssertFalse(client.readsFullRecordsForSummaries, "a 403 is not taken for a missing endpoint")
    }
}
