import Foundation
import XCTest
import ArchestraAPI
import ArchestraSimulator

/// The typed client against the simulator over real loopback HTTP: every endpoint the
/// dashboard uses, pagination, filters, error statuses and both API generations.
final class ClientAgainstSimulatorTests: XCTestCase {
    var simulator: ArchestraSimulator!
    var client: ArchestraClient!
    var options = SimulatorOptions()

    /// - Parameter timeout: the client's per-request timeout.
    func start(generation: APIGeneration = .v1_4, agents: Int = 48, timeout: TimeInterval = 5) async throws {
        options.generation = generation
        options.agentCount = agents
        options.trafficInterval = .zero
        simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init), timeout: timeout))
    }

    override func tearDown() async throws {
        await client?.shutdown()
        await simulator?.stop()
    }

    func testMetaEndpointsReportTheServerVersion() async throws {
        try await start()
        let health = try await client.health()
        XCTAssertEqual(health.status, "ok")
        XCTAssertEqual(health.version, "1.4.0-beta.1")
        let version = try await client.serverVersion()
        XCTAssertEqual(version, "1.4.0-beta.1")
        let readiness = try await client.readiness()
        XCTAssertEqual(readiness.status, "ok")
    }

    func testSendsTheRawKeyWithoutBearer() async throws {
        try await start()
        _ = try await client.agents(AgentQuery(limit: 5))
        let requests = await simulator.recordedRequests()
        let agentRequest = try XCTUnwrap(requests.last { $0.path == "/api/agents" })
        XCTAssertEqual(agentRequest.authorization, options.apiKey)
        XCTAssertEqual(agentRequest.query["limit"], "5")
    }

    func testPaginationWalksEveryPageOnce() async throws {
        try await start(agents: 250)
        let first = try await client.agents(AgentQuery(limit: 100, offset: 0))
        XCTAssertEqual(first.data.count, 100)
        XCTAssertTrue(first.pagination.hasNext)
        XCTAssertFalse(first.pagination.hasPrev)
        let total = first.pagination.total
        XCTAssertGreaterThanOrEqual(total, 250)
        let last = try await client.agents(AgentQuery(limit: 100, offset: (total - 1) / 100 * 100))
        XCTAssertFalse(last.pagination.hasNext)
        XCTAssertEqual(last.pagination.currentPage, last.pagination.totalPages)
        let client = self.client!
        let all = try await ArchestraClient.collectPages(pageSize: 100) { offset, limit in
            try await client.agents(AgentQuery(limit: limit, offset: offset))
        }
        XCTAssertEqual(all.count, total)
        XCTAssertEqual(Set(all.map(\.id)).count, total, "no agent twice")
        let capped = try await ArchestraClient.collectPages(pageSize: 100, maxItems: 150) { offset, limit in
            try await client.agents(AgentQuery(limit: limit, offset: offset))
        }
        XCTAssertEqual(capped.count, 150)
    }

    func testFiltersByNameTypeAndScope() async throws {
        try await start()
        let all = try await client.allAgents()
        let sample = try XCTUnwrap(all.first { $0.agentType == .agent && $0.name.count > 4 })
        let fragment = String(sample.name.dropFirst(1).prefix(4)).uppercased()
        let byName = try await client.agents(AgentQuery(limit: 100, name: fragment))
        XCTAssertFalse(byName.data.isEmpty)
        XCTAssertTrue(byName.data.allSatisfy { $0.name.lowercased().contains(fragment.lowercased()) }, "\(byName.data.map(\.name))")
        let gateways = try await client.agents(AgentQuery(limit: 100, agentType: .mcpGateway))
        XCTAssertGreaterThanOrEqual(gateways.data.count, 3)
        XCTAssertTrue(gateways.data.allSatisfy { $0.agentType == .mcpGateway })
        let mixed = try await client.agents(AgentQuery(limit: 100, agentTypes: [.agent, .profile]))
        XCTAssertTrue(mixed.data.allSatisfy { $0.agentType == .agent || $0.agentType == .profile })
        XCTAssertTrue(mixed.data.contains { $0.agentType == .profile })
        let personal = try await client.agents(AgentQuery(limit: 100, scope: .personal))
        XCTAssertFalse(personal.data.isEmpty)
        XCTAssertTrue(personal.data.allSatisfy { $0.scope == .personal })
        let sorted = try await client.agents(AgentQuery(limit: 100, sortBy: "name", sortDirection: "asc"))
        let names = sorted.data.map { $0.name.lowercased() }
        XCTAssertEqual(names, names.sorted())
    }

    func testAgentCrudRoundTripAndSoftDelete() async throws {
        try await start()
        let created = try await client.createAgent(
            body: .object([
                "name": .string("E2E Agent"), "agentType": .string("agent"), "scope": .string("org"),
                "description": .string("made by a test"),
            ]))
        XCTAssertEqual(created.name, "E2E Agent")
        XCTAssertEqual(created.agentType, .agent)
        let fetched = try await client.agent(id: created.id)
        XCTAssertEqual(fetched.description, "made by a test")
        let updated = try await client.updateAgent(id: created.id, body: .object(["description": .string("changed")]))
        XCTAssertEqual(updated.name, "E2E Agent", "PUT is partial: the name stays")
        XCTAssertEqual(updated.description, "changed")
        let put = await simulator.recordedRequests().last { $0.method == "PUT" }
        XCTAssertEqual(
            put?.body.flatMap { try? JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8)) },
            ["description": .string("changed")], "only the changed field is sent")
        try await client.deleteAgent(id: created.id)
        do {
            _ = try await client.agent(id: created.id)
            XCTFail("a deleted agent must be gone")
        } catch let error as ArchestraError {
            XCTAssertTrue(error.isNotFound, "\(error)")
        }
        let list = try await client.allAgents()
        XCTAssertFalse(list.contains { $0.id == created.id })
    }

    func testErrorStatusesMapToTheTypedError() async throws {
        try await start()
        // 400: missing required scope.
        do {
            _ = try await client.createAgent(body: .object(["name": .string("no scope")]))
            XCTFail("expected 400")
        } catch let error as ArchestraError {
            XCTAssertEqual(error.status, 400)
            XCTAssertFalse(error.isRetryable)
        }
        // 404: unknown id.
        do {
            _ = try await client.limit(id: "00000000-0000-0000-0000-000000000000")
            XCTFail("expected 404")
        } catch let error as ArchestraError {
            XCTAssertTrue(error.isNotFound)
        }
        // 5xx from fault injection, with the server's message.
        await simulator.setFault(.status(503), forPathPrefix: "/api/limits")
        do {
            _ = try await client.limits()
            XCTFail("expected 503")
        } catch let error as ArchestraError {
            XCTAssertEqual(error.status, 503)
            XCTAssertTrue(error.isRetryable)
        }
        // Malformed JSON → decoding error.
        await simulator.setFault(.malformedJSON, forPathPrefix: "/api/limits")
        do {
            _ = try await client.limits()
            XCTFail("expected a decoding error")
        } catch let error as ArchestraError {
            guard case .decoding = error else { return XCTFail("\(error)") }
        }
        await simulator.setFault(nil, forPathPrefix: "/api/limits")
        // 401 after the key changed.
        await simulator.setAPIKey("another-key-entirely")
        do {
            _ = try await client.limits()
            XCTFail("expected 401")
        } catch let error as ArchestraError {
            XCTAssertTrue(error.isUnauthorized)
            XCTAssertFalse(error.description.contains(options.apiKey ?? "unused"), "the key never appears in messages")
        }
    }

    func testConnectionRefusedIsATransportFailure() async throws {
        try await start()
        let baseURL = await simulator.baseURL
        let port = try XCTUnwrap(URL(string: baseURL)?.port)
        await simulator.stop()
        do {
            _ = try await client.health()
            XCTFail("expected a transport failure")
        } catch let error as ArchestraError {
            XCTAssertEqual(error, .transport(.connectionRefused, endpoint: error.endpointForTests), "\(error) on port \(port)")
            XCTAssertTrue(error.isRetryable)
        }
    }

    func testGeneration14UsesTheProxySingleton() async throws {
        try await start(generation: .v1_4)
        let generation = try await client.detectGeneration()
        XCTAssertEqual(generation, .v1_4)
        let listing = try await client.llmProxies(generation: generation)
        XCTAssertEqual(listing.proxies.count, 1)
        XCTAssertTrue(listing.proxies[0].isDefault)
        let all = try await client.allAgents()
        XCTAssertFalse(all.contains { $0.agentType == .llmProxy }, "1.4 hides proxy rows from agent lists")
    }

    func testGeneration12ListsProxyAgentsAndMarksTheDefault() async throws {
        try await start(generation: .v1_2)
        let generation = try await client.detectGeneration()
        XCTAssertEqual(generation, .v1_2)
        let listing = try await client.llmProxies(generation: generation)
        XCTAssertEqual(listing.proxies.count, 2)
        XCTAssertEqual(listing.proxies.filter(\.isDefault).count, 1)
        XCTAssertTrue(listing.proxies.allSatisfy { $0.agent?.agentType == .llmProxy })
    }

    func testRegistryKnowledgeTeamsAndGateways() async throws {
        try await start()
        let servers = try await client.mcpServers()
        XCTAssertGreaterThanOrEqual(servers.count, 6)
        let states = Set(servers.map(\.localInstallationStatus))
        XCTAssertTrue(states.isSuperset(of: [.success, .pending, .discoveringTools, .error]), "\(states)")
        let failing = try XCTUnwrap(servers.first { $0.localInstallationStatus == .error })
        XCTAssertNotNil(failing.localInstallationError)
        let status = try await client.installationStatus(mcpServerID: failing.id)
        XCTAssertEqual(status.localInstallationStatus, .error)
        let healthy = try XCTUnwrap(servers.first { $0.localInstallationStatus == .success })
        let tools = try await client.mcpServerTools(id: healthy.id)
        XCTAssertFalse(tools.isEmpty)
        let single = try await client.mcpServer(id: healthy.id)
        XCTAssertEqual(single.name, healthy.name)
        let reinstalled = try await client.reinstallMCPServer(id: healthy.id)
        XCTAssertEqual(reinstalled.localInstallationStatus, .pending)
        let catalog = try await client.catalog()
        XCTAssertGreaterThanOrEqual(catalog.count, 6)

        let bases = try await client.knowledgeBases(KnowledgeBaseQuery(limit: 100))
        XCTAssertGreaterThanOrEqual(bases.data.count, 5)
        var unhealthy = 0
        for base in bases.data where try await client.knowledgeBaseHealth(id: base.id).isHealthy == false { unhealthy += 1 }
        XCTAssertGreaterThanOrEqual(unhealthy, 1)
        let createdBase = try await client.createKnowledgeBase(body: .object(["name": .string("Test KB"), "description": .string("x")]))
        let renamed = try await client.updateKnowledgeBase(id: createdBase.id, body: .object(["name": .string("Test KB 2")]))
        XCTAssertEqual(renamed.name, "Test KB 2")
        try await client.deleteKnowledgeBase(id: createdBase.id)
        let connectors = try await client.connectors()
        XCTAssertFalse(connectors.data.isEmpty)

        let teams = try await client.teams()
        XCTAssertGreaterThanOrEqual(teams.data.count, 3)
        let gateway = try await client.defaultMCPGateway()
        XCTAssertEqual(gateway.agentType, .mcpGateway)
        XCTAssertTrue(gateway.isPersonalGateway)
    }

    func testStatisticsForEveryTimeframeHaveOnePointPerBucket() async throws {
        try await start()
        for timeframe in Timeframe.allCases {
            let teams = try await client.teamStatistics(timeframe: timeframe)
            XCTAssertFalse(teams.isEmpty, "\(timeframe)")
            _ = try await client.agentStatistics(timeframe: timeframe)
            _ = try await client.modelStatistics(timeframe: timeframe)
            _ = try await client.overviewStatistics(timeframe: timeframe)
            _ = try await client.costSavings(timeframe: timeframe)
            let proxy = try await client.llmProxyStatistics(timeframe: timeframe)
            if let window = timeframe.window {
                let expected = Int((window / timeframe.bucketWidth).rounded(.up))
                let count = teams[0].timeSeries.count
                XCTAssertTrue(abs(count - expected) <= 1, "\(timeframe): \(count) points, expected about \(expected)")
                XCTAssertTrue(abs(proxy.timeSeries.count - expected) <= 1, "\(timeframe) proxy series")
            }
        }
    }

    func testTrafficMovesStatisticsAndLimitUsage() async throws {
        try await start()
        let before = try await client.overviewStatistics(timeframe: .day)
        let limitsBefore = try await client.limits()
        for _ in 0..<5 { await simulator.tickTraffic() }
        let after = try await client.overviewStatistics(timeframe: .day)
        XCTAssertGreaterThan(after.totalRequests, before.totalRequests)
        let limitsAfter = try await client.limits()
        let usedBefore = limitsBefore.compactMap(\.usedCost).reduce(0, +)
        let usedAfter = limitsAfter.compactMap(\.usedCost).reduce(0, +)
        XCTAssertNotEqual(usedBefore, usedAfter)
    }

    func testLimitsCrudAndFilters() async throws {
        try await start()
        let limits = try await client.limits()
        XCTAssertGreaterThanOrEqual(limits.count, 6)
        XCTAssertTrue(limits.contains { ($0.usedCost ?? 0) > $0.limitValue }, "one limit is over its cap")
        XCTAssertTrue(limits.contains { l in l.usedCost.map { $0 / l.limitValue >= 0.9 && $0 <= l.limitValue } ?? false })
        XCTAssertTrue(limits.contains { $0.limitType == .toolCalls && $0.usedCost == nil })
        let teamLimits = try await client.limits(LimitQuery(entityType: .team))
        XCTAssertTrue(teamLimits.allSatisfy { $0.entityType == .team })
        let firstTeam = try await client.teams().data.first
        let team = try XCTUnwrap(firstTeam)
        let created = try await client.createLimit(
            body: .object([
                "entityType": .string("team"), "entityId": .string(team.id), "limitType": .string("token_cost"),
                "limitValue": .number(123), "cleanupInterval": .string("calendar_month"),
            ]))
        XCTAssertEqual(created.limitValue, 123)
        let patched = try await client.updateLimit(id: created.id, body: .object(["limitValue": .number(456)]))
        XCTAssertEqual(patched.limitValue, 456)
        let patch = await simulator.recordedRequests().last { $0.method == "PATCH" }
        XCTAssertEqual(patch?.path, "/api/limits/\(created.id)")
        try await client.deleteLimit(id: created.id)
        let remaining = try await client.limits()
        XCTAssertFalse(remaining.contains { $0.id == created.id })
    }

    func testTenThousandAgentsFromTheAllEndpointDecode() async throws {
        // Building and decoding 10 000 agents in a debug build takes seconds of CPU, more while other tests
        // run beside it (swift test --parallel): the request may take as long as the bound checked below.
        try await start(agents: 10_000, timeout: 30)
        let started = Date()
        let all = try await client.allAgents()
        XCTAssertGreaterThanOrEqual(all.count, 10_000)
        XCTAssertEqual(Set(all.map(\.id)).count, all.count)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "a huge response is read, not hung on")
    }

    func testUnknownFieldsAndEnumValuesSurvive() async throws {
        try await start()
        await simulator.insertAgent(
            .object([
                "name": .string("Quantum Bot"),
                "agentType": .string("quantum_agent"),
                "scope": .string("org"),
                "futureField": .object(["nested": .bool(true)]),
            ]))
        let all = try await client.allAgents()
        let quantum = try XCTUnwrap(all.first { $0.name == "Quantum Bot" })
        XCTAssertEqual(quantum.agentType.rawValue, "quantum_agent")
        XCTAssertFalse(quantum.agentType.isKnown)
        XCTAssertEqual(quantum.raw["futureField"]?["nested"], .bool(true))
    }
}

extension ArchestraError {
    /// The endpoint of a transport failure, to compare the failure kind alone.
    var endpointForTests: String {
        if case .transport(_, let endpoint) = self { return endpoint }
        return ""
    }
}
