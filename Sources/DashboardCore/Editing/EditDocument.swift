import Foundation
import ArchestraAPI
import Yams

/// The YAML document `$EDITOR` shows: one top-level key per editable field, named as the API names
/// it, each under a comment saying what it takes.
public enum EditDocument {
    /// Lines starting with this mark the problems of the last attempt; they are dropped on reading.
    static let problemMark = "# ! "

    public static func render(_ session: EditSession, server: String) -> String {
        var lines = [
            "# \(session.title) on \(server)",
            "# Save and quit to apply: only the fields you change are sent. An empty file cancels.",
        ]
        if let known = teamsLine(session) { lines.append(known) }
        lines.append("")
        for field in session.fields where field.kind != .secret {
            lines.append("# " + field.documentComment)
            lines.append(contentsOf: render(field, session.value(of: field)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same text with the problems of the last attempt on top, replacing earlier ones: only the
    /// latest are shown, and their line numbers count the lines of the document as it reopens.
    public static func withProblems(_ problems: [DocumentProblem], on text: String) -> String {
        let body = withoutProblems(text)
        guard !problems.isEmpty else { return body }
        let headerLines = problems.count + 1
        let header = problems.map { problemMark + $0.shifted(by: headerLines).description } + ["#"]
        return (header + [body]).joined(separator: "\n")
    }

    /// The text without the problems put on top of it last time (and the `#` line under them).
    static func withoutProblems(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.first?.hasPrefix(problemMark) == true else { return text }
        while lines.first?.hasPrefix(problemMark) == true { lines = lines.dropFirst() }
        if lines.first == "#" { lines = lines.dropFirst() }
        return lines.joined(separator: "\n")
    }

    static func teamsLine(_ session: EditSession) -> String? {
        guard session.fields.contains(where: { $0.kind == .teams }) else { return nil }
        let names = session.context.directory.teams.map(\.name)
        return names.isEmpty ? nil : "# Teams: " + names.joined(separator: ", ")
    }

    static func render(_ field: EditableField, _ value: FieldValue) -> [String] {
        let key = field.name + ":"
        switch value {
        case .null: return [key + " null"]
        case .bool(let flag): return [key + (flag ? " true" : " false")]
        case .number(let number): return [key + " " + format(number)]
        case .text(let text):
            // A literal block keeps the text exactly, newlines included, unless it holds a character only an
            // escape can carry (a raw control character is not allowed in a YAML document).
            let blockSafe = !text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && JSONStringLiteral.isEscaped($0) }
            if text.contains("\n"), blockSafe {
                let chomp = text.hasSuffix("\n") ? "+" : "-"
                let body = (text.hasSuffix("\n") ? String(text.dropLast()) : text).split(separator: "\n", omittingEmptySubsequences: false)
                return [key + " |2" + chomp] + body.map { $0.isEmpty ? "" : "  " + $0 }
            }
            return [key + " " + scalar(text)]
        case .list(let items):
            guard !items.isEmpty else { return [key + " []"] }
            return [key] + items.map { "  - " + scalar($0) }
        case .pairs(let pairs):
            guard !pairs.isEmpty else { return [key + " {}"] }
            return [key] + pairs.map { "  " + scalar($0.key) + ": " + scalar($0.value) }
        case .structure(let structure):
            guard case .structured(let shape) = field.kind else { return [key + " " + flow(structure)] }
            return member(field.name, structure, shape: shape, indent: "")
        }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    /// Plain when YAML reads it back as the same string, else double-quoted with JSON escapes.
    static func scalar(_ text: String) -> String {
        isPlain(text) ? text : JSONStringLiteral.quoted(text)
    }

    static func isPlain(_ text: String) -> Bool {
        guard let first = text.first, !text.hasSuffix(" "), !first.isWhitespace else { return false }
        if "-?:,[]{}#&*!|>'\"%@`~".contains(first) { return false }
        if text.contains(": ") || text.hasSuffix(":") || text.contains(" #") || text.contains("\n") || text.contains("\t") { return false }
        if text.unicodeScalars.contains(where: JSONStringLiteral.isEscaped) { return false }
        // Words YAML would read as something other than a string.
        let lowered = text.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lowered) { return false }
        if Double(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o") || text.hasPrefix(".") { return false }
        return true
    }
}

/// Structured values: block lists and maps, with lists of flat maps on one line (`[{key: a, value: b}]`).
extension EditDocument {
    static func member(_ name: String, _ value: JSONValue, shape: StructureShape, indent: String) -> [String] {
        let key = indent + scalar(name) + ":"
        if isFlat(value) {
            var line = key + " " + flow(value, shape: shape)
            if let allowed = shape.allowedValues[name], case .string = value { line += "   # " + allowed.joined(separator: " | ") }
            return [line]
        }
        switch value {
        case .object(let members):
            return [key] + shape.ordered(members.keys).flatMap { member($0, members[$0] ?? .null, shape: shape, indent: indent + "  ") }
        case .array(let items):
            return [key] + items.flatMap { item(of: $0, shape: shape, indent: indent + "  ") }
        default:
            return [key + " " + flow(value, shape: shape)]
        }
    }

    static func item(of value: JSONValue, shape: StructureShape, indent: String) -> [String] {
        if case .object(let members) = value, !members.isEmpty {
            let lines = shape.ordered(members.keys).flatMap { member($0, members[$0] ?? .null, shape: shape, indent: indent + "  ") }
            // The first member goes on the dash's line.
            return lines.enumerated().map { offset, line in offset == 0 ? indent + "- " + line.dropFirst(indent.count + 2) : line }
        }
        if isFlat(value) { return [indent + "- " + flow(value, shape: shape)] }
        return [indent + "-"] + item(of: value, shape: shape, indent: indent + "  ").map { "  " + $0 }
    }

    /// Scalars, empty lists and maps, lists of scalars and flat maps, and flat maps go on one line.
    static func isFlat(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let items): return items.allSatisfy { isScalar($0) || isFlatMap($0) }
        case .object: return isFlatMap(value)
        default: return true
        }
    }

    static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    static func isFlatMap(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value else { return false }
        return members.values.allSatisfy(isScalar)
    }

    /// The value in YAML's flow style: `[{key: repo, operator: startsWith, value: "internal/"}]`.
    public static func flow(_ value: JSONValue, shape: StructureShape = StructureShape()) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return format(number)
        case .string(let text):
            // Inside brackets a comma or a bracket would end the scalar.
            return text.contains(where: { ",[]{}".contains($0) }) ? JSONStringLiteral.quoted(text) : scalar(text)
        case .array(let items): return "[" + items.map { flow($0, shape: shape) }.joined(separator: ", ") + "]"
        case .object(let members):
            return "{"
                + shape.ordered(members.keys).map { scalar($0) + ": " + flow(members[$0] ?? .null, shape: shape) }
                .joined(separator: ", ") + "}"
        }
    }

    /// A YAML node as JSON: plain `null`, `~` and empty are null, plain booleans and numbers are themselves.
    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let value):
            guard value.style == .plain else { return .string(value.string) }
            if ["null", "~", ""].contains(value.string) { return .null }
            if ["true", "false"].contains(value.string) { return .bool(value.string == "true") }
            if let number = Double(value.string), number.isFinite { return .number(number) }
            return .string(value.string)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping { members[key.string ?? ""] = json(value) }
            return .object(members)
        case .sequence(let sequence):
            return .array(sequence.map(json))
        case .alias:
            return .null
        }
    }
}

/// Reading the document back.
extension EditDocument {
    /// What became of the text the editor came back with.
    public enum Reading: Sendable, Equatable {
        /// Nothing but comments and blanks: the person cancelled.
        case empty
        /// The values of the fields the document names (fields left out keep their value).
        case values([String: FieldValue])
        /// What is wrong, each problem with its line where known.
        case problems([DocumentProblem])
    }

    /// Reads the document; line numbers in problems count from the first line after the problems
    /// shown on top of it (``withProblems(_:on:)`` counts its own header in again).
    public static func read(_ text: String, fields: [EditableField]) -> Reading {
        let text = withoutProblems(text)
        let meaningful = text.split(separator: "\n").contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        guard meaningful else { return .empty }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            return .problems([describe(error)])
        }
        guard let node, case .mapping(let mapping) = node else {
            return .problems([DocumentProblem("the document must be 'field: value' lines")])
        }
        var values: [String: FieldValue] = [:]
        var problems: [DocumentProblem] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            guard let field = fields.first(where: { $0.name == key }), field.kind != .secret else {
                let known = fields.filter { $0.kind != .secret }.map(\.name).joined(separator: ", ")
                problems.append(DocumentProblem("unknown field '\(key)' (fields: \(known))", line: line))
                continue
            }
            switch value(of: field, from: valueNode) {
            case .success(let value): values[field.name] = value
            case .failure(let problem): problems.append(DocumentProblem(problem.message, line: line))
            }
        }
        return problems.isEmpty ? .values(values) : .problems(problems)
    }

    static func value(of field: EditableField, from node: Node) -> Result<FieldValue, FieldProblem> {
        func problem(_ message: String) -> Result<FieldValue, FieldProblem> {
            .failure(FieldProblem(field: field.name, message: "\(field.name): \(message)"))
        }
        if let scalar = node.scalar, scalar.style == .plain, ["null", "~", ""].contains(scalar.string) {
            return field.isNullable || field.kind == .teams || field.kind == .strings || field.kind == .labels
                ? .success(emptyOrNull(field)) : problem("cannot be null")
        }
        switch field.kind {
        case .structured(let shape):
            let value = json(node)
            let wrong = shape.problems(in: value)
            return wrong.isEmpty ? .success(.structure(value)) : problem(wrong.joined(separator: "; "))
        case .text, .multiline, .secret:
            guard let scalar = node.scalar else { return problem("expected text") }
            return .success(.text(scalar.string))
        case .choice(let options):
            guard let scalar = node.scalar else { return problem("expected one of \(options.joined(separator: ", "))") }
            guard options.contains(scalar.string) else {
                return problem("'\(scalar.string)' is not one of \(options.joined(separator: ", "))")
            }
            return .success(.text(scalar.string))
        case .number:
            guard let scalar = node.scalar, let number = Double(scalar.string), number.isFinite else { return problem("expected a number") }
            return .success(.number(number))
        case .bool:
            guard let flag = node.bool else { return problem("expected true or false") }
            return .success(.bool(flag))
        case .teams, .strings:
            if case .sequence(let sequence) = node {
                var items: [String] = []
                for item in sequence {
                    guard let scalar = item.scalar else { return problem("expected a list of names") }
                    items.append(scalar.string)
                }
                return .success(.list(items))
            }
            return problem("expected a list ('- name' lines, or [])")
        case .labels:
            guard case .mapping(let mapping) = node else { return problem("expected 'key: value' lines, or {}") }
            var pairs: [LabelPair] = []
            for (key, value) in mapping {
                guard let key = key.scalar?.string, let value = value.scalar?.string else { return problem("expected 'key: value' lines") }
                pairs.append(LabelPair(key, value))
            }
            return .success(.pairs(pairs))
        }
    }

    static func emptyOrNull(_ field: EditableField) -> FieldValue {
        switch field.kind {
        case .teams, .strings: .list([])
        case .labels: .pairs([])
        default: .null
        }
    }

    static func describe(_ error: Error) -> DocumentProblem {
        guard let yaml = error as? YamlError else { return DocumentProblem("\(error)") }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DocumentProblem(problem, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, _):
            return DocumentProblem("a field is given twice: " + duplicates.joined(separator: ", "))
        default:
            return DocumentProblem("\(yaml)")
        }
    }
}

/// What is wrong with a document, with where it is when that is known.
public struct DocumentProblem: Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// "line 4, column 9: …", "line 4: …", or the message alone.
    public var description: String {
        guard let line else { return message }
        return "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " + message
    }

    /// The same problem in a document with `lines` more lines above it.
    func shifted(by lines: Int) -> DocumentProblem {
        var moved = self
        moved.line = line.map { $0 + lines }
        return moved
    }
}
