import Foundation

/// One condition of a guardrail policy: `{key, operator, value}` (conditions of a policy are AND-ed).
///
/// For invocation policies `key` names a tool argument; for trusted-data ones it is a path into the
/// result such as `emails[*].from`.
public struct PolicyCondition: LenientDecodable, Decodable, Hashable {
    public var key: String
    /// e.g. `equal`, `startsWith`; kept as sent (see ``PolicyOperator``).
    public var `operator`: String
    public var value: String

    public init(key: String, operator: String, value: String) {
        self.key = key
        self.operator = `operator`
        self.value = value
    }

    /// Requires a string `key`; a missing operator or value reads as empty, a numeric value as its text.
    public init(json: JSONValue) throws {
        guard let key = json.string("key") else { throw RecordDecodingError("expected a condition with a \"key\"") }
        self.key = key
        self.operator = json.string("operator") ?? ""
        switch json["value"] {
        case .string(let text)?: value = text
        case .number?, .bool?: value = json["value"].map(Self.text(of:)) ?? ""
        default: value = ""
        }
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// The body form `{key, operator, value}`.
    public var json: JSONValue {
        .object(["key": .string(key), "operator": .string(self.operator), "value": .string(value)])
    }

    private static func text(of value: JSONValue) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number) where number.rounded() == number && abs(number) < 1e15: return String(Int64(number))
        case .number(let number): return String(number)
        default: return ""
        }
    }
}

/// An operator conditions may use (`GET /api/autonomy-policies/operators` → `[{value, label}]`).
public struct PolicyOperator: LenientDecodable, Decodable, Hashable {
    public var value: String
    public var label: String

    public init(value: String, label: String = "") {
        self.value = value
        self.label = label
    }

    public init(json: JSONValue) throws {
        guard let value = json.string("value"), !value.isEmpty else {
            throw RecordDecodingError("expected an operator with a \"value\"")
        }
        self.value = value
        label = json.string("label") ?? value
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }

    /// The operators the addendum lists (§3.1), for servers that do not answer the operators endpoint.
    public static let documented: [PolicyOperator] = [
        .init(value: "equal", label: "Equal"), .init(value: "notEqual", label: "Not Equal"),
        .init(value: "contains", label: "Contains"), .init(value: "notContains", label: "Not Contains"),
        .init(value: "startsWith", label: "Starts With"), .init(value: "endsWith", label: "Ends With"),
        .init(value: "regex", label: "Regex"),
    ]
}
