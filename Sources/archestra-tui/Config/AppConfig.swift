import Foundation
import DashboardCore

/// `config.yaml`, read: global settings and the contexts (one per Archestra instance).
struct AppConfig: Equatable {
    var currentContext: String?
    var refresh: Double?
    var theme: String?
    var mouse: Bool?
    var notify: Bool?
    var notifyAt: [Double]?
    /// What rings when notifications are on; `nil` is everything.
    var notifyOn: Set<NotificationTopic>?
    var readOnly: Bool?
    var contexts: [ContextConfig] = []
    /// Command name → key names.
    var keys: [String: [String]] = [:]
    /// Pane commands the digit keys open, in order; nil keeps the defaults.
    var favorites: [String]?
    /// Rows each live log holds; nil keeps ``LogRows/defaultCount``.
    var logRows: Int?

    func context(named name: String) -> ContextConfig? {
        contexts.first { $0.name == name }
    }
}

/// One Archestra instance: where it is, how to get its key, and how to reach it.
struct ContextConfig: Equatable {
    var name: String
    var baseURL: String?
    /// The key in an environment variable (the safest: nothing on disk).
    var apiKeyEnv: String?
    /// The key in a file of its own (mode 600).
    var apiKeyFile: String?
    /// The key in the config file itself (then the config must be mode 600).
    var apiKey: String?
    var readOnly: Bool?
    var caFile: String?
    var clientCert: String?
    var clientKey: String?
    var proxy: String?
    var insecure: Bool?
    var metricsURL: String?
    var prometheusURL: String?
    var prometheusTokenEnv: String?
    /// Where in the file it was declared, for messages.
    var line: Int = 0
}

/// A mistake in the config file, with where it is.
struct ConfigProblem: Error, Equatable, CustomStringConvertible {
    var path: String
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(path):\(line):\(column): \(message)" }
}

extension AppConfig {
    /// The digit keys' panes: the defaults, or `favorites:` with what was wrong in it.
    var resolvedFavorites: (favorites: Favorites, problems: [String]) {
        guard let favorites else { return (.defaults, []) }
        return Favorites.from(commands: favorites)
    }
}
