import Foundation
import ArchestraAPI

/// A key/value label.
public struct LabelPair: Sendable, Equatable, Hashable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// The value of one editable field, whatever its kind.
public enum FieldValue: Sendable, Equatable {
    case null
    case text(String)
    case number(Double)
    case bool(Bool)
    case list([String])
    case pairs([LabelPair])
    /// Lists and maps of a structured field, as JSON.
    case structure(JSONValue)

    /// The value a new record starts with.
    public static func empty(for kind: EditableField.Kind) -> FieldValue {
        switch kind {
        case .text, .multiline, .secret: .text("")
        case .number: .null
        case .bool: .bool(false)
        case .choice(let values): values.first.map(FieldValue.text) ?? .null
        case .teams, .strings: .list([])
        case .labels: .pairs([])
        case .structured: .structure(.array([]))
        }
    }

    /// Whether a required field counts as filled.
    public var isBlank: Bool {
        switch self {
        case .null: true
        case .text(let text): text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .list(let items): items.isEmpty
        case .structure(let value): value == .null
        case .number, .bool, .pairs: false
        }
    }

    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    public var list: [String] {
        if case .list(let items) = self { return items }
        return []
    }
}

/// Names the directory knows (team ids and names) so fields can show names and send ids.
public struct EditDirectory: Sendable, Equatable {
    public var teams: [(id: String, name: String)]

    public init(teams: [(id: String, name: String)] = []) {
        self.teams = teams
    }

    public static func == (left: EditDirectory, right: EditDirectory) -> Bool {
        left.teams.map(\.id) == right.teams.map(\.id) && left.teams.map(\.name) == right.teams.map(\.name)
    }

    func teamName(_ id: String) -> String { teams.first { $0.id == id }?.name ?? id }

    /// The id for a name or an id; nil when neither is known.
    func teamID(_ nameOrID: String) -> String? {
        teams.first { $0.name == nameOrID }?.id ?? teams.first { $0.id == nameOrID }?.id
    }
}

extension EditableField {
    /// The field's current value in a record as the server returned it.
    public func value(in record: JSONValue, directory: EditDirectory) -> FieldValue {
        guard let raw = Self.lookup(name, in: record), raw != .null else {
            switch kind {
            case .teams, .strings: return .list([])
            case .labels: return .pairs([])
            case .bool: return .bool(false)
            default: return .null
            }
        }
        switch kind {
        case .structured: return .structure(raw)
        case .text, .multiline, .choice, .secret:
            if case .string(let text) = raw { return .text(text) }
            return .text(DetailBuilder.scalarText(raw))
        case .number:
            if case .number(let number) = raw { return .number(number) }
            return .null
        case .bool:
            if case .bool(let flag) = raw { return .bool(flag) }
            return .bool(false)
        case .teams:
            let ids = (raw.arrayValue ?? []).compactMap { item -> String? in
                if case .string(let id) = item { return id }
                return item.string("id")
            }
            return .list(ids.map(directory.teamName))
        case .strings:
            return .list((raw.arrayValue ?? []).compactMap { if case .string(let text) = $0 { text } else { nil } })
        case .labels:
            if case .object(let members) = raw {
                return .pairs(members.keys.sorted().map { LabelPair($0, members[$0].map(DetailBuilder.scalarText) ?? "") })
            }
            return .pairs(
                (raw.arrayValue ?? []).compactMap { item in
                    item.string("key").map { LabelPair($0, item.string("value") ?? "") }
                })
        }
    }

    /// The value as the request body carries it; throws a message for the person when it cannot.
    public func body(_ value: FieldValue, directory: EditDirectory) throws(FieldProblem) -> JSONValue {
        switch (kind, value) {
        case (_, .null): return .null
        case (.number, .text(let text)):
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                throw FieldProblem(field: name, message: "\(label) must be a number")
            }
            return .number(number)
        case (_, .text(let text)): return .string(text)
        case (_, .number(let number)): return .number(number)
        case (_, .bool(let flag)): return .bool(flag)
        case (.teams, .list(let names)):
            var ids: [JSONValue] = []
            for name in names {
                guard let id = directory.teamID(name) else {
                    let known = directory.teams.map(\.name).joined(separator: ", ")
                    throw FieldProblem(field: self.name, message: "no team named '\(name)'" + (known.isEmpty ? "" : " (known: \(known))"))
                }
                ids.append(.string(id))
            }
            return .array(ids)
        case (_, .list(let items)): return .array(items.map(JSONValue.string))
        case (_, .pairs(let pairs)):
            return .array(pairs.map { .object(["key": .string($0.key), "value": .string($0.value)]) })
        case (_, .structure(let value)): return value
        }
    }

    /// `a.b` looks up `b` inside `a`.
    static func lookup(_ name: String, in record: JSONValue) -> JSONValue? {
        var value: JSONValue? = record
        for part in name.split(separator: ".") { value = value?[String(part)] }
        return value
    }
}

/// What is wrong with one field's value, said for the person.
public struct FieldProblem: Error, Sendable, Equatable {
    public var field: String
    public var message: String
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
