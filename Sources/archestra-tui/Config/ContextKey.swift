import Foundation

/// Finds a context's API key: `--api-key-file`, `ARCHESTRA_API_KEY`, then the context's `apiKeyEnv`,
/// `apiKeyFile` (mode 600) or `apiKey` (then the config file itself must be mode 600).
enum ContextKey {
    static func resolve(
        flagFile: String?, environmentKey: String?, context: ContextConfig?, configPath: String,
        environment: [String: String]
    ) throws -> (key: String?, source: String)? {
        if let flagFile {
            return (try SecretFile.readKey(path: flagFile), flagFile)
        }
        if let environmentKey {
            return (environmentKey, "ARCHESTRA_API_KEY")
        }
        guard let context else { return nil }
        if let name = context.apiKeyEnv {
            guard let value = environment[name], !value.isEmpty else {
                throw ValidationFailure("context \(context.name): apiKeyEnv names \(name), which is unset or empty")
            }
            return (value, "$\(name) (context \(context.name))")
        }
        // A key the context names but that cannot be had stops the context: the message says which one.
        if let file = context.apiKeyFile {
            let path = ConfigPaths.expandingTilde(file, environment: environment)
            do {
                return (try SecretFile.readKey(path: path), path)
            } catch {
                throw ValidationFailure("context \(context.name): \(error)")
            }
        }
        if let key = context.apiKey, !key.isEmpty {
            do {
                try SecretFile.checkPermissions(path: configPath)
            } catch {
                throw ValidationFailure("context \(context.name): \(error)")
            }
            return (key, "\(configPath) (context \(context.name))")
        }
        return nil
    }
}
