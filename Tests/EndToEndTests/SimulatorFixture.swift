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

    /// - Parameter clientNetwork: how the test's own client reaches the simulator (e.g. the CA of an HTTPS one).
    init(options: SimulatorOptions = SimulatorFixture.stableOptions(), clientNetwork: NetworkSettings = NetworkSettings()) async throws {
        simulator = ArchestraSimulator(options: options)
        port = try await simulator.start()
        baseURL = await simulator.baseURL
        apiKey = options.apiKey ?? ""
        client = ArchestraClient(
            configuration: try ClientConfiguration(
                baseURL: baseURL, apiKey: options.apiKey.map(APIKey.init), network: clientNetwork))
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
    /// - Parameter environment: extra variables (e.g. `HTTPS_PROXY`); they win over the defaults, which
    ///   empty every proxy variable.
    /// - Parameter commandPrefix: runs the console under another program (e.g. `strace`).
    func console(
        width: Int = 120, height: Int = 40, refresh: Double = 0.5, extraArguments: String = "",
        baseURL: String? = nil, environment: [String: String] = [:], commandPrefix: String = ""
    ) throws -> TmuxSession {
        let binary = try Binaries.path("archestra-tui")
        var variables = [
            "ARCHESTRA_API_KEY": apiKey, "XDG_STATE_HOME": TestFolders.state,
            "XDG_CONFIG_HOME": TestFolders.noConfig,
        ]
        // Proxy variables of the machine running the tests must not route the console elsewhere.
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
            variables[name] = ""
            variables[name.uppercased()] = ""
        }
        variables.merge(environment) { _, extra in extra }
        return try TmuxSession(
            command:
                "\(commandPrefix) \(TmuxSession.quote(binary)) --base-url \(baseURL ?? self.baseURL) --refresh \(refresh) \(extraArguments)",
            environment: variables, width: width, height: height)
    }
}
