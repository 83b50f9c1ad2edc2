import Foundation
import AsyncHTTPClient
import Benchmark
import ArchestraAPI
import ArchestraSimulator

/// Issue 23, step 8: today's byte parser and `init(json:)` against JSONDecoder and lenient Codable
/// mirrors (`CodableModels.swift`), on three bodies. Each body is decoded four ways:
///
/// - "parser + init(json:)": what the console does today;
/// - "JSONDecoder": typed fields only, a new decoder per body (as a client decodes an answer);
/// - "JSONDecoder + raw": also the whole record as `JSONValue`, which every model keeps today for the
///   detail view and the editors (the honest comparison, where a body's models keep `raw`);
/// - "JSONDecoder + raw, one decoder": the same with one decoder reused across bodies.
///
/// The statistics models keep no `raw`, so that body has no "+ raw" variants. Setup decodes every
/// body every way and fails unless the values are equal, so the figures compare the same work.
enum CodableDecodeBenchmarks {
    static func register() {
        agentsPage()
        statistics()
        interactions()
    }

    static func agentsPage() {
        let name = "decode agents page (100)"
        Benchmark("\(name): parser + init(json:)") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations { blackHole(try? DecodePaths.Today.agentsPage(bodies.agentsPage)) }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONDecoder().decode(AgentPageCodable<WithoutRaw>.self, from: bodies.agentsPage))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder + raw") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONDecoder().decode(AgentPageCodable<WithRaw>.self, from: bodies.agentsPage))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder + raw, one decoder") { (benchmark: Benchmark, bodies: DecodeBodies) in
            let decoder = JSONDecoder()
            for _ in benchmark.scaledIterations {
                blackHole(try? decoder.decode(AgentPageCodable<WithRaw>.self, from: bodies.agentsPage))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
    }

    static func statistics() {
        let name = "decode statistics (5 answers, 24 h)"
        Benchmark("\(name): parser + init(json:)") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations { blackHole(try? DecodePaths.Today.statistics(bodies.statistics)) }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations { blackHole(try? DecodePaths.ThroughDecoder.statistics(bodies.statistics, decoder: nil)) }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder, one decoder") { (benchmark: Benchmark, bodies: DecodeBodies) in
            let decoder = JSONDecoder()
            for _ in benchmark.scaledIterations {
                blackHole(try? DecodePaths.ThroughDecoder.statistics(bodies.statistics, decoder: decoder))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
    }

    static func interactions() {
        let name = "decode 1 MiB interactions page"
        Benchmark("\(name): parser + init(json:)") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations { blackHole(try? DecodePaths.Today.interactions(bodies.interactions)) }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONDecoder().decode(InteractionPageCodable<WithoutRaw>.self, from: bodies.interactions))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder + raw") { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONDecoder().decode(InteractionPageCodable<WithRaw>.self, from: bodies.interactions))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
        Benchmark("\(name): JSONDecoder + raw, one decoder") { (benchmark: Benchmark, bodies: DecodeBodies) in
            let decoder = JSONDecoder()
            for _ in benchmark.scaledIterations {
                blackHole(try? decoder.decode(InteractionPageCodable<WithRaw>.self, from: bodies.interactions))
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
    }
}
