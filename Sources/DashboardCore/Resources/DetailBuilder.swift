import ArchestraAPI

/// Turns a record into readable, indented lines: every field, nested objects and arrays included.
public enum DetailBuilder {
    /// Keys a person looks for first; the rest follow alphabetically.
    static let leadingKeys = ["name", "id", "agentType", "scope", "status", "entityType", "limitType"]

    public static func lines(for value: JSONValue, depth: Int = 0) -> [DetailLine] {
        switch value {
        case .object(let members):
            return orderedKeys(members).flatMap { key -> [DetailLine] in
                lines(key: key, value: members[key] ?? .null, depth: depth)
            }
        case .array(let items):
            return items.enumerated().flatMap { index, item in
                lines(key: "[\(index)]", value: item, depth: depth)
            }
        default:
            return [DetailLine(depth: depth, key: "", value: scalarText(value))]
        }
    }

    static func lines(key: String, value: JSONValue, depth: Int) -> [DetailLine] {
        switch value {
        case .object(let members) where !members.isEmpty:
            return [DetailLine(depth: depth, key: key, value: "", emphasis: .heading)]
                + lines(for: value, depth: depth + 1)
        case .array(let items) where !items.isEmpty:
            if items.allSatisfy(isScalar) {
                return [DetailLine(depth: depth, key: key, value: items.map(scalarText).joined(separator: ", "))]
            }
            return [DetailLine(depth: depth, key: key, value: "\(items.count) item\(items.count == 1 ? "" : "s")", emphasis: .heading)]
                + lines(for: value, depth: depth + 1)
        default:
            return [DetailLine(depth: depth, key: key, value: scalarText(value))]
        }
    }

    static func orderedKeys(_ members: [String: JSONValue]) -> [String] {
        let leading = leadingKeys.filter { members[$0] != nil }
        return leading + members.keys.filter { !leadingKeys.contains($0) }.sorted()
    }

    static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .object, .array: false
        default: true
        }
    }

    public static func scalarText(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let text): text
        case .array(let items): items.isEmpty ? "[]" : "[\(items.count) items]"
        case .object(let members): members.isEmpty ? "{}" : "{\(members.count) fields}"
        }
    }
}
