import Foundation

extension JSONValue {
    /// Parses a JSON document (any top-level value).
    ///
    /// Uses `JSONSerialization` rather than decoding `JSONValue` through `JSONDecoder`: the decoder can
    /// only learn a value's type by trying each type in turn, and every failed try builds and throws an
    /// error; polling a busy server every second made that the console's biggest CPU cost.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONValue(foundationObject: JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// Converts what `JSONSerialization` returns. Booleans arrive as `NSNumber`s whose type code is "c".
    init(foundationObject object: Any) throws {
        switch object {
        case is NSNull:
            self = .null
        case let text as String:
            self = .string(text)
        case let number as NSNumber:
            let typeCode = String(cString: number.objCType)
            self = typeCode == "c" || typeCode == "B" ? .bool(number.boolValue) : .number(number.doubleValue)
        case let array as [Any]:
            self = .array(try array.map(JSONValue.init(foundationObject:)))
        case let dictionary as [String: Any]:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(dictionary.count)
            for (key, value) in dictionary { members[key] = try JSONValue(foundationObject: value) }
            self = .object(members)
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unexpected JSON value \(type(of: object))"))
        }
    }
}
