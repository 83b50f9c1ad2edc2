import ArgumentParser

/// `archestra-tui`: a full-screen console for Archestra operators.
///
/// The console itself is the `dashboard` subcommand and runs when no subcommand is named, so
/// `archestra-tui --demo` and `archestra-tui dashboard --demo` are the same.
@main
struct ArchestraTUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archestra-tui",
        abstract:
            "A terminal dashboard for the Archestra platform: agents, MCP gateways, LLM proxies, knowledge bases, the MCP registry, statistics and usage limits.",
        discussion:
            "Without a subcommand it opens the dashboard: `archestra-tui --help` lists the subcommands, `archestra-tui help dashboard` the dashboard's options.",
        version: VersionText.make(),
        subcommands: [DashboardCommand.self, InfoCommand.self, SnapshotCommand.self, LogsCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
