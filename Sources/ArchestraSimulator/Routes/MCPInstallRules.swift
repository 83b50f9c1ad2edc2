import ArchestraAPI

/// What an install (`POST /api/mcp_server`) or reinstall must send for its catalog item: the
/// `localConfig.environment` entries that are prompted on installation and required, and the
/// required `userConfig` fields, each value of the type the item declares. Failures name the member
/// (`"environmentValues.GITHUB_PERSONAL_ACCESS_TOKEN": required by github (…)`).
enum MCPInstallRules {
    /// `environmentValues` as sent (an object of strings), checked against `item`; `nil` when absent.
    /// With `requireAll` (install), required prompted entries without a default must be present.
    static func environmentValues(_ body: JSONObject, item: JSONObject, requireAll: Bool) throws -> JSONObject? {
        let sent = try stringMap(body, "environmentValues")
        let itemName = item.text("name") ?? "the catalog item"
        let entries = (item["localConfig"]?.objectValue ?? [:]).objects("environment")
        for entry in entries {
            guard let key = entry.text("key") else { continue }
            let field = "environmentValues.\(key)"
            if let value = sent?[key]?.stringValue {
                try check(value, ofType: entry.text("type") ?? "plain_text", field: field)
            } else if requireAll, entry.flag("promptOnInstallation"), entry.flag("required"), entry["default"] == nil {
                let what = entry.text("description").map { " (\($0))" } ?? ""
                throw APIError.invalidField(field, "required by \(itemName)\(what)")
            }
        }
        return sent
    }

    /// Checks `userConfigValues` against the item's `userConfig`.
    static func checkUserConfigValues(_ body: JSONObject, item: JSONObject, requireAll: Bool) throws {
        guard let sentValue = body["userConfigValues"], !sentValue.isNull else {
            if requireAll { try requireUserConfig([:], item: item) }
            return
        }
        guard let sent = sentValue.objectValue else { throw APIError.invalidBody("userConfigValues", "must be an object") }
        let fields = item["userConfig"]?.objectValue ?? [:]
        for (name, value) in sent {
            guard let type = fields[name]?.objectValue?.text("type") else { continue }
            try check(value, ofUserConfigType: type, field: "userConfigValues.\(name)")
        }
        if requireAll { try requireUserConfig(sent, item: item) }
    }

    /// Non-secret values are kept on the server document; secret ones go to the (simulated) secret store.
    static func nonSecretValues(_ values: JSONObject, item: JSONObject) -> JSONObject {
        let secretKeys = Set(
            (item["localConfig"]?.objectValue ?? [:]).objects("environment")
                .filter { $0.text("type") == "secret" }.compactMap { $0.text("key") })
        return values.filter { !secretKeys.contains($0.key) }
    }

    static func hasSecretValues(_ values: JSONObject, item: JSONObject) -> Bool {
        nonSecretValues(values, item: item).count < values.count
    }

    private static func requireUserConfig(_ sent: JSONObject, item: JSONObject) throws {
        let fields = item["userConfig"]?.objectValue ?? [:]
        for name in fields.keys.sorted() {
            guard let field = fields[name]?.objectValue, field.flag("required"), field["default"] == nil else { continue }
            let value = sent[name]
            let isEmpty = value == nil || value?.isNull == true || value?.stringValue?.isEmpty == true || value?.arrayValue?.isEmpty == true
            if isEmpty {
                let what = field.text("title").map { " (\($0))" } ?? ""
                throw APIError.invalidField("userConfigValues.\(name)", "required by \(item.text("name") ?? "the catalog item")\(what)")
            }
        }
    }

    /// An object whose members are all strings (a map of string to string), or `nil` when absent.
    private static func stringMap(_ body: JSONObject, _ key: String) throws -> JSONObject? {
        guard let value = body[key], !value.isNull else { return nil }
        guard let object = value.objectValue else { throw APIError.invalidBody(key, "must be an object of strings") }
        for (name, member) in object where member.stringValue == nil {
            throw APIError.invalidBody("\(key)/\(name)", "must be a string")
        }
        return object
    }

    private static func check(_ value: String, ofType type: String, field: String) throws {
        switch type {
        case "number" where Double(value.trimmingSpaces()) == nil:
            throw APIError.invalidField(field, "must be a number")
        case "boolean" where value != "true" && value != "false":
            throw APIError.invalidField(field, "must be true or false")
        default:
            return
        }
    }

    private static func check(_ value: JSONValue, ofUserConfigType type: String, field: String) throws {
        let ok: Bool
        switch type {
        case "number": ok = value.doubleValue != nil || value.stringValue.flatMap { Double($0) } != nil
        case "boolean": ok = value.boolValue != nil || value.stringValue == "true" || value.stringValue == "false"
        default: ok = value.stringValue != nil || value.arrayValue?.allSatisfy({ $0.stringValue != nil }) == true
        }
        if !ok { throw APIError.invalidField(field, "must be a \(type)") }
    }
}
