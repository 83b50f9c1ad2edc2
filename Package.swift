// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "archestra-tui",
    // Supported and tested: Linux (see README, "Supported systems"). macOS is not supported: it has no
    // <ncursesw/curses.h> or libncursesw unless Homebrew's keg-only ncurses is added by hand, and no one
    // builds or tests it there. The minimum below is only what the Swift code itself needs there:
    // `Mutex` (Synchronization) first shipped in macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "archestra-tui", targets: ["archestra-tui"]),
        .library(name: "ArchestraAPI", targets: ["ArchestraAPI"]),
        .library(name: "ArchestraSimulator", targets: ["ArchestraSimulator"]),
        // For the benchmark package in Benchmarks/, which depends on this one by path.
        .library(name: "DashboardCore", targets: ["DashboardCore"]),
        .library(name: "DashboardViews", targets: ["DashboardViews"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Used directly, not only through AsyncHTTPClient and Hummingbird:
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // Reading the certificate a server presents (issuer, subject, names, dates) to explain TLS failures.
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "ArchestraAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .target(
            name: "ArchestraSimulator",
            dependencies: [
                "ArchestraAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "DashboardCore",
            dependencies: [
                "ArchestraAPI", "TerminalUI",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "TerminalUI", dependencies: []),
        .target(name: "DashboardViews", dependencies: ["DashboardCore", "TerminalUI", "ArchestraAPI"]),
        .executableTarget(
            name: "archestra-tui",
            dependencies: [
                "CNcursesw", "ArchestraAPI", "ArchestraSimulator", "DashboardCore", "DashboardViews", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "archestra-sim",
            dependencies: [
                "ArchestraSimulator", "ArchestraAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "archestra-bench",
            dependencies: ["ArchestraAPI", "ArchestraSimulator", "DashboardCore", "DashboardViews", "TerminalUI"]
        ),
        .testTarget(
            name: "ArchestraAPITests",
            dependencies: [
                "ArchestraAPI", "ArchestraSimulator", "TestCertificates",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DashboardCoreTests", dependencies: ["DashboardCore", "ArchestraAPI", "ArchestraSimulator"]),
        // The theme goldens are read from the checkout by path (#filePath), not as resources.
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"], exclude: ["ThemeGolden"]),
        .testTarget(
            name: "DashboardViewsTests", dependencies: ["DashboardViews", "DashboardCore", "TerminalUI", "ArchestraAPI"],
            resources: [.copy("Golden")]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ArchestraSimulator", "ArchestraAPI", "TestCertificates",
            ]
        ),
        // Certificates made at test time with the openssl command (a private CA, server certificates good and bad)
        // for the TLS tests.
        .target(name: "TestCertificates", path: "Tests/TestCertificates"),
        .testTarget(name: "ArchestraTUITests", dependencies: ["archestra-tui"]),
        .testTarget(
            name: "SimulatorTests",
            dependencies: [
                "ArchestraSimulator", "ArchestraAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ]
)
