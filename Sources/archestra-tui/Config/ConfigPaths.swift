import Foundation

/// Where the config lives (`$XDG_CONFIG_HOME/archestra-tui/config.yaml`), and the old `config` file
/// of `key = value` lines that is no longer read.
enum ConfigPaths {
    static func folder(environment: [String: String]) -> String {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.config")
        return base + "/archestra-tui"
    }

    static func configFile(environment: [String: String]) -> String {
        folder(environment: environment) + "/config.yaml"
    }

    static func legacyFile(environment: [String: String]) -> String {
        folder(environment: environment) + "/config"
    }

    /// One line for a person who still has the old file: where the settings go now, and in what shape.
    static func legacyNotice(legacyPath: String, newPath: String) -> String {
        "\(legacyPath) is no longer read: move its settings to \(newPath) "
            + "(YAML: refresh, theme, currentContext, contexts: [{name, baseURL, apiKeyFile}]; see README, Config file)"
    }

    /// `~/x` as `$HOME/x`, for paths written in the config file.
    static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
