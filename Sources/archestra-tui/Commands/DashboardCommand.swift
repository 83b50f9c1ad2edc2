import Foundation
import ArgumentParser
import Logging
import ArchestraAPI
import ArchestraSimulator
import DashboardCore
import TerminalUI

/// `archestra-tui [dashboard]`: the full-screen console, the command that runs when none is named.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen console (the default command).",
        discussion: """
        The API key is read from --api-key-file, else ARCHESTRA_API_KEY, else `api_key` in the config file \
        ($XDG_CONFIG_HOME/archestra-tui/config, mode 600). The server is --base-url, else ARCHESTRA_BASE_URL, \
        else `base_url` in the config file, else http://localhost:9000. Logs go to $XDG_STATE_HOME/archestra-tui/. \
        Proxies come from HTTPS_PROXY, HTTP_PROXY or ALL_PROXY with NO_PROXY (either case), unless --proxy or --no-proxy.
        """
    )

    @Flag(help: "Run against the built-in simulator of the Archestra API (no server or key needed).")
    var demo = false

    @Option(help: "With --demo: the API generation the simulator speaks (1.2 or 1.4).")
    var demoGeneration: String = "1.4"

    @Option(help: "With --demo: how many agents the simulator holds.")
    var demoAgents: Int = 48

    @Flag(help: "Change nothing on the server: editing, deleting and installing keys are disabled.")
    var readOnly = false

    @OptionGroup
    var settingsOptions: SettingsOptions

    @OptionGroup(title: "Corporate networks")
    var network: NetworkOptions

    @OptionGroup(title: "Metrics")
    var metrics: MetricsOptions

    @Option(help: "Log level for the log file: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
        guard APIGeneration(rawValue: demoGeneration) != nil else { throw ValidationError("--demo-generation must be 1.2 or 1.4") }
        guard (1...100_000).contains(demoAgents) else { throw ValidationError("--demo-agents must be between 1 and 100000") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let sink = FileLogHandler.Sink(path: FileLogHandler.defaultPath(environment: environment))
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: level) }
        let logger = Logger(label: "archestra.tui")

        var settings: Settings
        do {
            settings = try Settings.resolve(settingsOptions.inputs, environment: environment)
        } catch {
            throw ValidationError(String(describing: error))
        }
        let themeValue = try ThemeLoader.load(
            name: settings.themeName,
            directories: ThemeDirectories(executablePath: ExecutablePath.current(), environment: environment)).theme

        var simulator: ArchestraSimulator?
        if demo {
            var options = SimulatorOptions()
            options.generation = APIGeneration(rawValue: demoGeneration) ?? .v1_4
            options.agentCount = demoAgents
            let started = ArchestraSimulator(options: options)
            let port = try await started.start()
            simulator = started
            settings.baseURL = "http://127.0.0.1:\(port)"
            settings.apiKey = options.apiKey.map(APIKey.init)
            logger.info("demo simulator started", metadata: ["port": "\(port)"])
        }

        var clientConfiguration: ClientConfiguration
        do {
            // The in-process demo server is on loopback: no proxy, no private CA.
            let networkSettings = demo ? NetworkSettings() : network.settings(insecure: settings.insecure, environment: environment)
            clientConfiguration = try ClientConfiguration(baseURL: settings.baseURL, apiKey: settings.apiKey,
                                                          timeout: settings.timeout, network: networkSettings)
            clientConfiguration.metrics = try metrics.settings(environment: environment)
            // The demo simulator serves /metrics beside its API.
            if demo, !clientConfiguration.metrics.isConfigured {
                clientConfiguration.metrics.directURL = URL(string: settings.baseURL + "/metrics")
            }
        } catch {
            await simulator?.stop()
            throw ValidationError(String(describing: error))
        }
        // The version of this build, which a release stamps (the API library only knows its own default).
        clientConfiguration.userAgent = "archestra-tui/\(BuildStamp.version)"
        let client = ArchestraClient(configuration: clientConfiguration)
        var state = AppState(baseURL: clientConfiguration.baseURL.absoluteString, insecureTLS: settings.insecure,
                             refreshInterval: settings.refresh)
        state.maskedAPIKey = settings.apiKey?.description
        state.networkSummary = clientConfiguration.networkSummary + clientConfiguration.metrics.summary
        state.readOnly = readOnly
        // Changes are recorded (never their values) next to the log, where failed edits are kept too.
        let stateDirectory = URL(fileURLWithPath: FileLogHandler.defaultPath(environment: environment)).deletingLastPathComponent().path
        let journal = EditJournal(directory: stateDirectory, server: clientConfiguration.baseURL.absoluteString)
        let store = DashboardStore(state: state, loader: APIDataLoader(client: client),
                                   editing: readOnly ? nil : EditExecutor(client: client, journal: journal),
                                   exportDirectory: stateDirectory + "/exports")
        logger.info("starting", metadata: ["baseURL": "\(clientConfiguration.baseURL.absoluteString)",
                                           "key": "\(settings.apiKey?.description ?? "none")"])
        logger.info("network", metadata: ["settings": "\(clientConfiguration.networkSummary.joined(separator: "; "))"])
        logger.info("metrics", metadata: ["sources": "\(clientConfiguration.metrics.summary.joined(separator: "; "))"])
        if clientConfiguration.allowInsecureTLS {
            logger.warning("TLS certificate verification is OFF (--insecure): any server can pose as \(clientConfiguration.hostAndPort)")
        }

        let colorAllowed = (environment["NO_COLOR"] ?? "").isEmpty
        let exit = try await Self.runDashboard(store: store, theme: themeValue, colorAllowed: colorAllowed,
                                               editor: ExternalEditor(environment: environment))
        await store.stopPolling()
        await client.shutdown()
        await simulator?.stop()
        logger.info("stopped", metadata: ["reason": "\(exit)"])
    }

    @MainActor
    static func runDashboard(store: DashboardStore, theme: Theme, colorAllowed: Bool, editor: ExternalEditor) async throws -> String {
        let signals = SignalWatcher()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme, colorAllowed: colorAllowed)
        } catch {
            throw ValidationError(String(describing: error))
        }
        defer { terminal.end() }
        await store.startPolling()
        let exit = await MainLoop(terminal: terminal, store: store, signals: signals, editor: editor).run()
        return "\(exit)"
    }
}
