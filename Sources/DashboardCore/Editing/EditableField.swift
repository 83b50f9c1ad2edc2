import ArchestraAPI

/// One field a person can change, declared once by its resource: the form, the `$EDITOR`
/// document and the request body are all derived from it.
public struct EditableField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One line of text.
        case text
        /// Text over several lines (a system prompt).
        case multiline
        case number
        case bool
        /// One of a fixed set of values.
        case choice([String])
        /// Teams: ids in the request, names in documents and forms.
        case teams
        /// A list of strings (models), with known values offered where there are some.
        case strings
        /// Key/value labels: `[{key, value}]` in the request, `key: value` lines in documents.
        case labels
        /// A secret typed once (a token for an MCP install): masked in the form, never written to files.
        case secret
        /// Lists and maps as YAML (a tool's policies), sent as JSON as they are; edited in `$EDITOR` only.
        case structured(StructureShape)
    }

    /// The API's field name, used as the document key; a dotted name (`environmentValues.TOKEN`)
    /// is nested in the request body.
    public var name: String
    /// What the form calls it.
    public var label: String
    public var kind: Kind
    public var isRequired: Bool
    /// Whether `null` clears it.
    public var isNullable: Bool
    /// What to type, for the document's comments and the form's help line.
    public var help: String
    /// Values offered in the form's pick list for `.strings` and `.text` fields.
    public var suggestions: [String]
    /// Words for a choice's API values where those are terse ("1m" is one month, not one minute).
    public var optionLabels: [String: String]

    public init(
        _ name: String, label: String? = nil, kind: Kind = .text, required: Bool = false, nullable: Bool = false,
        help: String = "", suggestions: [String] = [], optionLabels: [String: String] = [:]
    ) {
        self.optionLabels = optionLabels
        self.name = name
        self.label = label ?? name
        self.kind = kind
        self.isRequired = required
        self.isNullable = nullable
        self.help = help
        self.suggestions = suggestions
    }

    /// The comment above the field in the `$EDITOR` document.
    public var documentComment: String {
        var parts: [String] = []
        switch kind {
        case .text: parts.append("text")
        case .multiline: parts.append("text, several lines allowed")
        case .number: parts.append("a number")
        case .bool: parts.append("true or false")
        case .choice(let values):
            parts.append(
                "one of " + values.map { value in optionLabels[value].map { "\(value) (\($0))" } ?? value }.joined(separator: ", "))
        case .teams: parts.append("a list of team names")
        case .strings: parts.append("a list")
        case .labels: parts.append("key: value lines")
        case .secret: parts.append("a secret (not kept anywhere)")
        case .structured: parts.append("YAML lists and maps")
        }
        if isRequired { parts.append("required") }
        if isNullable { parts.append("null clears it") }
        if !help.isEmpty { parts.append(help) }
        return "\(name): " + parts.joined(separator: "; ")
    }
}

/// How a structured field's YAML is written and checked: member order in maps, and the values some
/// members may take wherever they appear (listed in a comment after each).
public struct StructureShape: Sendable, Equatable {
    /// Members of a map come in this order; others follow alphabetically.
    public var keyOrder: [String]
    /// Values a member of this name may take, anywhere in the structure.
    public var allowedValues: [String: [String]]

    public init(keyOrder: [String] = [], allowedValues: [String: [String]] = [:]) {
        self.keyOrder = keyOrder
        self.allowedValues = allowedValues
    }

    /// The members of a map in the order to write them.
    func ordered(_ keys: some Sequence<String>) -> [String] {
        let present = Set(keys)
        let leading = keyOrder.filter(present.contains)
        return leading + present.subtracting(leading).sorted()
    }

    /// Members whose value is not one of their allowed values, as "'x' is not one of a | b (member)".
    func problems(in value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            return ordered(members.keys).flatMap { key -> [String] in
                let member = members[key] ?? .null
                if let allowed = allowedValues[key], case .string(let text) = member, !allowed.contains(text) {
                    return ["'\(text)' is not a possible \(key) (\(allowed.joined(separator: " | ")))"]
                }
                return problems(in: member)
            }
        case .array(let items): return items.flatMap(problems(in:))
        default: return []
        }
    }
}
