/// Typed, validating access to query parameters (invalid values become 400s naming the parameter in
/// Fastify's words, `querystring/<name> …`, as zod validation does upstream).
struct QueryReader {
    let values: [String: String]

    /// The parameter, or `nil` when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// An integer parameter within `range`, `defaultValue` when absent.
    func int(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.validation("querystring/\(name) must be an integer in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    /// A `true`/`false` parameter, `defaultValue` when absent.
    func bool(_ name: String, default defaultValue: Bool) throws -> Bool {
        switch string(name) {
        case nil: return defaultValue
        case "true": return true
        case "false": return false
        default: throw APIError.validation("querystring/\(name) must be true or false")
        }
    }

    /// A parameter restricted to `allowed`, `nil` when absent.
    func oneOf(_ name: String, _ allowed: [String]) throws -> String? {
        guard let value = string(name) else { return nil }
        guard allowed.contains(value) else {
            throw APIError.validation("querystring/\(name) must be one of \(allowed.joined(separator: ", "))")
        }
        return value
    }

    /// A comma-separated list parameter, `nil` when absent.
    func list(_ name: String) -> [String]? {
        string(name).map { $0.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
