import ArgumentParser

/// The flags that choose the server, the key and the look, shared by the dashboard and `info`,
/// so that `info` reports exactly what the same flags would make the dashboard do.
struct SettingsOptions: ParsableArguments {
    @Option(help: "Archestra API base URL (default: ARCHESTRA_BASE_URL or http://localhost:9000).")
    var baseURL: String?

    @Option(help: "File holding the API key (must be mode 600).")
    var apiKeyFile: String?

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/archestra-tui/config.yaml).")
    var config: String?

    @Option(help: "The context (Archestra instance) of the config file to use (default: its currentContext).")
    var context: String?

    @Option(help: "Refresh interval in seconds; fractions allowed.")
    var refresh: Double?

    @Option(help: "Request timeout in seconds.")
    var timeout: Double = 10

    @Flag(help: "Accept any TLS certificate (shown in the header).")
    var insecure = false

    @Option(help: "Colour theme: a name (built in, or NAME.theme in a themes folder: see `archestra-tui info`) or a path to a .theme file.")
    var theme: String?

    var inputs: Settings.Inputs {
        Settings.Inputs(
            baseURLFlag: baseURL, apiKeyFile: apiKeyFile, configPath: config, refreshFlag: refresh,
            timeout: timeout, insecure: insecure, themeFlag: theme, contextFlag: context)
    }
}
