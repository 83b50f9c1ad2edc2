import Foundation
import ArgumentParser
import ArchestraAPI
import DashboardCore

/// `archestra-tui info`: which files, themes and server the dashboard would use with the same flags,
/// so a person on a bastion host can see why it behaves as it does. Never prints a key.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the config file, themes, log and state paths and the server in use (never the key)."
    )

    @OptionGroup
    var settingsOptions: SettingsOptions

    @OptionGroup(title: "Corporate networks")
    var network: NetworkOptions

    func run() throws {
        let report = report(environment: ProcessInfo.processInfo.environment, executablePath: ExecutablePath.current())
        print(report.lines.joined(separator: "\n"))
        if report.failed { throw ExitCode.failure }
    }

    /// The lines to print, and whether something there would stop the dashboard from starting.
    func report(environment: [String: String], executablePath: String?) -> (lines: [String], failed: Bool) {
        var lines = ["version:     \(BuildStamp.version) (commit \(BuildStamp.commit))"]
        if let executablePath { lines.append("binary:      \(executablePath)") }
        var failed = false

        let configPath =
            settingsOptions.config.map { ConfigPaths.expandingTilde($0, environment: environment) }
            ?? ConfigPaths.configFile(environment: environment)
        let configPresent = FileManager.default.fileExists(atPath: configPath)
        lines.append("config file: \(configPath)\(configPresent ? "" : " (not present)")")

        var themeName: String?
        do {
            let settings = try Settings.resolve(settingsOptions.inputs, environment: environment)
            themeName = settings.themeName
            lines += settings.notices.map { "warning:     \($0)" }
            lines += KeyMap.overriding(settings.config.keys).problems.map { "warning:     \($0)" }
            lines += settings.config.resolvedFavorites.problems.map { "warning:     \($0)" }
            if !settings.config.contexts.isEmpty {
                let names = settings.config.contexts.map { $0.name == settings.context?.name ? "[\($0.name)]" : $0.name }
                lines.append("contexts:    \(names.joined(separator: " "))")
            }
            if let context = settings.context {
                let mark = settings.contextOverrides.isEmpty ? "" : "*"
                lines.append("context:     \(context.name)\(mark)\(settings.readOnly ? " (read-only)" : "")")
                lines += settings.contextOverrides.map { "overridden:  \($0)" }
            }
            lines.append("server:      \(settings.baseURL) (from \(settings.baseURLSource))")
            lines.append("API key:     " + (settings.apiKeySource.map { "set, from \($0) (not shown)" } ?? "none"))
            lines.append("refresh:     \(settings.refresh) s")
            lines += networkLines(settings: settings, environment: environment, failed: &failed)
        } catch {
            lines.append("settings:    ERROR \(error)")
            failed = true
        }

        lines += themeLines(
            name: themeName ?? settingsOptions.theme, executablePath: executablePath,
            environment: environment, failed: &failed)

        let logPath = FileLogHandler.defaultPath(environment: environment)
        let journal = EditJournal(directory: URL(fileURLWithPath: logPath).deletingLastPathComponent().path, server: "")
        lines.append("log:         \(logPath)")
        lines.append("audit log:   \(journal.auditPath)")
        lines.append("recovery:    \(journal.recoveryDirectory)")
        return (lines, failed)
    }

    private func networkLines(settings: Settings, environment: [String: String], failed: inout Bool) -> [String] {
        do {
            let configuration = try ClientConfiguration(
                baseURL: settings.baseURL, apiKey: nil, timeout: settings.timeout,
                network: network.settings(insecure: settings.insecure, environment: environment, context: settings.context))
            return configuration.networkSummary.map { "network:     \($0)" }
        } catch {
            failed = true
            return ["network:     ERROR \(error)"]
        }
    }

    private func themeLines(
        name: String?, executablePath: String?, environment: [String: String],
        failed: inout Bool
    ) -> [String] {
        let directories = ThemeDirectories(executablePath: executablePath, environment: environment)
        var lines: [String] = []
        do {
            let resolved = try ThemeLoader.load(name: name, directories: directories)
            lines.append("theme:       \(resolved.theme.name) (\(resolved.source))")
        } catch {
            lines.append("theme:       ERROR \(error)")
            failed = true
        }
        let found = directories.found
        if found.isEmpty {
            lines.append("themes:      no theme folder found; the built-in default theme is used")
        }
        for folder in found {
            let names = ThemeDirectories.themeNames(in: folder.path).joined(separator: ", ")
            lines.append("themes:      \(folder.path) (\(folder.origin)): \(names)")
        }
        let missing = directories.candidates.filter { !found.contains($0) }.map(\.path)
        if !missing.isEmpty { lines.append("not found:   \(missing.joined(separator: ", "))") }
        return lines
    }
}
