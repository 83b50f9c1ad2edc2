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
            The server and key come from flags, else ARCHESTRA_BASE_URL and ARCHESTRA_API_KEY, else the context \
            chosen in $XDG_CONFIG_HOME/archestra-tui/config.yaml (--context, else its currentContext), else \
            http://localhost:9000. Logs go to $XDG_STATE_HOME/archestra-tui/. Proxies come from HTTPS_PROXY, \
            HTTP_PROXY or ALL_PROXY with NO_PROXY (either case), unless --proxy, --no-proxy or the context's proxy.
            """
    )

    @OptionGroup(title: "Demo")
    var demoOptions: DemoOptions

    var demo: Bool { demoOptions.demo }

    @Flag(help: "Change nothing on the server: editing, deleting and installing keys are disabled.")
    var readOnly = false

    @Flag(help: "Clicks select rows and panes, the wheel scrolls (or `mouse: true` in config.yaml).")
    var mouse = false

    @Flag(
        help:
            "Bell and desktop notification when a usage limit crosses 80, 90 or 100 % or a guardrail refuses a tool call (or `notify: true` in config.yaml; `notifyOn:` picks which)."
    )
    var notify = false

    @Option(
        help:
            "Rows each live log (:logs, :calls, :sessions) holds, 50 to 100000; the oldest go first (or `logRows: N` in config.yaml; default 2000)."
    )
    var logRows: Int?

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
        if let problem = demoOptions.problem { throw ValidationError(problem) }
    }

    /// The settings inputs: the shared flags and this command's own.
    var inputs: Settings.Inputs {
        var inputs = settingsOptions.inputs
        inputs.mouseFlag = mouse
        inputs.notifyFlag = notify
        inputs.logRowsFlag = logRows
        inputs.demo = demo
        return inputs
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let sink = FileLogHandler.Sink(path: FileLogHandler.defaultPath(environment: environment))
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: level) }
        let logger = Logger(label: "archestra.tui")

        var settings: Settings
        do {
            settings = try Settings.resolve(inputs, environment: environment)
        } catch {
            // The command line parsed: a context, key or config file that cannot be used is not a usage
            // mistake, so it exits 1 with its message and no usage text.
            throw ValidationFailure(String(describing: error))
        }
        let themeDirectories = ThemeDirectories(executablePath: ExecutablePath.current(), environment: environment)
        let themeValue = try ThemeLoader.load(name: settings.themeName, directories: themeDirectories).theme

        let simulator = try await demoOptions.start(into: &settings)
        if simulator != nil { logger.info("demo simulator started", metadata: ["baseURL": "\(settings.baseURL)"]) }

        logger.info("starting", metadata: ["version": "\(BuildStamp.version)", "demo": "\(demo)"])
        let stateDirectory = URL(fileURLWithPath: FileLogHandler.defaultPath(environment: environment)).deletingLastPathComponent().path
        let factory = ConnectionFactory(
            network: network, metrics: metrics, environment: environment, demo: demo,
            readOnlyFlag: readOnly, stateDirectory: stateDirectory,
            themeNames: ThemeLoader.names(directories: themeDirectories))
        let connection: Connection
        do {
            connection = try factory.open(settings: settings, carrying: nil, logger: logger)
        } catch {
            await simulator?.stop()
            throw ValidationFailure(settings.context.map { "context \($0.name): \(error)" } ?? String(describing: error))
        }
        // Config warnings and key conflicts are said once, at start, on the status line and in the log.
        let notices = settings.notices + KeyMap.overriding(settings.config.keys).problems + settings.config.resolvedFavorites.problems
        for notice in notices { logger.warning("config", metadata: ["problem": "\(notice)"]) }
        if let first = notices.first {
            await connection.store.send(
                .notice(notices.count == 1 ? first : "\(first) (and \(notices.count - 1) more: archestra-tui info)"))
        }

        let switcher = ContextSwitcher(inputs: inputs, environment: environment, factory: factory, logger: logger)
        let themes = ThemeSwitcher(directories: themeDirectories, colorAllowed: (environment["NO_COLOR"] ?? "").isEmpty)
        let exit = try await Self.runDashboard(
            first: connection, switcher: switcher, theme: themeValue, themes: themes,
            mouse: settings.mouse, editor: ExternalEditor(environment: environment))
        await simulator?.stop()
        logger.info("stopped", metadata: ["reason": "\(exit)"])
    }

    @MainActor
    static func runDashboard(
        first: Connection, switcher: ContextSwitcher, theme: Theme, themes: ThemeSwitcher, mouse: Bool,
        editor: ExternalEditor
    ) async throws -> String {
        let wake = WakePipe()
        let signals = SignalWatcher(wake: wake)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme, colorAllowed: themes.colorAllowed)
        } catch {
            await first.close()
            // Not a usage mistake: no usage text after the message.
            throw ValidationFailure(String(describing: error))
        }
        defer { terminal.end() }
        if mouse { terminal.enableMouse() }
        var connection = first
        var switcher = switcher
        await connection.store.startPolling()
        while true {
            let exit = await MainLoop(
                terminal: terminal, store: connection.store, signals: signals, editor: editor,
                themes: themes, wake: wake
            ).run()
            guard case .switchContext(let name) = exit else {
                await connection.close()
                return "\(exit)"
            }
            connection = await switcher.switchTo(name, from: connection)
        }
    }
}
