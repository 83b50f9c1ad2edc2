import Foundation
import ArchestraAPI
import ArchestraSimulator

/// A simulator owned by the test, with traffic stopped so the figures on screen are stable,
/// and a client to read what the server holds.
final class SimulatorFixture {
    let simulator: ArchestraSimulator
    let port: Int
    let client: ArchestraClient
    let baseURL: String
    let apiKey: String

    init(options: SimulatorOptions = SimulatorFixture.stableOptions()) async throws {
        simulator = ArchestraSimulator(options: options)
        port = try await simulator.start()
        baseURL = "http://127.0.0.1:\(port)"
        apiKey = options.apiKey ?? ""
        client = ArchestraClient(configuration: try ClientConfiguration(baseURL: baseURL, apiKey: options.apiKey.map(APIKey.init)))
    }

    static func stableOptions() -> SimulatorOptions {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        return options
    }

    func shutdown() async {
        await client.shutdown()
        await simulator.stop()
    }

    /// Starts the real binary against this simulator in tmux.
    func console(width: Int = 120, height: Int = 40, refresh: Double = 0.5, extraArguments: String = "") throws -> TmuxSession {
        let binary = try Binaries.path("archestra-tui")
        return try TmuxSession(
            command: "\(TmuxSession.quote(binary)) --base-url \(baseURL) --refresh \(refresh) \(extraArguments)",
            environment: ["ARCHESTRA_API_KEY": apiKey, "XDG_STATE_HOME": NSTemporaryDirectory() + "archestra-e2e-state",
                          "XDG_CONFIG_HOME": NSTemporaryDirectory() + "archestra-e2e-config-none"],
            width: width, height: height)
    }
}
