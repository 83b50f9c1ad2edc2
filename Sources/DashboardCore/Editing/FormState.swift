import Foundation
import ArchestraAPI
import TerminalUI

/// Where the inline form is: the focused field, the text being typed, an open pick list.
public struct FormState: Sendable, Equatable {
    public var focused = 0
    /// What is typed into text-like fields, by field name.
    public var inputs: [String: TextInput] = [:]
    public var picker: Picker?
    /// Esc on a changed form asks first.
    public var confirmingDiscard = false
    /// The question came from Ctrl-C: `y` discards and quits the console.
    public var quitAfterDiscard = false

    public init() {}
}

/// A list to pick one value from (a choice) or several (teams, models); typing narrows it.
public struct Picker: Sendable, Equatable {
    public var field: String
    public var options: [String]
    public var isMultiple: Bool
    public var chosen: Set<String>
    public var filter = ""
    public var highlighted = 0
    /// Words shown for terse options (the field's `optionLabels`).
    public var labels: [String: String] = [:]

    /// How an option reads in the list.
    public func text(of option: String) -> String { labels[option] ?? option }

    /// The options matching what was typed (in the value or in its words).
    public var visible: [String] {
        let needle = filter.lowercased()
        return needle.isEmpty ? options : options.filter { $0.lowercased().contains(needle) || text(of: $0).lowercased().contains(needle) }
    }
}

extension EditableField {
    /// Edited as typed text in the form (numbers, labels and plain lists included).
    public var isTyped: Bool {
        switch kind {
        case .text, .multiline, .number, .labels, .secret: true
        case .strings: suggestions.isEmpty
        case .choice, .bool, .teams, .structured: false
        }
    }

    /// Options of a pick list, when the field has one.
    func options(_ context: EditContext) -> [String]? {
        switch kind {
        case .choice(let values): values
        case .teams: context.directory.teams.map(\.name)
        case .strings: suggestions.isEmpty ? nil : suggestions
        default: nil
        }
    }

    /// The value as the form shows it and lets it be typed.
    func formText(_ value: FieldValue) -> String {
        switch value {
        case .null: ""
        case .text(let text): text
        case .number(let number): EditDocument.format(number)
        case .bool(let flag): flag ? "yes" : "no"
        case .list(let items): items.joined(separator: ", ")
        case .pairs(let pairs): pairs.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        case .structure(let value): StructureText.summary(value)
        }
    }

    /// Reads what was typed; a blank nullable field is null.
    func value(fromTyped text: String) -> Result<FieldValue, FieldProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .number:
            if trimmed.isEmpty { return .success(.null) }
            guard let number = Double(trimmed), number.isFinite else {
                return .failure(FieldProblem(field: name, message: "must be a number"))
            }
            return .success(.number(number))
        case .labels:
            var pairs: [LabelPair] = []
            var malformed: [String] = []
            for part in trimmed.split(separator: ",") {
                let item = part.trimmingCharacters(in: .whitespaces)
                if item.isEmpty { continue }
                guard let equals = item.firstIndex(of: "="),
                    !item[..<equals].trimmingCharacters(in: .whitespaces).isEmpty
                else {
                    malformed.append(item)
                    continue
                }
                pairs.append(
                    LabelPair(
                        String(item[..<equals]).trimmingCharacters(in: .whitespaces),
                        String(item[item.index(after: equals)...]).trimmingCharacters(in: .whitespaces)))
            }
            guard malformed.isEmpty else {
                // Named, so the person sees which entry to mend; the text stays in the field with the good ones.
                let named = malformed.map { "'\($0)'" }.joined(separator: ", ")
                let verb = malformed.count == 1 ? "is not" : "are not"
                return .failure(FieldProblem(field: name, message: "\(named) \(verb) key=value; write labels as key=value, key=value"))
            }
            return .success(.pairs(pairs))
        case .strings, .teams:
            return .success(.list(trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
        default:
            if trimmed.isEmpty, isNullable { return .success(.null) }
            return .success(.text(text))
        }
    }
}

/// A structured value in one line, for the form and the conflict question.
public enum StructureText {
    /// "2 entries" for a list, else the value as compact JSON.
    public static func summary(_ value: JSONValue) -> String {
        if let items = value.arrayValue { return items.count == 1 ? "1 entry" : "\(items.count) entries" }
        return EditDocument.flow(value)
    }
}
