/// The `labels=` filter of API notes §2.2: `key1:val1|val2;key2:val3` — every key must match (AND),
/// any of a key's values may match (OR).
struct LabelFilter: Equatable {
    /// Accepted values per key.
    let required: [String: Set<String>]

    /// Parses the filter text; 400 for a clause without `key:value`.
    init(parsing text: String) throws {
        var required: [String: Set<String>] = [:]
        for clause in text.split(separator: ";") where !clause.isEmpty {
            guard let colon = clause.firstIndex(of: ":") else {
                throw APIError.validation("querystring/labels must be key:value pairs, not '\(text)'")
            }
            let key = String(clause[..<colon])
            let values = clause[clause.index(after: colon)...].split(separator: "|").map(String.init)
            guard !key.isEmpty, !values.isEmpty else {
                throw APIError.validation("querystring/labels must be key:value pairs, not '\(text)'")
            }
            required[key, default: []].formUnion(values)
        }
        self.required = required
    }

    /// Whether a record with these labels passes the filter.
    func matches(_ labels: [AgentLabel]) -> Bool {
        required.allSatisfy { key, accepted in
            labels.contains { $0.key == key && accepted.contains($0.value) }
        }
    }
}

/// A label as `key` and `value` (the ids are rendered on output only).
struct AgentLabel: Sendable, Equatable {
    var key: String
    var value: String
}
