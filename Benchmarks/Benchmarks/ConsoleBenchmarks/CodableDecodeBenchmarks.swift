import Foundation
import Benchmark
import ArchestraAPI

/// Issue 23, step 8: today's byte parser and `init(json:)` against JSONDecoder and lenient Codable
/// mirrors (`CodableModels.swift`), on three bodies. Each body is decoded up to five ways:
///
/// - "parser + init(json:)": what the console does today;
/// - "JSONDecoder": typed fields only, a new decoder per body (as a client decodes an answer);
/// - "JSONDecoder + raw": also the whole record as `JSONValue`, which the table records (agents, MCP
///   servers, limits…) keep for the detail view and the editors (the comparison that decides);
/// - "JSONDecoder + raw probed string-first": `raw` through `ProbedJSON`, fewer failed probes;
/// - "JSONDecoder + raw, one decoder": "+ raw" with one decoder reused across bodies.
///
/// The statistics models keep no `raw`, so that body has no "+ raw" variants. Setup decodes every
/// body every way and fails unless the values are equal, so the figures compare the same work.
///
/// Besides the default metrics, each iteration records the CPU time of its own thread ("thread CPU",
/// µs, from `CLOCK_THREAD_CPUTIME_ID`): package-benchmark's `cpuTotal` reads the process's CPU time in
/// scheduler ticks (10 ms on this kernel), too coarse for a decode of 2 ms.
enum CodableDecodeBenchmarks {
    static func register() {
        let page = "decode agents page (100)"
        add("\(page): parser + init(json:)") { try DecodePaths.Today.agentsPage($0.agentsPage) }
        add("\(page): JSONDecoder") { try JSONDecoder().decode(AgentPageCodable<WithoutRaw>.self, from: $0.agentsPage) }
        add("\(page): JSONDecoder + raw") { try JSONDecoder().decode(AgentPageCodable<WithRaw>.self, from: $0.agentsPage) }
        add("\(page): JSONDecoder + raw probed string-first") {
            try JSONDecoder().decode(AgentPageCodable<WithProbedRaw>.self, from: $0.agentsPage)
        }
        let pageDecoder = JSONDecoder()
        add("\(page): JSONDecoder + raw, one decoder") {
            try pageDecoder.decode(AgentPageCodable<WithRaw>.self, from: $0.agentsPage)
        }

        let statistics = "decode statistics (5 answers, 24 h)"
        add("\(statistics): parser + init(json:)") { try DecodePaths.Today.statistics($0.statistics) }
        add("\(statistics): JSONDecoder") { try DecodePaths.ThroughDecoder.statistics($0.statistics, decoder: nil) }
        let statisticsDecoder = JSONDecoder()
        add("\(statistics): JSONDecoder, one decoder") {
            try DecodePaths.ThroughDecoder.statistics($0.statistics, decoder: statisticsDecoder)
        }

        let logs = "decode 1 MiB interactions page"
        add("\(logs): parser + init(json:)") { try DecodePaths.Today.interactions($0.interactions) }
        add("\(logs): JSONDecoder") { try JSONDecoder().decode(InteractionPageCodable<WithoutRaw>.self, from: $0.interactions) }
        add("\(logs): JSONDecoder + raw") { try JSONDecoder().decode(InteractionPageCodable<WithRaw>.self, from: $0.interactions) }
        add("\(logs): JSONDecoder + raw probed string-first") {
            try JSONDecoder().decode(InteractionPageCodable<WithProbedRaw>.self, from: $0.interactions)
        }
        let logsDecoder = JSONDecoder()
        add("\(logs): JSONDecoder + raw, one decoder") {
            try logsDecoder.decode(InteractionPageCodable<WithRaw>.self, from: $0.interactions)
        }
    }

    static var threadCPU: BenchmarkMetric { .custom("thread CPU (µs)") }

    /// Three seconds, so the slowest variant (a quarter of a second an iteration) still gets a few
    /// samples; figures in whole microseconds and allocations, not rounded to thousands.
    static var configuration: Benchmark.Configuration {
        .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, threadCPU], timeUnits: .microseconds,
            units: [threadCPU: .count, .mallocCountTotal: .count], maxDuration: .seconds(3))
    }

    private static func add<Result>(_ name: String, _ decode: @escaping @Sendable (DecodeBodies) throws -> Result) {
        Benchmark(name, configuration: configuration) { (benchmark: Benchmark, bodies: DecodeBodies) in
            for _ in benchmark.scaledIterations {
                let start = ThreadCPUTime.microseconds()
                blackHole(try? decode(bodies))
                benchmark.measurement(threadCPU, ThreadCPUTime.microseconds() - start)
            }
        } setup: {
            try await DecodeBodies.makeVerified()
        }
    }
}

/// CPU time of the calling thread, at nanosecond resolution.
enum ThreadCPUTime {
    static func microseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Int(time.tv_sec) * 1_000_000 + Int(time.tv_nsec) / 1_000
    }
}
