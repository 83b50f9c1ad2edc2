import Foundation

/// What a partial update does to one nullable field: leave it alone (the key is not sent), clear it
/// (`null` is sent) or set it (the value is sent).
///
/// ```swift
/// var input = AgentInput()
/// input.description = .clear                 // {"description":null}
/// input.icon = "🤖"                           // {"icon":"🤖"} (string literals set)
/// input.systemPrompt = FieldUpdate(settingOrClearing: form.prompt)  // nil clears
/// ```
public enum FieldUpdate<Value: Sendable & Equatable & Encodable>: Sendable, Equatable {
    /// The key is left out of the body; the server keeps what it has.
    case unchanged
    /// The key is sent as `null`.
    case clear
    /// The key is sent with this value.
    case set(Value)

    /// `.set(value)`, or `.clear` when `value` is `nil`: what a form sends for a field it shows.
    public init(settingOrClearing value: Value?) {
        self = value.map(FieldUpdate.set) ?? .clear
    }

    /// The value being set, or `nil` for `.unchanged` and `.clear`.
    public var newValue: Value? {
        if case .set(let value) = self { return value }
        return nil
    }

    /// Whether the field is sent at all.
    public var isSent: Bool { self != .unchanged }
}

extension FieldUpdate: ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral, ExpressibleByStringLiteral
where Value == String {
    /// A string literal sets the field.
    public init(stringLiteral value: String) {
        self = .set(value)
    }

    public init(unicodeScalarLiteral value: String) {
        self = .set(value)
    }

    public init(extendedGraphemeClusterLiteral value: String) {
        self = .set(value)
    }
}

extension FieldUpdate: ExpressibleByArrayLiteral where Value == [String] {
    /// An array literal sets the field.
    public init(arrayLiteral elements: String...) {
        self = .set(elements)
    }
}

extension KeyedEncodingContainer {
    /// Writes `update` under `key`: nothing for `.unchanged`, `null` for `.clear`, the value for `.set`.
    mutating func encode<Value>(update: FieldUpdate<Value>, forKey key: Key) throws {
        switch update {
        case .unchanged: break
        case .clear: try encodeNil(forKey: key)
        case .set(let value): try encode(value, forKey: key)
        }
    }
}
