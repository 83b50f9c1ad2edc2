// swift-tools-version:6.1
// The console's micro-benchmarks (ordo-one's package-benchmark), kept out of the main package so that
// neither `swift build` nor CI builds them. Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "archestra-tui-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "archestra-tui", path: ".."),
        // Already in the graph through the console; the decoding benchmarks fetch raw bodies with it.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The runtime interposer (the other default trait) is not available here; malloc counts are.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ConsoleBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArchestraAPI", package: "archestra-tui"),
                .product(name: "ArchestraSimulator", package: "archestra-tui"),
                .product(name: "DashboardCore", package: "archestra-tui"),
                .product(name: "DashboardViews", package: "archestra-tui"),
                .product(name: "TerminalUI", package: "archestra-tui"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "Benchmarks/ConsoleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
