import Foundation
import Benchmark
import ArchestraAPI
import ArchestraSimulator

/// What a poll costs once its bytes have arrived: JSON parsed and records built leniently.
enum DecodeBenchmarks {
    static func register() {
        Benchmark("decode agents page (100 agents)") { (benchmark: Benchmark, bodies: Bodies) in
            for _ in benchmark.scaledIterations {
                blackHole(try? Page<Agent>(envelope: try JSONValue.parse(bodies.page)))
            }
        } setup: {
            try await Bodies.make()
        }
        Benchmark("parse JSON of 10 000 agents") { (benchmark: Benchmark, bodies: Bodies) in
            for _ in benchmark.scaledIterations { blackHole(try? JSONValue.parse(bodies.all)) }
        } setup: {
            try await Bodies.make()
        }
        Benchmark("decode 10 000 agents (parse + records)") { (benchmark: Benchmark, bodies: Bodies) in
            for _ in benchmark.scaledIterations {
                let records = (try? JSONValue.parse(bodies.all))?.arrayValue ?? []
                blackHole(records.compactMap { try? Agent(json: $0) })
            }
        } setup: {
            try await Bodies.make()
        }
    }

    /// Response bodies as the simulator sends them: a `{data, pagination}` page of 100 agents and
    /// the bare array of 10 000 that `/api/agents/all` returns.
    struct Bodies: Sendable {
        var page: Data
        var all: Data

        static func make() async throws -> Bodies {
            var options = SimulatorOptions()
            options.agentCount = 10_000
            options.trafficInterval = .zero
            let simulator = ArchestraSimulator(options: options)
            let port = try await simulator.start()
            let client = ArchestraClient(
                configuration: try ClientConfiguration(
                    baseURL: "http://127.0.0.1:\(port)", apiKey: options.apiKey.map(APIKey.init)))
            let agents = try await client.allAgents()
            await client.shutdown()
            await simulator.stop()
            // Each agent keeps the record the server sent; encoding them again gives the same fields.
            let raw = agents.map(\.raw)
            let pagination: JSONValue = .object([
                "currentPage": .number(1), "limit": .number(100), "total": .number(Double(raw.count)),
                "totalPages": .number(Double(raw.count / 100)), "hasNext": .bool(true), "hasPrev": .bool(false),
            ])
            let encoder = JSONEncoder()
            return Bodies(
                page: try encoder.encode(JSONValue.object(["data": .array(Array(raw.prefix(100))), "pagination": pagination])),
                all: try encoder.encode(JSONValue.array(raw)))
        }
    }
}
