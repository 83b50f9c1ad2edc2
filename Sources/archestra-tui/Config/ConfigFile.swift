import Foundation

/// `~/.config/archestra-tui/config`: `key = value` lines, `#` comments.
/// Known keys: `base_url`, `api_key`, `refresh`, `theme`.
struct ConfigFile: Equatable {
    var values: [String: String] = [:]

    struct ParseError: Error, CustomStringConvertible, Equatable {
        var path: String
        var line: Int
        var message: String
        var description: String { "\(path):\(line): \(message)" }
    }

    static let knownKeys: Set<String> = ["base_url", "api_key", "refresh", "theme"]

    /// The default location, following the XDG base directory rules.
    static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/archestra-tui/config"
    }

    static func parse(_ text: String, path: String) throws -> ConfigFile {
        var config = ConfigFile()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(path: path, line: index + 1, message: "expected 'key = value'")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard knownKeys.contains(key) else {
                throw ParseError(path: path, line: index + 1,
                                 message: "unknown key '\(key)' (known: \(knownKeys.sorted().joined(separator: ", ")))")
            }
            config.values[key] = value
        }
        return config
    }

    /// Loads the file if it exists. A file that holds `api_key` must be mode 0600.
    static func load(path: String) throws -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SecretFile.Failure.unreadable(path: path, reason: "not a UTF-8 text file")
        }
        let config = try parse(text, path: path)
        if config.values["api_key"] != nil { try SecretFile.checkPermissions(path: path) }
        return config
    }
}
