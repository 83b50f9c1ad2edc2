import Foundation
import Yams
import DashboardCore

/// Reads `config.yaml` leniently: unknown keys and values of the wrong type are warned about and
/// left out (their defaults apply); only a file that is not YAML at all is an error.
struct AppConfigReader {
    let path: String
    private(set) var warnings: [ConfigProblem] = []

    init(path: String) {
        self.path = path
    }

    static let globalKeys: Set<String> = [
        "currentContext", "refresh", "theme", "mouse", "notify", "notifyAt", "notifyOn", "readOnly",
        "contexts", "keys", "favorites", "logRows",
    ]
    static let contextKeys: Set<String> = [
        "name", "baseURL", "apiKeyEnv", "apiKeyFile", "apiKey", "readOnly", "caFile",
        "clientCert", "clientKey", "proxy", "insecure", "metricsURL", "prometheusURL",
        "prometheusTokenEnv",
    ]

    mutating func read(_ text: String) throws -> AppConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw problem(of: error)
        }
        guard let root else { return AppConfig() }
        guard case .mapping(let mapping) = root else {
            throw ConfigProblem(path: path, line: 1, column: 1, message: "expected 'key: value' settings at the top level")
        }
        var config = AppConfig()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "currentContext": config.currentContext = string(value, key)
            case "refresh": config.refresh = number(value, key)
            case "theme": config.theme = string(value, key)
            case "mouse": config.mouse = bool(value, key)
            case "notify": config.notify = bool(value, key)
            case "notifyAt": config.notifyAt = numbers(value, key)
            case "notifyOn": config.notifyOn = topics(value, key)
            case "readOnly": config.readOnly = readOnly(value)
            case "contexts": config.contexts = contexts(value)
            case "keys": config.keys = keys(value)
            case "favorites": config.favorites = favorites(value)
            case "logRows": config.logRows = logRows(value)
            default: warn(keyNode, "unknown key '\(key)' (known: \(Self.globalKeys.sorted().joined(separator: ", ")))")
            }
        }
        if let current = config.currentContext, config.context(named: current) == nil, !config.contexts.isEmpty {
            warnings.append(
                ConfigProblem(
                    path: path, line: 1, column: 1,
                    message:
                        "currentContext '\(current)' is not among the contexts (\(config.contexts.map(\.name).joined(separator: ", ")))"))
        }
        return config
    }

    private mutating func contexts(_ node: Node) -> [ContextConfig] {
        guard case .sequence(let items) = node else {
            warn(node, "contexts must be a list ('- name: …' entries)")
            return []
        }
        var contexts: [ContextConfig] = []
        for item in items {
            guard case .mapping(let mapping) = item else {
                warn(item, "each context is a set of 'key: value' settings")
                continue
            }
            var context = ContextConfig(name: "", line: (item.mark?.line ?? 0))
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                switch key {
                case "name": context.name = string(value, key) ?? ""
                case "baseURL": context.baseURL = string(value, key)
                case "apiKeyEnv": context.apiKeyEnv = string(value, key)
                case "apiKeyFile": context.apiKeyFile = string(value, key)
                case "apiKey": context.apiKey = string(value, key)
                case "readOnly": context.readOnly = readOnly(value)
                case "caFile": context.caFile = string(value, key)
                case "clientCert": context.clientCert = string(value, key)
                case "clientKey": context.clientKey = string(value, key)
                case "proxy": context.proxy = string(value, key)
                case "insecure": context.insecure = bool(value, key)
                case "metricsURL": context.metricsURL = string(value, key)
                case "prometheusURL": context.prometheusURL = string(value, key)
                case "prometheusTokenEnv": context.prometheusTokenEnv = string(value, key)
                default: warn(keyNode, "unknown context key '\(key)' (known: \(Self.contextKeys.sorted().joined(separator: ", ")))")
                }
            }
            if context.name.isEmpty {
                warn(item, "a context needs a name")
            } else if contexts.contains(where: { $0.name == context.name }) {
                warn(item, "context '\(context.name)' is declared twice; the first one counts")
            } else {
                contexts.append(context)
            }
        }
        return contexts
    }

    private mutating func keys(_ node: Node) -> [String: [String]] {
        guard case .mapping(let mapping) = node else {
            warn(node, "keys must be 'command: key' settings")
            return [:]
        }
        var keys: [String: [String]] = [:]
        for (command, value) in mapping {
            guard let name = command.string else { continue }
            if case .sequence(let items) = value {
                keys[name] = items.compactMap(\.string)
            } else if let key = value.scalar?.string {
                keys[name] = [key]
            } else {
                warn(value, "\(name): a key name or a list of key names")
            }
        }
        return keys
    }

    /// A list of pane commands; whether each names a pane is checked where the panes are known
    /// (``Favorites/from(commands:)``), with the other problems of the file.
    private mutating func favorites(_ node: Node) -> [String]? {
        guard case .sequence(let items) = node else {
            warn(node, "favorites must be a list of pane commands (favorites: [agents, limits, mcp]); the default is used")
            return nil
        }
        var commands: [String] = []
        for item in items {
            guard let command = item.scalar?.string else {
                warn(item, "favorites: each entry is a pane command such as agents")
                commands.append("")
                continue
            }
            commands.append(command)
        }
        return commands
    }

    // MARK: - Values

    private mutating func string(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else {
            warn(node, "\(key) must be text")
            return nil
        }
        return scalar.string
    }

    private mutating func number(_ node: Node, _ key: String) -> Double? {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            warn(node, "\(key) must be a number; the default is used")
            return nil
        }
        return value
    }

    private mutating func numbers(_ node: Node, _ key: String) -> [Double]? {
        guard case .sequence(let items) = node else {
            warn(node, "\(key) must be a list of numbers; the default is used")
            return nil
        }
        let values = items.compactMap { $0.scalar.flatMap { Double($0.string) } }
        guard values.count == items.count else {
            warn(node, "\(key) must be a list of numbers; the default is used")
            return nil
        }
        return values
    }

    /// Rows each live log holds: a whole number within ``LogRows/allowed``.
    private mutating func logRows(_ node: Node) -> Int? {
        let allowed = LogRows.allowed
        guard let text = node.scalar?.string, let value = Int(text), allowed.contains(value) else {
            warn(
                node,
                "logRows must be a whole number from \(allowed.lowerBound) to \(allowed.upperBound); "
                    + "\(LogRows.defaultCount) is used")
            return nil
        }
        return value
    }

    /// `notifyOn: [limits, refusals]`: what rings when notifications are on; an unknown entry is warned about
    /// and left out, a value that is not a list keeps the default (everything).
    private mutating func topics(_ node: Node, _ key: String) -> Set<NotificationTopic>? {
        let known = NotificationTopic.allCases.map(\.rawValue).joined(separator: ", ")
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = [node]
        default:
            warn(node, "\(key) must be a list of \(known); the default (all) is used")
            return nil
        }
        var topics = Set<NotificationTopic>()
        for item in items {
            guard let topic = item.scalar.flatMap({ NotificationTopic(rawValue: $0.string) }) else {
                warn(item, "\(key): '\(item.scalar?.string ?? "")' is not one of \(known); left out")
                continue
            }
            topics.insert(topic)
        }
        return topics
    }

    private mutating func bool(_ node: Node, _ key: String) -> Bool? {
        guard let value = node.bool else {
            warn(node, "\(key) must be true or false; the default is used")
            return nil
        }
        return value
    }

    /// A `readOnly` that cannot be read counts as true: a typo must not open a production instance to edits.
    private mutating func readOnly(_ node: Node) -> Bool {
        guard let value = node.bool else {
            warn(node, "readOnly must be true or false; read-only is kept on")
            return true
        }
        return value
    }

    private mutating func warn(_ node: Node, _ message: String) {
        warnings.append(ConfigProblem(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message))
    }

    private func problem(of error: YamlError) -> ConfigProblem {
        switch error {
        case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _), .composer(_, let text, let mark, _):
            return ConfigProblem(path: path, line: mark.line, column: mark.column, message: text)
        default:
            return ConfigProblem(path: path, line: 1, column: 1, message: "\(error)")
        }
    }
}
