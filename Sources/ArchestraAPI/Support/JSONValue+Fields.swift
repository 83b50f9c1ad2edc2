import Foundation

/// Lenient field readers: each returns `nil` (or an empty collection) when the member is
/// missing or of another type, so one odd field never loses a whole record.
extension JSONValue {
    /// A string member.
    public func string(_ key: String) -> String? {
        self[key]?.stringValue
    }

    /// A numeric member; numeric strings such as `"12.5"` are accepted too.
    public func double(_ key: String) -> Double? {
        self[key]?.numberLike
    }

    /// An integral member; fractional numbers are truncated, out-of-range ones give `nil`.
    public func int(_ key: String) -> Int? {
        guard let number = self[key]?.numberLike, number.isFinite,
            number >= Double(Int.min), number < Double(Int.max)
        else { return nil }
        return Int(number)
    }

    /// A boolean member; the strings `"true"`/`"false"` are accepted too.
    public func bool(_ key: String) -> Bool? {
        switch self[key] {
        case .bool(let value)?: return value
        case .string("true")?: return true
        case .string("false")?: return false
        default: return nil
        }
    }

    /// The elements of an array member, or an empty array.
    public func array(_ key: String) -> [JSONValue] {
        self[key]?.arrayValue ?? []
    }

    /// The string elements of an array member; other elements are dropped.
    public func strings(_ key: String) -> [String] {
        array(key).compactMap(\.stringValue)
    }

    /// The string elements of an array member, or `nil` when the member is not an array.
    public func optionalStrings(_ key: String) -> [String]? {
        self[key]?.arrayValue?.compactMap(\.stringValue)
    }

    /// Records decoded from an array member; elements that are not records are dropped.
    public func records<Record: LenientDecodable>(_ key: String, as type: Record.Type = Record.self) -> [Record] {
        LenientList<Record>(array(key)).items
    }

    /// A nested record, or `nil` when missing or unusable.
    public func record<Record: LenientDecodable>(_ key: String, as type: Record.Type = Record.self) -> Record? {
        guard let value = self[key], !value.isNull else { return nil }
        return try? Record(json: value)
    }

    /// The record's identifier: a string, or an integral number rendered as a string.
    /// Throws when there is none, because a record without an id cannot be shown or acted on.
    public func requiredID(_ key: String = "id") throws -> String {
        switch self[key] {
        case .string(let value)? where !value.isEmpty:
            return value
        case .number(let value)? where value.isFinite && value.rounded() == value && abs(value) < 1e15:
            return String(Int64(value))
        default:
            throw RecordDecodingError("expected an object with a non-empty \"\(key)\"")
        }
    }

    /// A number, or a string holding one.
    var numberLike: Double? {
        switch self {
        case .number(let value): return value
        case .string(let text): return Double(text.trimmedWhitespace)
        default: return nil
        }
    }
}

extension JSONValue {
    /// Throws unless this is an object; for records without an id (health, statistics).
    public func requireObject(_ what: String) throws {
        guard objectValue != nil else { throw RecordDecodingError("expected \(what) as a JSON object") }
    }
}
