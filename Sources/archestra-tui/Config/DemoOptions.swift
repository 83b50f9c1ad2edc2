import ArgumentParser
import ArchestraAPI
import ArchestraSimulator

/// `--demo` and its settings, shared by the dashboard and `snapshot`: the built-in simulator stands in
/// for a server.
struct DemoOptions: ParsableArguments {
    @Flag(help: "Run against the built-in simulator of the Archestra API (no server or key needed).")
    var demo = false

    @Option(help: "With --demo: the API generation the simulator speaks (1.2 or 1.4).")
    var demoGeneration: String = "1.4"

    @Option(help: "With --demo: how many agents the simulator holds.")
    var demoAgents: Int = 48

    @Option(help: "With --demo: LLM interactions the simulator logs per second.")
    var demoLogRate: Double = DemoOptions.defaultLogRate

    /// A modest stream: a live log moves, and a poll of the newest page keeps up at any refresh interval.
    static let defaultLogRate = 2.0

    /// What is wrong with these flags, for each command to report its own way.
    var problem: String? {
        if APIGeneration(rawValue: demoGeneration) == nil { return "--demo-generation must be 1.2 or 1.4" }
        if !(1...100_000).contains(demoAgents) { return "--demo-agents must be between 1 and 100000" }
        if !(0...1_000).contains(demoLogRate) { return "--demo-log-rate must be between 0 and 1000" }
        return nil
    }

    /// With `--demo`, starts the simulator and points `settings` at it (its URL and key); nil otherwise.
    func start(into settings: inout Settings) async throws -> ArchestraSimulator? {
        guard demo else { return nil }
        var options = SimulatorOptions()
        options.generation = APIGeneration(rawValue: demoGeneration) ?? .v1_4
        options.agentCount = demoAgents
        options.logRate = demoLogRate
        let simulator = ArchestraSimulator(options: options)
        let port = try await simulator.start()
        settings.baseURL = "http://127.0.0.1:\(port)"
        settings.apiKey = options.apiKey.map(APIKey.init)
        return simulator
    }
}
