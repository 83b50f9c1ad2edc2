import Foundation
import ArchestraAPI
import DashboardCore

/// Where to connect and how, resolved from flags, environment and `config.yaml`.
struct Settings {
    var baseURL: String
    /// Where `baseURL` came from ("--base-url", "ARCHESTRA_BASE_URL", a context, "default"), for `info`.
    var baseURLSource: String
    var apiKey: APIKey?
    /// Where the key came from, for `info`, which never shows the key itself.
    var apiKeySource: String?
    var refresh: TimeInterval
    var timeout: TimeInterval
    var insecure: Bool
    var themeName: String?

    /// The config file looked at, whether it exists or not.
    var configPath: String
    /// The whole file, kept for switching contexts at runtime.
    var config = AppConfig()
    /// The context in use (nil without contexts in the file).
    var context: ContextConfig?
    /// Editing is off for this context (the `--read-only` flag adds to it).
    var readOnly = false
    var mouse = false
    var notify = false
    var notifyAt: [Double]?
    /// Rows each live log holds (`--log-rows`, else `logRows:` in config.yaml).
    var logRows = LogRows.defaultCount
    /// What rings when `notify` is on (`notifyOn:`): limits and refusals unless the file picks.
    var notifyOn: Set<NotificationTopic> = Set(NotificationTopic.allCases)
    /// What the person should know about the config: warnings with file, line and column; the old file.
    var notices: [String] = []
    /// What flags or `ARCHESTRA_*` variables took over from the context ("server … from ARCHESTRA_BASE_URL, not
    /// the context's …"): the header then marks the context `[name*]` and `info` lists these.
    var contextOverrides: [String] = []

    struct Inputs {
        var baseURLFlag: String?
        var apiKeyFile: String?
        var configPath: String?
        var refreshFlag: Double?
        var timeout: Double
        var insecure: Bool
        var themeFlag: String?
        var contextFlag: String?
        var mouseFlag = false
        var notifyFlag = false
        var logRowsFlag: Int?
        /// `--demo`: the simulator stands in for every context, so none is chosen (nor its key looked for).
        var demo = false
    }

    /// Precedence: flags, then `ARCHESTRA_*` environment variables, then the context in `config.yaml`,
    /// then defaults (`http://localhost:9000`, like the Terraform provider).
    ///
    /// `switchingTo` names a context chosen at runtime (`:ctx`): the flags and environment variables that
    /// chose the server and key at start belonged to the first context, so only the file speaks for this one.
    static func resolve(_ inputs: Inputs, environment: [String: String], switchingTo: String? = nil) throws -> Settings {
        let configPath =
            inputs.configPath.map { ConfigPaths.expandingTilde($0, environment: environment) }
            ?? ConfigPaths.configFile(environment: environment)
        let loaded = try AppConfig.load(path: configPath)
        if inputs.configPath != nil, loaded == nil {
            throw SecretFile.Failure.unreadable(path: configPath, reason: "no such file")
        }
        let config = loaded?.config ?? AppConfig()
        var notices = loaded?.warnings.map(\.description) ?? []
        let legacyPath = ConfigPaths.legacyFile(environment: environment)
        if inputs.configPath == nil, FileManager.default.fileExists(atPath: legacyPath) {
            notices.append(ConfigPaths.legacyNotice(legacyPath: legacyPath, newPath: configPath))
        }

        let context = inputs.demo ? nil : try chooseContext(config, flag: switchingTo ?? inputs.contextFlag, path: configPath)
        let outside = switchingTo == nil ? inputs : Inputs(timeout: inputs.timeout, insecure: inputs.insecure, demo: inputs.demo)
        let outsideEnvironment = switchingTo == nil ? environment : [:]
        let nonEmpty: (String?) -> String? = { value in value.flatMap { $0.isEmpty ? nil : $0 } }
        let contextSource = context.map { "context \($0.name) in \(configPath)" } ?? configPath

        let baseURLChoices: [(String?, String)] = [
            (outside.baseURLFlag, "--base-url"), (outsideEnvironment["ARCHESTRA_BASE_URL"], "ARCHESTRA_BASE_URL"),
            (context?.baseURL, contextSource),
        ]
        let (baseURL, baseURLSource) =
            baseURLChoices.lazy.compactMap { value, source in nonEmpty(value).map { ($0, source) } }
            .first ?? (ClientConfiguration.defaultBaseURL, "default")

        let key = try ContextKey.resolve(
            flagFile: outside.apiKeyFile, environmentKey: nonEmpty(outsideEnvironment["ARCHESTRA_API_KEY"]),
            context: context, configPath: configPath, environment: environment)

        var refresh = inputs.refreshFlag ?? config.refresh ?? 2
        if inputs.refreshFlag == nil, config.refresh != nil, !(0.1...3600).contains(refresh) {
            notices.append("\(configPath): refresh \(refresh) is outside 0.1…3600 seconds; 2 is used")
            refresh = 2
        }
        guard refresh >= 0.1, refresh <= 3600 else {
            throw ValidationFailure("--refresh must be between 0.1 and 3600 seconds")
        }
        guard inputs.timeout > 0, inputs.timeout <= 600 else {
            throw ValidationFailure("--timeout must be between 0 and 600 seconds")
        }
        if let rows = inputs.logRowsFlag, !LogRows.allowed.contains(rows) {
            throw ValidationFailure("--log-rows must be from \(LogRows.allowed.lowerBound) to \(LogRows.allowed.upperBound)")
        }
        var settings = Settings(
            baseURL: baseURL, baseURLSource: baseURLSource, apiKey: key?.key.map(APIKey.init),
            apiKeySource: key?.source, refresh: refresh, timeout: inputs.timeout,
            insecure: inputs.insecure || (context?.insecure ?? false),
            themeName: inputs.themeFlag ?? config.theme, configPath: configPath)
        settings.config = config
        settings.context = context
        settings.readOnly = context?.readOnly ?? config.readOnly ?? false
        settings.mouse = inputs.mouseFlag || (config.mouse ?? false)
        settings.notify = inputs.notifyFlag || (config.notify ?? false)
        settings.notifyAt = config.notifyAt
        settings.logRows = inputs.logRowsFlag ?? config.logRows ?? LogRows.defaultCount
        settings.notifyOn = config.notifyOn ?? Set(NotificationTopic.allCases)
        settings.notices = notices
        if let context {
            settings.contextOverrides = overrides(
                of: context, baseURL: baseURL, baseURLSource: baseURLSource, keySource: key?.source,
                contextSource: contextSource, outside: outside)
        }
        return settings
    }

    /// What came from outside the file although the context says otherwise.
    private static func overrides(
        of context: ContextConfig, baseURL: String, baseURLSource: String, keySource: String?,
        contextSource: String, outside: Inputs
    ) -> [String] {
        var overrides: [String] = []
        if baseURLSource != contextSource, baseURLSource != "default", baseURL != context.baseURL {
            overrides.append("server \(baseURL) from \(baseURLSource), not the context's \(context.baseURL ?? "default")")
        }
        let contextHasKey = context.apiKeyEnv != nil || context.apiKeyFile != nil || !(context.apiKey ?? "").isEmpty
        if contextHasKey, let keySource, keySource == outside.apiKeyFile || keySource == "ARCHESTRA_API_KEY" {
            overrides.append("API key from \(keySource), not the context's")
        }
        return overrides
    }

    /// `--context` (or `:ctx`), else `currentContext`, else the first context; nil when the file has none.
    private static func chooseContext(_ config: AppConfig, flag: String?, path: String) throws -> ContextConfig? {
        let names = config.contexts.map(\.name).joined(separator: ", ")
        if let flag {
            guard let context = config.context(named: flag) else {
                throw ValidationFailure(
                    config.contexts.isEmpty
                        ? "no context '\(flag)': \(path) declares no contexts (see README, Contexts)"
                        : "no context '\(flag)' in \(path) (contexts: \(names))")
            }
            return context
        }
        if let current = config.currentContext, let context = config.context(named: current) { return context }
        return config.contexts.first
    }
}

/// A configuration mistake with a message for the person.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
