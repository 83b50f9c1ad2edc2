import Foundation
import ArchestraAPI

// Lenient decoding through `Decodable`, for the JSONDecoder side of the decoding comparison: it must
// accept what `init(json:)` accepts (unknown fields, unknown enum values, a field of the wrong type,
// numbers sent as strings, list elements without an id), or the two would not do the same work.

/// Whether a Codable mirror also decodes the whole record into `raw`, as every model of the console
/// keeps it for the detail view and the editors, and how.
protocol RawPolicy {
    static func raw(from decoder: Decoder) throws -> JSONValue
}

/// Variant (b): typed fields only.
enum WithoutRaw: RawPolicy {
    static func raw(from decoder: Decoder) throws -> JSONValue { .null }
}

/// Variant (c): typed fields plus `raw`, decoded a second time through `JSONValue(from:)` as it is
/// written today (null, then Bool, Double, String, array, object: a failed probe throws).
enum WithRaw: RawPolicy {
    static func raw(from decoder: Decoder) throws -> JSONValue { try JSONValue(from: decoder) }
}

/// Variant (c) with `raw` read through `ProbedJSON`, which tries the likeliest kinds first.
enum WithProbedRaw: RawPolicy {
    static func raw(from decoder: Decoder) throws -> JSONValue { try ProbedJSON(from: decoder).value }
}

/// Any JSON value through a `Decoder`, probing by likelihood in API bodies: null and strings first
/// (no failed probe for a string), then numbers, booleans, objects, arrays. A `Decoder` cannot tell a
/// value's kind without trying, and each failed try builds and throws a `DecodingError`.
struct ProbedJSON: Decodable {
    var value: JSONValue

    init(from decoder: Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = .null
        } else if let text = try? single.decode(String.self) {
            value = .string(text)
        } else if let number = try? single.decode(Double.self) {
            value = .number(number)
        } else if let flag = try? single.decode(Bool.self) {
            value = .bool(flag)
        } else if let members = try? decoder.container(keyedBy: MemberKey.self) {
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(members.allKeys.count)
            for key in members.allKeys {
                object[key.stringValue] = try members.decode(ProbedJSON.self, forKey: key).value
            }
            value = .object(object)
        } else {
            var elements = try decoder.unkeyedContainer()
            var array: [JSONValue] = []
            while !elements.isAtEnd { array.append(try elements.decode(ProbedJSON.self).value) }
            value = .array(array)
        }
    }
}

/// Member names, so one container type serves every mirror without a `CodingKeys` enum each.
struct MemberKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
}

typealias Members = KeyedDecodingContainer<MemberKey>

/// Decodes any element successfully without reading it: a failed element of an unkeyed container
/// is not consumed, so a lenient list decodes this to step over it.
struct SkippedElement: Decodable {
    init(from decoder: Decoder) throws {}
}

/// The elements of a JSON array that decoded, and how many did not (as `LenientList` counts them).
struct LenientArray<Element: Decodable>: Decodable {
    var items: [Element] = []
    var skipped = 0

    init() {}

    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        if let count = container.count { items.reserveCapacity(count) }
        while !container.isAtEnd {
            if let item = try? container.decode(Element.self) {
                items.append(item)
            } else {
                skipped += 1
                _ = try container.decode(SkippedElement.self)
            }
        }
    }
}

extension KeyedDecodingContainer where Key == MemberKey {
    /// The member as `T`; `nil` when missing, null or of another type.
    func lenient<T: Decodable>(_ key: MemberKey, as type: T.Type = T.self) -> T? {
        (try? decodeIfPresent(T.self, forKey: key)) ?? nil
    }

    func string(_ key: MemberKey) -> String? { lenient(key) }

    /// A number, or a string holding one (as `JSONValue.double(_:)` reads it).
    func double(_ key: MemberKey) -> Double? {
        if let number = lenient(key, as: Double.self) { return number }
        return lenient(key, as: String.self).flatMap(Self.number(in:))
    }

    /// A Postgres `numeric` column: a decimal string, tried first because that is what servers send.
    func decimal(_ key: MemberKey) -> Double? {
        if let text = lenient(key, as: String.self) { return Self.number(in: text) }
        return lenient(key, as: Double.self)
    }

    /// Integral as `JSONValue.int(_:)` reads it: fractions truncated, out-of-range values `nil`.
    func int(_ key: MemberKey) -> Int? {
        guard let number = double(key), number.isFinite, number >= Double(Int.min), number < Double(Int.max)
        else { return nil }
        return Int(number)
    }

    func bool(_ key: MemberKey) -> Bool? {
        if let value = lenient(key, as: Bool.self) { return value }
        switch lenient(key, as: String.self) {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// String elements of an array member; other elements are dropped.
    func strings(_ key: MemberKey) -> [String] {
        lenient(key, as: LenientArray<String>.self)?.items ?? []
    }

    /// Records of an array member that decoded; others are dropped.
    func records<T: Decodable>(_ key: MemberKey, as type: T.Type = T.self) -> [T] {
        lenient(key, as: LenientArray<T>.self)?.items ?? []
    }

    /// The record's id: a non-empty string or an integral number, as `JSONValue.requiredID` reads it.
    func requiredID(_ key: MemberKey = "id") throws -> String {
        if let text = lenient(key, as: String.self), !text.isEmpty { return text }
        if let number = lenient(key, as: Double.self), number.isFinite, number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        throw RecordDecodingError("expected an object with a non-empty \"\(key.stringValue)\"")
    }

    private static func number(in text: String) -> Double? {
        Double(text) ?? Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

extension Decoder {
    /// The record's members, or a throw when it is not an object.
    func members() throws -> Members { try container(keyedBy: MemberKey.self) }

    /// The whole value for `raw` as the policy reads it (`.null` when it keeps none).
    func raw<Policy: RawPolicy>(_ policy: Policy.Type) throws -> JSONValue { try Policy.raw(from: self) }
}
