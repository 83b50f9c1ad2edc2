import ArchestraAPI
import ArchestraSimulator
import ArgumentParser
import Foundation

/// `archestra-sim`: runs the Archestra API simulator as a standalone server until SIGINT/SIGTERM.
@main
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archestra-sim",
        abstract: "Serve a simulated Archestra platform API (for demos, end-to-end tests and benchmarks)."
    )

    @Option(help: "Interface to bind.")
    var host = "127.0.0.1"

    @Option(help: "TCP port (0 picks a free one).")
    var port = 9000

    @Option(help: "API generation to imitate: 1.2 or 1.4.")
    var generation = "1.4"

    @Option(name: .customLong("agents"), help: "Number of agents to seed (up to 100000).")
    var agentCount = 48

    @Option(name: .customLong("knowledge-bases"), help: "Knowledge bases to generate beyond the six seeded ones (up to 100000).")
    var knowledgeBaseCount = 0

    @Option(name: .customLong("latency-ms"), help: "Delay added to every response, in milliseconds.")
    var latencyMilliseconds = 0

    @Option(help: "Fraction (0...1) of /api requests answered with a simulated 500.")
    var failureRate = 0.0

    @Option(help: "The exact Authorization value /api routes require.")
    var apiKey = "arch_demo_key_0123456789"

    @Flag(help: "Serve /api without authentication.")
    var noAuth = false

    @Option(name: .customLong("traffic-interval"), help: "Seconds between traffic-generator ticks (0 disables it).")
    var trafficIntervalSeconds = 1.0

    /// Off by default, so soak runs, benchmarks and CI keep the traffic they were measured with.
    @Option(help: "LLM interactions logged per second (with the MCP tool calls some lead to); 0, the default, logs none.")
    var logRate = 0.0

    @Option(help: "The most interactions (and, apart, tool calls) kept; older ones are forgotten.")
    var logCapacity = 2_000

    @Option(help: "How tool calls and sessions page: offset or cursor (default: offset for 1.2, cursor for 1.4).")
    var logPaging: String?

    @Option(help: "Seed of the generated organisation and traffic.")
    var seed: UInt64 = 42

    @Option(help: "Serve HTTPS with this PEM certificate (chain); needs --tls-key.")
    var tlsCert: String?

    @Option(help: "The PEM private key of --tls-cert.")
    var tlsKey: String?

    @Option(help: "With --tls-cert: require client certificates signed by this PEM CA (mutual TLS).")
    var tlsClientCa: String?

    @Option(help: "Serve the API under this path (e.g. /archestra), as a reverse proxy would.")
    var pathPrefix = ""

    @Option(help: "Require Authorization: Bearer SECRET on GET /metrics (like ARCHESTRA_METRICS_SECRET).")
    var metricsSecret: String?

    func validate() throws {
        guard APIGeneration(rawValue: generation) != nil else {
            throw ValidationError("--generation must be 1.2 or 1.4")
        }
        guard (0...100_000).contains(agentCount) else { throw ValidationError("--agents must be 0...100000") }
        guard (0...100_000).contains(knowledgeBaseCount) else { throw ValidationError("--knowledge-bases must be 0...100000") }
        guard (0...1).contains(failureRate) else { throw ValidationError("--failure-rate must be 0...1") }
        guard (0...86_400_000).contains(latencyMilliseconds), (0...86_400).contains(trafficIntervalSeconds) else {
            throw ValidationError("--latency-ms must be 0...86400000 and --traffic-interval 0...86400")
        }
        guard (0...1_000).contains(logRate) else { throw ValidationError("--log-rate must be 0...1000") }
        guard (1...100_000).contains(logCapacity) else { throw ValidationError("--log-capacity must be 1...100000") }
        guard logPaging.map({ LogPagingStyle(rawValue: $0) != nil }) ?? true else {
            throw ValidationError("--log-paging must be offset or cursor")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together") }
        guard tlsClientCa == nil || tlsCert != nil else { throw ValidationError("--tls-client-ca needs --tls-cert") }
        guard pathPrefix.isEmpty || (pathPrefix.hasPrefix("/") && !pathPrefix.hasSuffix("/")) else {
            throw ValidationError("--path-prefix must start with / and not end with one, e.g. /archestra")
        }
    }

    func run() async throws {
        var options = SimulatorOptions()
        options.host = host
        options.port = port
        options.generation = APIGeneration(rawValue: generation) ?? .v1_4
        options.agentCount = agentCount
        options.knowledgeBaseCount = knowledgeBaseCount
        options.apiKey = noAuth ? nil : apiKey
        options.latency = .milliseconds(latencyMilliseconds)
        options.failureRate = failureRate
        options.trafficInterval = .milliseconds(Int64(trafficIntervalSeconds * 1000))
        options.seed = seed
        options.logRate = logRate
        options.logCapacity = logCapacity
        options.logPaging = logPaging.flatMap(LogPagingStyle.init(rawValue:))
        options.pathPrefix = pathPrefix
        options.metricsSecret = metricsSecret
        if let tlsCert, let tlsKey {
            options.tls = try SimulatorTLS(certificateFile: tlsCert, keyFile: tlsKey, clientCertificateAuthorityFile: tlsClientCa)
        }

        let termination = TerminationSignals()
        let simulator = ArchestraSimulator(options: options)
        let boundPort = try await simulator.start()
        // Written unbuffered: tests wait for this exact line on a pipe.
        let scheme = options.tls == nil ? "http" : "https"
        FileHandle.standardOutput.write(Data("archestra-sim listening on \(scheme)://\(host):\(boundPort)\(pathPrefix)\n".utf8))
        await termination.wait()
        await simulator.stop()
    }
}
