import Foundation
import ArgumentParser
import Logging
import ArchestraAPI
import ArchestraSimulator
import DashboardCore

/// `archestra-tui snapshot PANE`: one pane's data, fetched once and printed, for scripts, cron,
/// monitoring checks and bug reports. It connects exactly as the dashboard does.
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one pane's data (text, JSON or CSV) and exit: for scripts, cron, monitoring checks and bug reports.",
        discussion: discussion
    )

    @Argument(help: "The pane, by any name its `:` command has in the console (see Panes above).")
    var pane: String

    @Option(help: "The tab, for a pane with several (e.g. `stats --tab models`); default: the first.")
    var tab: String?

    @Option(help: "text (an aligned table), json (an array of objects) or csv.")
    var output: String = "text"

    /// Read as text, and whatever follows the flag: `-5` would otherwise be taken for an option and
    /// reported as a missing value, when the value is there but is not a percentage.
    @Option(
        name: .customLong("fail-above"), parsing: .unconditional,
        help: ArgumentHelp("Exit with 2 when a usage limit is at or above this percentage, e.g. 90.", valueName: "percent"))
    var failAboveText: String?

    /// `--fail-above` as a percentage: nil when not given or not a percentage of 0 or more.
    var failAbove: Double? {
        failAboveText.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
    }

    @OptionGroup(title: "Demo")
    var demoOptions: DemoOptions

    var demo: Bool { demoOptions.demo }

    @OptionGroup
    var settingsOptions: SettingsOptions

    @OptionGroup(title: "Corporate networks")
    var network: NetworkOptions

    @OptionGroup(title: "Metrics")
    var metrics: MetricsOptions

    static var discussion: String {
        let panes = ResourceRegistry.resources.map { resource in
            let tabs = resource.tabs.count > 1 ? " (tabs: \(resource.tabs.map(\.name).joined(separator: ", ")))" : ""
            return "  \(resource.commands.joined(separator: ", "))\(tabs)"
        }
        return """
            Panes:
            \(panes.joined(separator: "\n"))

            The table goes to stdout and nothing else does; notes, warnings and errors go to stderr. Server \
            text is cleaned of control characters and escape sequences in text and CSV (JSON escapes them).
            The server and key are chosen as for the dashboard (flags, environment, config context).

            Exit status, in the Nagios plugin convention (0 OK, 2 CRITICAL, 3 UNKNOWN):
              0  OK: data printed; no usage limit at or above --fail-above
              1  error: a bad value, API key rejected (401), pane data unreadable
              2  CRITICAL: a usage limit at or above --fail-above (named on stderr)
              3  UNKNOWN: the server could not be reached (its URL on stderr)
              64 the command line could not be parsed (unknown option, no PANE)
            """
    }

    /// The pane asked for, by any of its `:` names.
    var chosenPane: Pane? { Pane(command: pane) }

    /// The index of the tab asked for: by name, or its number from 1.
    func tabIndex(in pane: Pane) -> Int? {
        guard let tab else { return 0 }
        let tabs = pane.resource.tabs
        if let number = Int(tab), tabs.indices.contains(number - 1), tabs.count > 1 { return number - 1 }
        return tabs.firstIndex { !$0.name.isEmpty && $0.name.lowercased() == tab.lowercased() }
    }

    func validate() throws {
        // Mistakes in values exit with 1, the status for errors this command documents.
        guard let chosen = chosenPane else {
            let names = ResourceRegistry.resources.flatMap(\.commands).joined(separator: ", ")
            throw Self.usage("unknown pane '\(pane)'; one of: \(names)")
        }
        if tabIndex(in: chosen) == nil {
            let names = chosen.resource.tabs.map(\.name).filter { !$0.isEmpty }
            throw Self.usage(
                names.isEmpty
                    ? "the \(chosen.rawValue) pane has no tabs"
                    : "unknown tab '\(tab ?? "")' of \(chosen.rawValue); one of: \(names.joined(separator: ", "))")
        }
        guard SnapshotFormat(rawValue: output.lowercased()) != nil else {
            throw Self.usage("--output must be text, json or csv")
        }
        if let failAboveText, failAbove == nil {
            throw Self.usage("--fail-above '\(failAboveText)' is invalid: give a percentage of 0 or more, e.g. 90")
        }
        if let problem = demoOptions.problem { throw Self.usage(problem) }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        // The API client logs; its lines go to the log file, never to stdout.
        let sink = FileLogHandler.Sink(path: FileLogHandler.defaultPath(environment: environment))
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: .info) }

        guard let chosen = chosenPane, let tabNumber = tabIndex(in: chosen),
            let format = SnapshotFormat(rawValue: output.lowercased())
        else { throw ExitCode(SnapshotVerdict.error) }
        var settings: Settings
        do {
            var inputs = settingsOptions.inputs
            inputs.demo = demo
            settings = try Settings.resolve(inputs, environment: environment)
        } catch {
            throw Self.usage(String(describing: error))
        }
        for notice in settings.notices { Self.say("warning: \(notice)") }

        let simulator = try await demoOptions.start(into: &settings)
        let factory = ConnectionFactory(
            network: network, metrics: metrics, environment: environment, demo: demo,
            readOnlyFlag: true, stateDirectory: "", themeNames: [])
        let configuration: ClientConfiguration
        do {
            configuration = try factory.clientConfiguration(for: settings)
        } catch {
            await simulator?.stop()
            throw Self.usage(String(describing: error))
        }
        let client = ArchestraClient(configuration: configuration)
        let server = configuration.baseURL.absoluteString
        let state = AppState(baseURL: server, insecureTLS: settings.insecure, refreshInterval: settings.refresh)
        var snapshot = await Snapshot.take(pane: chosen, tab: tabNumber, state: state, loader: APIDataLoader(client: client))
        if let read = snapshot.state { snapshot.limits = LimitsResource.usages(in: read) }
        await client.shutdown()
        await simulator?.stop()

        let verdict = SnapshotVerdict.judge(snapshot, failAbove: failAbove, server: server)
        if verdict.printsTable { FileHandle.standardOutput.write(Data(format.render(snapshot.table).utf8)) }
        for message in verdict.messages { Self.say(message) }
        if verdict.status != SnapshotVerdict.ok { throw ExitCode(verdict.status) }
    }

    /// One line on stderr.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data("archestra-tui snapshot: \(line)\n".utf8))
    }

    /// Says what is wrong and gives the exit status for errors.
    static func usage(_ problem: String) -> ExitCode {
        say(problem)
        return ExitCode(SnapshotVerdict.error)
    }
}
