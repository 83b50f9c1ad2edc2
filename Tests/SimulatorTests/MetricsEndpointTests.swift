import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

/// `GET /metrics`: the platform's names and labels, moving with the same traffic the statistics count.
final class MetricsEndpointTests: XCTestCase {
    private let seededAt = 1_788_876_191.0

    private func page(_ world: SimulatedWorld) throws -> Exposition {
        try ExpositionParser.parse(world.metrics.exposition())
    }

    private func sum(_ page: Exposition, _ name: String, where match: [String: String] = [:]) -> Double {
        page.samples(named: name).filter { sample in match.allSatisfy { sample.labels[$0.key] == $0.value } }
            .reduce(0) { $0 + $1.value }
    }

    func testCountersStartAtZeroAndGrowWithTheStatistics() throws {
        var world = WorldSeeder.makeWorld(options: SimulatorOptions(), now: seededAt)
        XCTAssertEqual(sum(try page(world), "llm_request_duration_seconds_count"), 0, "seeded history is not in the counters")
        let end = seededAt + 31
        let before = try overview(world, at: end)
        for second in 1...30 { TrafficGenerator.tick(&world, now: seededAt + Double(second)) }
        let after = try overview(world, at: end)
        let metrics = try page(world)

        let requests = sum(metrics, "llm_request_duration_seconds_count")
        XCTAssertGreaterThan(requests, 0)
        XCTAssertEqual(requests, after.requests - before.requests, "every request the statistics count, with its status code")
        XCTAssertEqual(sum(metrics, "llm_request_duration_seconds_bucket", where: ["le": "+Inf"]), requests)
        XCTAssertEqual(sum(metrics, "llm_cost_total"), after.cost - before.cost, accuracy: 0.001)
        XCTAssertEqual(
            sum(metrics, "llm_tokens_total", where: ["type": "input"]) + sum(metrics, "llm_tokens_total", where: ["type": "output"])
                + sum(metrics, "llm_cache_tokens_total"), after.tokens - before.tokens, accuracy: 0.5)
        let failed = metrics.samples(named: "llm_request_duration_seconds_count").filter { $0.labels["status_code"] != "200" }
        XCTAssertFalse(failed.isEmpty, "some requests fail, so error rates have something to show")
    }

    func testLabelsAndFamiliesAreThePlatforms() throws {
        var world = WorldSeeder.makeWorld(options: SimulatorOptions(), now: seededAt)
        for second in 1...60 { TrafficGenerator.tick(&world, now: seededAt + Double(second)) }
        let metrics = try page(world)
        XCTAssertEqual(metrics.family("llm_request_duration_seconds")?.type, .histogram)
        XCTAssertEqual(metrics.family("llm_cost_total")?.type, .counter)
        XCTAssertEqual(metrics.family("mcp_server_deployment_status")?.type, .gauge)
        let request = try XCTUnwrap(metrics.samples(named: "llm_request_duration_seconds_count").first)
        XCTAssertEqual(Set(request.labels.keys), ["provider", "model", "agent_id", "agent_name", "agent_type", "source", "status_code"])
        let call = try XCTUnwrap(metrics.samples(named: "mcp_tool_calls_total").first)
        XCTAssertEqual(Set(call.labels.keys), ["agent_id", "agent_name", "agent_type", "mcp_server_name", "tool_name", "status"])
        // One active state per server, as the platform sets it.
        let deployments = metrics.samples(named: "mcp_server_deployment_status")
        for server in Set(deployments.compactMap { $0.labels["server_name"] }) {
            XCTAssertEqual(deployments.filter { $0.labels["server_name"] == server }.reduce(0) { $0 + $1.value }, 1, server)
        }
        XCTAssertTrue(deployments.contains { $0.labels["state"] == "failed" && $0.value == 1 }, "the broken install shows failed")
        for name in [
            "rag_connector_syncs_total", "task_queue_active_tasks", "task_queue_tasks_failed_total",
            "task_queue_tasks_dead_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_seconds",
            "llm_time_to_first_token_seconds_bucket", "llm_tokens_per_second_count",
        ] {
            XCTAssertFalse(metrics.samples(named: name).isEmpty, name)
        }
    }

    func testServedOverHTTPWithAnOptionalSecret() async throws {
        let open = try await SimulatorHarness.start()
        _ = try await open.get("/api/agents")
        let page = try await open.get("/metrics", authorization: nil)
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.headers["content-type"], "text/plain; version=0.0.4; charset=utf-8")
        let parsed = try ExpositionParser.parse(page.body)
        XCTAssertTrue(
            parsed.samples(named: "http_request_duration_seconds_count").contains { $0.labels["route"] == "/api/agents" },
            "the simulator's own requests are timed")
        await open.stop()

        let guarded = try await SimulatorHarness.start { $0.metricsSecret = "s3cret" }
        let refused = try await guarded.get("/metrics", authorization: nil)
        XCTAssertEqual(refused.status, 401)
        XCTAssertEqual(refused.json?["error"]?.stringValue?.hasPrefix("Unauthorized"), true)
        let wrong = try await guarded.get("/metrics", authorization: "Bearer wrong")
        XCTAssertEqual(wrong.status, 401)
        let right = try await guarded.get("/metrics", authorization: "Bearer s3cret")
        XCTAssertEqual(right.status, 200)
        await guarded.stop()
    }

    private func overview(_ world: SimulatedWorld, at now: Double) throws -> (requests: Double, cost: Double, tokens: Double) {
        let window = try StatisticsWindow.parse("24h", now: now, earliestData: world.usage.earliestTime)
        let overview = StatisticsQuery(world: world, window: window, now: now).overview()
        return (
            overview["totalRequests"]?.doubleValue ?? 0, overview["totalCost"]?.doubleValue ?? 0,
            overview["totalTokens"]?.doubleValue ?? 0
        )
    }
}
