import Foundation
import ArchestraAPI

/// Where to connect and how, resolved from flags, environment and the config file.
struct Settings {
    var baseURL: String
    var apiKey: APIKey?
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

        let baseURL = nonEmpty(inputs.baseURLFlag) ?? nonEmpty(environment["ARCHESTRA_BASE_URL"])
            ?? nonEmpty(file?.values["base_url"]) ?? ClientConfiguration.defaultBaseURL

        var key: String?
        if let path = inputs.apiKeyFile {
            key = try SecretFile.readKey(path: path)
        } else if let fromEnvironment = nonEmpty(environment["ARCHESTRA_API_KEY"]) {
            key = fromEnvironment
        } else {
            key = nonEmpty(file?.values["api_key"])
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
        return Settings(baseURL: baseURL, apiKey: key.map(APIKey.init), refresh: refresh, timeout: inputs.timeout,
                        insecure: inputs.insecure, themeName: inputs.themeFlag ?? file?.values["theme"])
    }
}

/// A configuration mistake with a message for the person.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
