import Foundation
import ArgumentParser
import Logging
import ArchestraAPI
import CNcursesw
import TerminalUI

/// `archestra-tui logs`: LLM interactions (or MCP tool calls) printed as they come, like `kubectl logs -f`,
/// for a terminal, `grep` or `jq`. It connects exactly as the dashboard does.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Print LLM interactions (or MCP tool calls) as they come, like `kubectl logs -f`.",
        discussion: """
            Prints the newest rows (--tail, oldest first) and exits; with --follow it then asks for the newest page \
            every refresh interval and prints each new row once, until Ctrl-C. A server that goes away is said on \
            stderr and asked again with backoff; --follow never gives up on it.

            --output text: a line per row with the columns of the :logs pane (time in UTC, agent, user, model, \
            tokens in and out, cost, status, the start of the last user message) or, with --calls, of :calls \
            (time, agent, MCP server, tool, the arguments on one line, ok or error). Server text is cleaned of \
            control characters and escape sequences.
            --output json: one object per line, the record as the server listed it (interactions without their \
            request and response bodies), for jq. JSON escapes control characters.

            Exit status: 0 done, or stopped by Ctrl-C, SIGTERM or a closed pipe (| head); 1 an error (an unknown \
            --agent, the API key rejected (401) or without log:read (403)); 3 the server could not be reached \
            (without --follow); 64 the command line could not be parsed.
            """
    )

    @Option(help: ArgumentHelp("Only the rows of this agent, MCP gateway or LLM proxy: its name or id.", valueName: "name"))
    var agent: String?

    @Flag(help: "MCP tool calls instead of LLM interactions.")
    var calls = false

    @Flag(name: .shortAndLong, help: "Keep printing new rows as they come, until Ctrl-C.")
    var follow = false

    @Option(
        help: ArgumentHelp("How many of the newest rows to print first (0 to \(LogTail<MCPToolCall>.capacity)).", valueName: "count"))
    var tail: Int = 20

    @Option(name: .shortAndLong, help: ArgumentHelp("text (a line per row) or json (one object per line).", valueName: "format"))
    var output: String = "text"

    @Flag(help: "With --output text: no title line.")
    var noHeaders = false

    @OptionGroup(title: "Demo")
    var demoOptions: DemoOptions

    var demo: Bool { demoOptions.demo }

    @OptionGroup
    var settingsOptions: SettingsOptions

    @OptionGroup(title: "Corporate networks")
    var network: NetworkOptions

    func validate() throws {
        guard TailRun.Format(rawValue: output.lowercased()) != nil else {
            throw ValidationError("--output must be text or json")
        }
        guard (0...LogTail<MCPToolCall>.capacity).contains(tail) else {
            throw ValidationError("--tail must be between 0 and \(LogTail<MCPToolCall>.capacity)")
        }
        if let agent, agent.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--agent needs a name or an id") }
        if let problem = demoOptions.problem { throw ValidationError(problem) }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        // The API client logs; its lines go to the log file, never to stdout.
        let sink = FileLogHandler.Sink(path: FileLogHandler.defaultPath(environment: environment))
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: .info) }
        setlocale(LC_ALL, "")
        // A reader that goes away (`| head`) must be an error to end on, not a signal that kills.
        signal(SIGPIPE, SIG_IGN)

        var settings: Settings
        do {
            var inputs = settingsOptions.inputs
            inputs.demo = demo
            settings = try Settings.resolve(inputs, environment: environment)
        } catch {
            throw Self.failure(String(describing: error), status: 1)
        }
        for notice in settings.notices { Self.say("warning: \(notice)") }

        let simulator = try await demoOptions.start(into: &settings)
        let configuration: ClientConfiguration
        do {
            configuration = try clientConfiguration(settings, environment: environment)
        } catch {
            await simulator?.stop()
            throw Self.failure(String(describing: error), status: 1)
        }
        let client = ArchestraClient(configuration: configuration)
        let plan = TailRun(
            calls: calls, agent: agent?.trimmingCharacters(in: .whitespaces), follow: follow, count: tail,
            format: TailRun.Format(rawValue: output.lowercased()) ?? .text, headers: !noHeaders,
            glyphs: GlyphSet.forCodeset(String(cString: shim_codeset())), terminalWidth: TailText.terminalWidth(),
            refresh: settings.refresh)

        let signals = StopSignals()
        let work = Task { try await plan.run(client: client, writer: LineWriter(), say: Self.say) }
        signals.whenReceived { work.cancel() }
        let result = await work.result
        await client.shutdown()
        await simulator?.stop()

        guard case .failure(let error) = result, !signals.received else { return }
        switch error {
        case is CancellationError, is LineWriter.ReaderGone:
            return
        case let problem as AgentChoice.Problem:
            throw Self.failure(problem.description, status: 1)
        default:
            let verdict = plan.verdict(error, server: configuration.baseURL.absoluteString)
            throw Self.failure(verdict.message, status: verdict.status)
        }
    }

    /// The client's settings: the flags and the context's network settings (the simulator needs none).
    private func clientConfiguration(_ settings: Settings, environment: [String: String]) throws -> ClientConfiguration {
        let networkSettings =
            demo ? NetworkSettings() : network.settings(insecure: settings.insecure, environment: environment, context: settings.context)
        var configuration = try ClientConfiguration(
            baseURL: settings.baseURL, apiKey: settings.apiKey, timeout: settings.timeout, network: networkSettings)
        configuration.userAgent = "archestra-tui/\(BuildStamp.version)"
        return configuration
    }

    /// One line on stderr.
    @Sendable static func say(_ line: String) {
        // Nothing more can be said when stderr is closed too.
        try? LineWriter(descriptor: STDERR_FILENO).write(["archestra-tui logs: \(line)"])
    }

    /// Says what went wrong and gives the exit status.
    static func failure(_ message: String, status: Int32) -> ExitCode {
        say(message)
        return ExitCode(status)
    }
}
