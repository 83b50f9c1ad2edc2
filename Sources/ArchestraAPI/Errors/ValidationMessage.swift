import Foundation

/// One problem named by a validation message: which member of the request, and what is wrong with it.
public struct ValidationIssue: Sendable, Equatable {
    /// The member's path below the request part (body, query string…), e.g. `["labels", "0", "key"]`;
    /// empty when the message names no member.
    public var path: [String]
    /// What the message says about it.
    public var message: String

    public init(path: [String], message: String) {
        self.path = path
        self.message = message
    }

    /// The top-level field, the one a form shows: the first element of `path`.
    public var field: String? { path.first }
}

/// Reads the member a 400 message is about, for the shapes the platform (and the simulator) produce:
///
/// | message | issues |
/// | --- | --- |
/// | `body/name must be string` (Fastify + Ajv) | `name` |
/// | `body must have required property 'scope'` | `scope` |
/// | `body/teams/1 Team not found, body/scope Required` (Fastify + zod, several) | `teams` (path `teams.1`), `scope` |
/// | `querystring/limit must be <= 100` | `limit` |
/// | `"scope": team scope needs at least one team` | `scope` |
/// | `runtime.image: Required` | `runtime` (path `runtime.image`) |
/// | `Validation error: Required at "name"; Expected number at "limitValue"` | `name`, `limitValue` |
/// | `[{"path":["name"],"message":"Required"}]` (a zod issue list) | `name` |
/// | `limitValue must be greater than 0` | `limitValue` |
///
/// A message naming no member (`An agent's model and API key must be set together`) gives one issue
/// with an empty path.
public enum ValidationMessage {
    /// The issues `message` names, in order; never empty for a non-empty message.
    public static func issues(in message: String) -> [ValidationIssue] {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let readers: [(String) -> [ValidationIssue]?] = [fastifyIssues, zodIssueList, zodValidationErrorIssues, leadingFieldIssue]
        for reader in readers {
            if let issues = reader(text), !issues.isEmpty { return issues }
        }
        return [ValidationIssue(path: [], message: text)]
    }

    /// The first top-level field `message` names, or `nil`.
    public static func field(in message: String) -> String? {
        issues(in: message).lazy.compactMap(\.field).first
    }

    // MARK: Fastify: "<part>/<path> <text>", several joined by ", "

    /// The parts of a request Fastify names before a path.
    private static let requestParts = ["body", "querystring", "params", "headers"]

    private static func fastifyIssues(_ text: String) -> [ValidationIssue]? {
        guard fastifyPartLength(at: text.startIndex, in: text) != nil else { return nil }
        // Each issue starts with a request part at the start or right after ", ".
        var starts = [text.startIndex]
        var search = text.startIndex
        while let comma = text.range(of: ", ", range: search..<text.endIndex) {
            if fastifyPartLength(at: comma.upperBound, in: text) != nil { starts.append(comma.upperBound) }
            search = comma.upperBound
        }
        return starts.enumerated().map { offset, start in
            let end = offset + 1 < starts.count ? text.index(starts[offset + 1], offsetBy: -2) : text.endIndex
            return fastifyIssue(String(text[start..<end]))
        }
    }

    /// The length of the request-part word at `index` when it is followed by `/`, `.` or a space.
    private static func fastifyPartLength(at index: String.Index, in text: String) -> Int? {
        let rest = text[index...]
        for part in requestParts where rest.hasPrefix(part) {
            let after = rest.dropFirst(part.count)
            if let next = after.first, next == "/" || next == "." || next == " " { return part.count }
        }
        return nil
    }

    private static func fastifyIssue(_ segment: String) -> ValidationIssue {
        let partLength = fastifyPartLength(at: segment.startIndex, in: segment) ?? 0
        var rest = segment.dropFirst(partLength)
        var path: [String] = []
        if rest.first == "/" || rest.first == "." {
            let token = rest.prefix { $0 != " " }
            path = pathElements(String(token), separators: ["/", "."])
            rest = rest.dropFirst(token.count)
        }
        let message = rest.trimmingCharacters(in: .whitespaces)
        // Ajv names a missing member in the message: "must have required property 'name'".
        if let missing = quoted(after: "required property ", in: message) {
            path.append(missing)
        }
        return ValidationIssue(path: path, message: message)
    }

    // MARK: zod

    /// A zod issue list as JSON: `[{"path":["name"],"message":"Required"}, …]`.
    private static func zodIssueList(_ text: String) -> [ValidationIssue]? {
        guard text.hasPrefix("["), let value = try? JSONValue.parse(Data(text.utf8)), let items = value.arrayValue else { return nil }
        let issues = items.compactMap { item -> ValidationIssue? in
            guard let path = item["path"]?.arrayValue else { return nil }
            let elements = path.compactMap { element -> String? in
                if let name = element.stringValue { return name }
                if let index = element.doubleValue, index.isFinite, index >= 0, index < 1e15 { return String(Int64(index)) }
                return nil
            }
            return ValidationIssue(path: elements, message: item.string("message") ?? "")
        }
        return issues.isEmpty ? nil : issues
    }

    /// zod-validation-error: `Validation error: Required at "name"; Expected number, received string at "limitValue"`.
    private static func zodValidationErrorIssues(_ text: String) -> [ValidationIssue]? {
        let prefix = "Validation error:"
        guard text.hasPrefix(prefix) else { return nil }
        let body = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        return body.components(separatedBy: "; ").map { part in
            guard let marker = part.range(of: " at \"", options: .backwards), part.hasSuffix("\"") else {
                return ValidationIssue(path: [], message: part)
            }
            let rawPath = String(part[marker.upperBound..<part.index(before: part.endIndex)])
            var path = pathElements(rawPath, separators: ["."])
            if let first = path.first, requestParts.contains(first) { path.removeFirst() }
            return ValidationIssue(path: path, message: String(part[..<marker.lowerBound]))
        }
    }

    // MARK: A field at the start

    /// Words that follow a field name in messages such as `name is required` or `limitValue must be > 0`.
    private static let verbsAfterField: Set<String> = ["must", "should", "is", "are", "cannot", "needs", "requires", "has"]

    /// `"scope": text`, `'scope': text`, `scope: text`, `runtime.image: text` or `limitValue must …`.
    private static func leadingFieldIssue(_ text: String) -> [ValidationIssue]? {
        if let quote = text.first, quote == "\"" || quote == "'" || quote == "`" {
            let afterQuote = text.dropFirst()
            guard let close = afterQuote.firstIndex(of: quote) else { return nil }
            let name = String(afterQuote[..<close])
            let rest = afterQuote[afterQuote.index(after: close)...]
            guard rest.hasPrefix(":"), isFieldPath(name) else { return nil }
            return [
                ValidationIssue(
                    path: pathElements(name, separators: [".", "/"]), message: rest.dropFirst().trimmingCharacters(in: .whitespaces))
            ]
        }
        let firstWord = text.prefix { $0 != " " }
        if firstWord.hasSuffix(":"), isFieldPath(String(firstWord.dropLast())) {
            let message = text.dropFirst(firstWord.count).trimmingCharacters(in: .whitespaces)
            return [ValidationIssue(path: pathElements(String(firstWord.dropLast()), separators: ["."]), message: message)]
        }
        let secondWord = text.dropFirst(firstWord.count).drop { $0 == " " }.prefix { $0 != " " }
        if isFieldPath(String(firstWord)), verbsAfterField.contains(String(secondWord)) {
            return [ValidationIssue(path: pathElements(String(firstWord), separators: ["."]), message: text)]
        }
        return nil
    }

    /// Lower-case words that start sentences rather than name fields (`error: …`, `this is …`).
    private static let sentenceWords: Set<String> = [
        "error", "this", "it", "there", "that", "value", "input", "request", "body", "invalid",
    ]

    /// A member name as APIs spell them: starts with a lower-case ASCII letter, then letters, digits,
    /// `_`, or `.`/`/` between path elements (so `Team` or `An` at the start of a sentence are not fields).
    private static func isFieldPath(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), !sentenceWords.contains(text) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_./-".unicodeScalars.contains(scalar))
        }
    }

    // MARK: Helpers

    private static func pathElements(_ text: String, separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map(String.init)
    }

    /// The text between the quotes right after `marker`, e.g. `name` in `…required property 'name'`.
    private static func quoted(after marker: String, in text: String) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        let rest = text[range.upperBound...]
        guard let quote = rest.first, quote == "'" || quote == "\"" else { return nil }
        let inner = rest.dropFirst()
        guard let close = inner.firstIndex(of: quote) else { return nil }
        return String(inner[..<close])
    }
}
