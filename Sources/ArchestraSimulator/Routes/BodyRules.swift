import ArchestraAPI

/// Checks shared by the create/update bodies.
enum BodyRules {
    /// A non-empty string member, or 400 naming the field.
    static func requiredText(_ body: JSONObject, _ key: String) throws -> String {
        guard let value = body.text(key), !value.trimmingSpaces().isEmpty else {
            throw APIError.validation("\(key) is required and must be a non-empty string")
        }
        return value
    }

    /// A member restricted to `allowed` when present (`nil` when absent).
    static func optionalEnum(_ body: JSONObject, _ key: String, _ allowed: [String]) throws -> String? {
        guard let value = body[key], !value.isNull else { return nil }
        guard let text = value.stringValue, allowed.contains(text) else {
            throw APIError.validation("\(key) must be one of \(allowed.joined(separator: ", "))")
        }
        return text
    }

    /// Each listed member, when present, must be a string or null.
    static func nullableStrings(_ body: JSONObject, _ keys: [String]) throws {
        for key in keys {
            if let value = body[key], !value.isNull, value.stringValue == nil {
                throw APIError.validation("\(key) must be a string or null")
            }
        }
    }

    /// Each listed member, when present, must be a boolean.
    static func booleans(_ body: JSONObject, _ keys: [String]) throws {
        for key in keys {
            if let value = body[key], value.boolValue == nil {
                throw APIError.validation("\(key) must be a boolean")
            }
        }
    }

    /// `labels` as `[{key, value}]` with ids, or 400; `nil` when absent.
    static func labels(_ body: JSONObject) throws -> [JSONValue]? {
        guard let value = body["labels"] else { return nil }
        guard let items = value.arrayValue else { throw APIError.validation("labels must be an array") }
        return try items.map { item in
            guard let key = item.objectValue?.text("key"), let text = item.objectValue?.text("value"), !key.isEmpty else {
                throw APIError.validation("labels must be objects with string key and value")
            }
            return .object(StableID.labelJSON(key: key, value: text))
        }
    }
}
