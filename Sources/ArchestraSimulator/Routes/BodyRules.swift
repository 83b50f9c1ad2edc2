import ArchestraAPI

/// Checks shared by the create/update bodies. Every failure names its member, the way the platform's
/// Fastify schema validation does (`body/name must be …`, `body must have required property 'name'`).
enum BodyRules {
    /// A non-empty string member, or 400 naming the field.
    static func requiredText(_ body: JSONObject, _ key: String) throws -> String {
        guard let value = body[key], !value.isNull else { throw APIError.missingBody(key) }
        guard let text = value.stringValue, !text.trimmingSpaces().isEmpty else {
            throw APIError.invalidBody(key, "must be a non-empty string")
        }
        return text
    }

    /// A member restricted to `allowed` when present (`nil` when absent).
    static func optionalEnum(_ body: JSONObject, _ key: String, _ allowed: [String]) throws -> String? {
        guard let value = body[key], !value.isNull else { return nil }
        guard let text = value.stringValue, allowed.contains(text) else {
            throw APIError.invalidBody(key, "must be one of \(allowed.joined(separator: ", "))")
        }
        return text
    }

    /// A member restricted to `allowed` that must be present.
    static func requiredEnum(_ body: JSONObject, _ key: String, _ allowed: [String]) throws -> String {
        guard let text = try optionalEnum(body, key, allowed) else { throw APIError.missingBody(key) }
        return text
    }

    /// Each listed member, when present, must be a string or null.
    static func nullableStrings(_ body: JSONObject, _ keys: [String]) throws {
        for key in keys {
            if let value = body[key], !value.isNull, value.stringValue == nil {
                throw APIError.invalidBody(key, "must be a string or null")
            }
        }
    }

    /// Each listed member, when present, must be a boolean.
    static func booleans(_ body: JSONObject, _ keys: [String]) throws {
        for key in keys {
            if let value = body[key], value.boolValue == nil {
                throw APIError.invalidBody(key, "must be a boolean")
            }
        }
    }

    /// Each listed member, when present, must be null or an array of strings.
    static func nullableStringArrays(_ body: JSONObject, _ keys: [String]) throws {
        for key in keys {
            guard let value = body[key], !value.isNull else { continue }
            guard let items = value.arrayValue else { throw APIError.invalidBody(key, "must be an array of strings or null") }
            if let bad = items.firstIndex(where: { $0.stringValue == nil }) {
                throw APIError.invalidBody("\(key)/\(bad)", "must be a string")
            }
        }
    }

    /// `labels` as `[{key, value}]` with ids, or 400; `nil` when absent.
    static func labels(_ body: JSONObject) throws -> [JSONValue]? {
        guard let value = body["labels"] else { return nil }
        guard let items = value.arrayValue else { throw APIError.invalidBody("labels", "must be an array") }
        return try items.enumerated().map { index, item in
            guard let object = item.objectValue else { throw APIError.invalidBody("labels/\(index)", "must be an object") }
            guard let key = object.text("key"), !key.isEmpty else {
                throw APIError.invalidBody("labels/\(index)/key", "must be a non-empty string")
            }
            guard let text = object.text("value") else { throw APIError.invalidBody("labels/\(index)/value", "must be a string") }
            return .object(StableID.labelJSON(key: key, value: text))
        }
    }
}
