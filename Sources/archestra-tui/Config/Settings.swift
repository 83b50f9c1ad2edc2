import Foundation
import ArchestraAPI

/// Where to connect and how, resolved from flags, environment and the config file.
struct Settings {
    var baseURL: String
    /// Where `baseURL` came from ("--base-url", "ARCHESTRA_BASE_URL", the config file, "default"), for `info`.
    var baseURLSource: String
    var apiKey: APIKey?
    /// Where the key came from, for `info`, which never shows the key itself.
    var apiKeySource: String?
    var refresh: TimeInterval
    var timeout: TimeInterval
    var insecure: Bool
    var themeName: String?

    struct Inputs {
        var baseURLFlag: String?
        var apiKeyFile: String?
        var configPath: String?
        var refreshFlag: Double?
        var timeout: Double
        var insecure: Bool
        var themeFlag: String?
    }

    /// Precedence: flags, then `ARCHESTRA_*` environment variables, then the config file, then defaults
    /// (`http://localhost:9000`, like the Terraform provider).
    static func resolve(_ inputs: Inputs, environment: [String: String]) throws -> Settings {
        let configPath = inputs.configPath ?? ConfigFile.defaultPath(environment: environment)
        let file = try ConfigFile.load(path: configPath)
        if inputs.configPath != nil, file == nil {
            throw SecretFile.Failure.unreadable(path: configPath, reason: "no such file")
        }
        let nonEmpty: (String?) -> String? = { value in value.flatMap { $0.isEmpty ? nil : $0 } }

        let baseURLChoices: [(String?, String)] = [
            (inputs.baseURLFlag, "--base-url"), (environment["ARCHESTRA_BASE_URL"], "ARCHESTRA_BASE_URL"),
            (file?.values["base_url"], configPath), (ClientConfiguration.defaultBaseURL, "default"),
        ]
        let (baseURL, baseURLSource) = baseURLChoices.lazy.compactMap { value, source in nonEmpty(value).map { ($0, source) } }
            .first ?? (ClientConfiguration.defaultBaseURL, "default")

        var key: String?
        var keySource: String?
        if let path = inputs.apiKeyFile {
            key = try SecretFile.readKey(path: path)
            keySource = path
        } else if let fromEnvironment = nonEmpty(environment["ARCHESTRA_API_KEY"]) {
            key = fromEnvironment
            keySource = "ARCHESTRA_API_KEY"
        } else if let fromFile = nonEmpty(file?.values["api_key"]) {
            key = fromFile
            keySource = configPath
        }

        var refresh = inputs.refreshFlag ?? 2
        if inputs.refreshFlag == nil, let text = file?.values["refresh"] {
            guard let value = Double(text) else {
                throw ConfigFile.ParseError(path: configPath, line: 0, message: "refresh must be a number of seconds, got '\(text)'")
            }
            refresh = value
        }
        guard refresh >= 0.1, refresh <= 3600 else {
            throw ValidationFailure("--refresh must be between 0.1 and 3600 seconds")
        }
        guard inputs.timeout > 0, inputs.timeout <= 600 else {
            throw ValidationFailure("--timeout must be between 0 and 600 seconds")
        }
        return Settings(baseURL: baseURL, baseURLSource: baseURLSource, apiKey: key.map(APIKey.init), apiKeySource: keySource,
                        refresh: refresh, timeout: inputs.timeout,
                        insecure: inputs.insecure, themeName: inputs.themeFlag ?? file?.values["theme"])
    }
}

/// A configuration mistake with a message for the person.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
