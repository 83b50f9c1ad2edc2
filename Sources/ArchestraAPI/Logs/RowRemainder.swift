import Foundation

/// What a log row as received holds beyond its typed fields, kept small: with the fields, it rebuilds the
/// row exactly.
///
/// A live log holds thousands of rows. Keeping each as a tree of ``JSONValue``s (a dictionary, a string
/// for every key and value) cost most of its memory; this keeps the members the fields do not hold as one
/// compact JSON string, and one bit per field that was sent exactly as the field holds it.
struct RowRemainder: Sendable, Hashable {
    /// The members no field holds as sent, as compact JSON with sorted keys; empty when there are none.
    private var text = ""
    /// Bit `i`: the `i`-th field was sent as the field holds it, so the record takes it from the field.
    private var held: UInt32 = 0

    init() {}

    /// - Parameters:
    ///   - row: the row as received (an object).
    ///   - fields: each field as it would be sent, in an order that never changes (the bits follow it).
    init(of row: JSONValue, fields: KeyValuePairs<String, JSONValue?>) {
        var members = row.objectValue ?? [:]
        for (index, field) in fields.enumerated() where index < UInt32.bitWidth {
            guard let value = field.value, members[field.key] == value else { continue }
            members[field.key] = nil
            held |= 1 << UInt32(index)
        }
        if !members.isEmpty { text = CompactJSON.text(.object(members)) }
    }

    /// The row as received, from `fields` (the same, in the same order, as when it was made).
    func record(fields: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var members = text.isEmpty ? [:] : (try? JSONValue.parse(Data(text.utf8)))?.objectValue ?? [:]
        for (index, field) in fields.enumerated() where index < UInt32.bitWidth && held & (1 << UInt32(index)) != 0 {
            members[field.key] = field.value
        }
        return .object(members)
    }
}

/// JSON on one line with sorted keys, written directly: `JSONEncoder` costs far more, and this runs for
/// every row of every page a live log reads. ``JSONValue/parse(_:)`` reads it back to the same value.
enum CompactJSON {
    static func text(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    private static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number):
            // Whole numbers as integers, as the server writes counts; others in Swift's shortest exact form.
            if number.rounded() == number, abs(number) < 1e15 { out += String(Int64(number)) } else { out += "\(number)" }
        case .string(let string): JSONStringLiteral.append(string, to: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                write(element, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                JSONStringLiteral.append(key, to: &out)
                out += ":"
                write(members[key] ?? .null, to: &out)
            }
            out += "}"
        }
    }
}
