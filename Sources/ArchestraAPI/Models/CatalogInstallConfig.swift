import Foundation

/// One `localConfig.environment` entry of a catalog item (API notes §4.2): an environment variable the
/// server runs with, which the installer may have to supply.
public struct CatalogEnvironmentEntry: LenientDecodable, Equatable {
    public var key: String
    /// `plain_text`, `secret`, `boolean` or `number` (other values kept as sent).
    public var type: String
    /// Whether the installer is asked for it.
    public var promptOnInstallation: Bool
    public var required: Bool
    public var description: String?
    /// The default the server uses when none is sent.
    public var defaultValue: String?
    /// A value fixed by the catalog item.
    public var value: String?

    public init(
        key: String, type: String = "plain_text", promptOnInstallation: Bool = false, required: Bool = false,
        description: String? = nil, defaultValue: String? = nil, value: String? = nil
    ) {
        self.key = key
        self.type = type
        self.promptOnInstallation = promptOnInstallation
        self.required = required
        self.description = description
        self.defaultValue = defaultValue
        self.value = value
    }

    /// Requires a `key`.
    public init(json: JSONValue) throws {
        guard let key = json.string("key"), !key.isEmpty else { throw RecordDecodingError("expected an environment entry with a \"key\"") }
        self.init(
            key: key, type: json.string("type") ?? "plain_text", promptOnInstallation: json.bool("promptOnInstallation") ?? false,
            required: json.bool("required") ?? false, description: json.string("description"),
            defaultValue: Self.text(json["default"]), value: Self.text(json["value"])
        )
    }

    /// A string, or a number or boolean written as the server would read it back (`500`, `true`).
    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text
        case .bool(let flag)?: return flag ? "true" : "false"
        case .number(let number)? where number.isFinite:
            return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return nil
        }
    }

    /// Whether an install must send it in `environmentValues`: prompted, required and without a default.
    public var mustBeSupplied: Bool { promptOnInstallation && required && defaultValue == nil }

    /// Whether the value belongs in a secret store rather than on screen.
    public var isSecret: Bool { type == "secret" }
}

/// One field of a catalog item's `userConfig` (name → `{type, title, description, required, …}`).
public struct CatalogUserConfigField: Equatable, Sendable {
    public var name: String
    /// `string`, `number`, `boolean`, `directory` or `file` (other values kept as sent).
    public var type: String
    public var title: String?
    public var description: String?
    public var required: Bool
    /// Several values (sent as an array).
    public var multiple: Bool
    public var sensitive: Bool
    public var defaultValue: JSONValue?

    public init(
        name: String, type: String = "string", title: String? = nil, description: String? = nil, required: Bool = false,
        multiple: Bool = false, sensitive: Bool = false, defaultValue: JSONValue? = nil
    ) {
        self.name = name
        self.type = type
        self.title = title
        self.description = description
        self.required = required
        self.multiple = multiple
        self.sensitive = sensitive
        self.defaultValue = defaultValue
    }

    /// Whether an install must send it in `userConfigValues`: required and without a default.
    public var mustBeSupplied: Bool { required && defaultValue == nil }
}

extension CatalogItem {
    /// The item's `localConfig.environment` entries, in order; empty when it has none.
    public var environmentEntries: [CatalogEnvironmentEntry] {
        raw["localConfig"]?.records("environment") ?? []
    }

    /// The item's `userConfig` fields, sorted by name; empty when it has none.
    public var userConfigFields: [CatalogUserConfigField] {
        guard let fields = raw["userConfig"]?.objectValue else { return [] }
        return fields.keys.sorted().compactMap { name in
            guard let field = fields[name], field.objectValue != nil else { return nil }
            return CatalogUserConfigField(
                name: name, type: field.string("type") ?? "string", title: field.string("title"),
                description: field.string("description"), required: field.bool("required") ?? false,
                multiple: field.bool("multiple") ?? false, sensitive: field.bool("sensitive") ?? false,
                defaultValue: field["default"].flatMap { $0.isNull ? nil : $0 }
            )
        }
    }
}
