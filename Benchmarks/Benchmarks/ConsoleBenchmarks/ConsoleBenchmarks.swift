import Benchmark

/// The console's micro-benchmarks: they print figures and never fail a build on time.
/// Run with `cd Benchmarks && swift package benchmark` (see Benchmarks/README.md).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        warmupIterations: 3,
        maxDuration: .seconds(1),
        maxIterations: 2_000
    )
    RenderBenchmarks.register()
    DecodeBenchmarks.register()
    CodableDecodeBenchmarks.register()
    TableBenchmarks.register()
    UsageBenchmarks.register()
    KeyBenchmarks.register()
}
