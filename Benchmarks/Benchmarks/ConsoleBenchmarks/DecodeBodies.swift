import Foundation
import AsyncHTTPClient
import NIOCore
import ArchestraAPI
import ArchestraSimulator

/// The bodies of the decoding comparison, as bytes off the wire: an agents page and five statistics
/// answers from an in-process simulator, and a generated 1 MiB interactions page.
struct DecodeBodies: Sendable {
    var agentsPage: Data
    var statistics: StatisticsBodies
    var interactions: Data

    /// The bodies, after checking that every way of decoding them gives the same values.
    static func makeVerified() async throws -> DecodeBodies {
        let bodies = try await make()
        try bodies.verify()
        return bodies
    }

    static func make() async throws -> DecodeBodies {
        var options = SimulatorOptions()
        options.agentCount = 98
        options.trafficInterval = .zero
        options.apiKey = nil
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        // Two agents as a newer server might send them: a type and fields this client does not know,
        // and fields of the wrong type (read leniently, not failing the record).
        await simulator.insertAgent(
            .object([
                "id": .string("00000000-0000-4000-8000-00000000a001"), "name": .string("未来のエージェント 🤖"),
                "agentType": .string("workflow"), "scope": .string("tenant"), "isDefault": .string("true"),
                "latestVersion": .string("12"), "teams": .array([.object(["id": .number(7), "name": .string("SRE")])]),
                "labels": .array([.object(["key": .string("tier"), "value": .string("gold")]), .string("stray")]),
                "workflowGraph": .object(["nodes": .array([.string("start"), .string("end")]), "edges": .array([])]),
            ]))
        await simulator.insertAgent(
            .object([
                "id": .number(424_242), "name": .number(5), "agentType": .string("agent"), "builtIn": .number(1),
                "tools": .array([.object(["name": .string("no id")]), .object(["id": .string("t1"), "name": .string("ok")])]),
                "knowledgeBaseIds": .array([.string("kb-1"), .number(2), .null]),
            ]))
        do {
            let bodies = try await fetch(base: "http://127.0.0.1:\(port)")
            await simulator.stop()
            return bodies
        } catch {
            await simulator.stop()
            throw error
        }
    }

    private static func fetch(base: String) async throws -> DecodeBodies {
        func get(_ path: String) async throws -> Data {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: base + path), timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 64 << 20)
            guard response.status == .ok else {
                throw BodyMismatch("GET \(path) answered \(response.status.code): \(String(buffer: body))")
            }
            return Data(body.readableBytesView)
        }
        let statistics = StatisticsBodies(
            overview: try await get("/api/statistics/overview?timeframe=24h"),
            llmProxy: try await get("/api/statistics/llm-proxy?timeframe=24h"),
            teams: try await get("/api/statistics/teams?timeframe=24h"),
            agents: try await get("/api/statistics/agents?timeframe=24h"),
            models: try await get("/api/statistics/models?timeframe=24h"))
        return DecodeBodies(
            agentsPage: try await get("/api/agents?limit=100&offset=0"), statistics: statistics,
            interactions: try InteractionPage.make())
    }

    /// Throws unless the JSONDecoder paths give exactly what today's path gives, and the bodies hold
    /// what the comparison needs (a full page, skipped records, non-empty statistics, ≥ 1 MiB).
    func verify() throws {
        typealias Today = DecodePaths.Today
        let page = try Today.agentsPage(agentsPage)
        try expect(page.data.count == 100, "the agents page holds \(page.data.count) agents, not 100")
        try expect(
            page.data.contains { !$0.agentType.isKnown }, "the agents page holds no agent of an unknown type")
        let pageWithRaw = try JSONDecoder().decode(AgentPageCodable<WithRaw>.self, from: agentsPage).value
        try expect(pageWithRaw == page, "agents page: JSONDecoder + raw differs from init(json:)")
        let pageProbed = try JSONDecoder().decode(AgentPageCodable<WithProbedRaw>.self, from: agentsPage).value
        try expect(pageProbed == page, "agents page: JSONDecoder + raw probed string-first differs from init(json:)")
        var pageWithoutRaw = page
        pageWithoutRaw.data = page.data.map {
            var agent = $0
            agent.raw = .null
            return agent
        }
        let typedPage = try JSONDecoder().decode(AgentPageCodable<WithoutRaw>.self, from: agentsPage).value
        try expect(typedPage == pageWithoutRaw, "agents page: JSONDecoder differs from init(json:)")

        let answers = try Today.statistics(statistics)
        try expect(
            !answers.teams.isEmpty && !answers.agents.isEmpty && !answers.models.isEmpty
                && !answers.llmProxy.timeSeries.isEmpty && answers.overview.totalRequests > 0,
            "a statistics answer is empty")
        let decoded = try DecodePaths.ThroughDecoder.statistics(statistics, decoder: nil)
        try expect(decoded == answers, "statistics: JSONDecoder differs from init(json:)")

        try expect(interactions.count >= InteractionPage.minimumBytes, "the interactions page is under 1 MiB")
        let logs = try Today.interactions(interactions)
        try expect(logs.skipped > 0 && logs.items.count > 50, "interactions: \(logs.items.count) read, \(logs.skipped) skipped")
        let logsWithRaw = try JSONDecoder().decode(InteractionPageCodable<WithRaw>.self, from: interactions)
        try expect(
            logsWithRaw.items == logs.items && logsWithRaw.skipped == logs.skipped,
            "interactions: JSONDecoder + raw differs from init(json:)")
        let logsProbed = try JSONDecoder().decode(InteractionPageCodable<WithProbedRaw>.self, from: interactions)
        try expect(
            logsProbed.items == logs.items && logsProbed.skipped == logs.skipped,
            "interactions: JSONDecoder + raw probed string-first differs from init(json:)")
        let typedLogs = try JSONDecoder().decode(InteractionPageCodable<WithoutRaw>.self, from: interactions)
        let logsWithoutRaw = logs.items.map {
            var item = $0
            item.raw = .null
            return item
        }
        try expect(
            typedLogs.items == logsWithoutRaw && typedLogs.skipped == logs.skipped,
            "interactions: JSONDecoder differs from init(json:)")
    }

    private func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        guard condition else { throw BodyMismatch(message()) }
    }
}

/// Why the decoding comparison refused to run: its bodies, or its decoders' results, are not what it needs.
struct BodyMismatch: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
