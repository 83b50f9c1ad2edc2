import ArchestraAPI

/// What the seeded catalog items ask for when installed (`localConfig.environment`, `userConfig`),
/// and the one item whose installs always fail, so the console's error path can be tried.
enum CatalogInstallSeed {
    /// The catalog item whose image cannot be pulled: every install and reinstall ends in `error`.
    static let failingItemName = "broken-image"
    static let failingItemImage = "registry.acme.example/broken-image-mcp:0.0.1"

    /// `localInstallationError` of installs of ``failingItemName``.
    static let failingItemError =
        "Back-off pulling image \"\(failingItemImage)\": ErrImagePull: manifest unknown (ImagePullBackOff)"

    /// `localConfig.environment` entries per catalog item name (API notes §4.2).
    static func environment(for name: String) -> [JSONValue] {
        switch name {
        case "github":
            return [
                entry(
                    "GITHUB_PERSONAL_ACCESS_TOKEN", type: "secret", prompt: true, required: true,
                    description: "Personal access token with the repo scope"),
                entry(
                    "GITHUB_TOOLSETS", type: "plain_text", prompt: true, required: false,
                    description: "Toolsets to enable, comma-separated", defaultValue: "repos,issues,pull_requests"),
            ]
        case "slack":
            return [
                entry("SLACK_BOT_TOKEN", type: "secret", prompt: true, required: true, description: "Bot token (xoxb-…)"),
                entry("SLACK_TEAM_ID", type: "plain_text", prompt: true, required: true, description: "Workspace id (T…)"),
            ]
        case "postgres":
            return [
                entry("DATABASE_URL", type: "secret", prompt: true, required: true, description: "postgres:// connection string"),
                entry(
                    "MAX_ROWS", type: "number", prompt: true, required: false, description: "Rows returned per query", defaultValue: "500"),
                entry("READ_ONLY", type: "boolean", prompt: false, required: true, description: "Refuse writes", value: "true"),
            ]
        default:
            return []
        }
    }

    /// `userConfig` per catalog item name: field name → `{type, title, description, required, …}`.
    static func userConfig(for name: String) -> JSONValue {
        guard name == "filesystem" else { return .null }
        return .object([
            "allowed_directories": .object([
                "type": .string("directory"), "title": .string("Allowed directories"),
                "description": .string("Directories the server may read and write"),
                "required": .bool(true), "multiple": .bool(true),
            ]),
            "read_only": .object([
                "type": .string("boolean"), "title": .string("Read only"),
                "description": .string("Refuse every write"), "required": .bool(false), "default": .bool(true),
            ]),
        ])
    }

    private static func entry(
        _ key: String, type: String, prompt: Bool, required: Bool, description: String,
        defaultValue: String? = nil, value: String? = nil
    ) -> JSONValue {
        var object: JSONObject = [
            "key": .string(key), "type": .string(type), "promptOnInstallation": .bool(prompt),
            "required": .bool(required), "description": .string(description),
        ]
        if let defaultValue { object["default"] = .string(defaultValue) }
        if let value { object["value"] = .string(value) }
        return .object(object)
    }
}
