import Foundation

extension AppConfig {
    /// Reads `config.yaml` if it exists (nil when it does not). A file that holds a key in clear (`apiKey:`)
    /// must be mode 0600; a file that is not YAML is an error naming its line and column; anything else
    /// wrong in it is a warning, and the default applies.
    static func load(path: String) throws -> (config: AppConfig, warnings: [ConfigProblem])? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SecretFile.Failure.unreadable(path: path, reason: "not a UTF-8 text file")
        }
        var reader = AppConfigReader(path: path)
        let config = try reader.read(text)
        if config.contexts.contains(where: { $0.apiKey != nil }) { try SecretFile.checkPermissions(path: path) }
        return (config, reader.warnings)
    }
}
