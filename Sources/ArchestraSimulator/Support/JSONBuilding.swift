import ArchestraAPI
import Foundation

/// A JSON object as the simulator stores records: field name to value.
typealias JSONObject = [String: JSONValue]

/// Short constructors for `JSONValue`, so record builders read like the JSON they produce.
enum JSON {
    static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    static func int(_ value: Int) -> JSONValue {
        .number(Double(value))
    }

    static func number(_ value: Double) -> JSONValue {
        .number(value)
    }

    /// A money or ratio value rounded to `places` decimals (keeps floating-point noise out of responses).
    static func rounded(_ value: Double, places: Int = 4) -> JSONValue {
        let scale = pow(10, Double(places))
        return .number((value * scale).rounded() / scale)
    }

    static func bool(_ value: Bool) -> JSONValue {
        .bool(value)
    }

    static func timestamp(_ seconds: Double?) -> JSONValue {
        seconds.map { .string(Timestamp.iso($0)) } ?? .null
    }

    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }

    /// Encodes `value` as compact UTF-8 JSON with sorted keys (stable output for tests and diffs).
    static func encode(_ value: JSONValue) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(value))) ?? Array("null".utf8)
    }

    /// Decodes UTF-8 JSON, or `nil` when the bytes are not JSON.
    static func decode(_ bytes: [UInt8]) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// The string member `key`, or `nil` when absent or not a string.
    func text(_ key: String) -> String? {
        self[key]?.stringValue
    }

    /// The numeric member `key`, or `nil` when absent or not a number.
    func numeric(_ key: String) -> Double? {
        self[key]?.doubleValue
    }

    /// The boolean member `key`; `false` when absent or not a boolean.
    func flag(_ key: String) -> Bool {
        self[key]?.boolValue ?? false
    }

    /// The timestamp member `key` as epoch seconds, or `nil` when absent, null or unparsable.
    func time(_ key: String) -> Double? {
        self[key]?.stringValue.flatMap(Timestamp.parse)
    }

    /// The members of the array member `key` that are objects.
    func objects(_ key: String) -> [JSONObject] {
        (self[key]?.arrayValue ?? []).compactMap(\.objectValue)
    }

    /// This object with `changes` written over it (a partial update).
    func merging(_ changes: JSONObject) -> JSONObject {
        merging(changes) { _, new in new }
    }
}
