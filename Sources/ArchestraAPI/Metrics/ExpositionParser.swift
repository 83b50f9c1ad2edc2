import Foundation

/// Why a `/metrics` page could not be read, with the line where it went wrong.
public struct ExpositionParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// Reads the Prometheus text exposition format (0.0.4) and what OpenMetrics adds to it: `# HELP` and
/// `# TYPE`, labels with escapes, `+Inf`/`-Inf`/`NaN`, timestamps, exemplars after `#`, `# EOF`, and
/// quoted (UTF-8) metric and label names.
///
/// A malformed line fails the whole page, as it fails a Prometheus scrape: a proxy's HTML error page
/// or a truncated body must not pass for metrics.
public enum ExpositionParser {
    /// - Parameter wanted: sample names to keep (`x_bucket`, `y_total`); others are skipped without reading
    ///   their labels, and families left without samples are dropped. Nil keeps everything.
    public static func parse(_ bytes: [UInt8], keeping wanted: Set<String>? = nil) throws -> Exposition {
        var reader = ExpositionReader(bytes: bytes, wanted: wanted)
        return try reader.read()
    }

    public static func parse(_ text: String, keeping wanted: Set<String>? = nil) throws -> Exposition {
        try parse(Array(text.utf8), keeping: wanted)
    }

    /// A sample value or timestamp: a decimal or exponent number, `+Inf`, `-Inf`, `Inf` or `NaN` (any case).
    static func number(_ text: Substring) -> Double? {
        switch text.lowercased() {
        case "+inf", "inf": return .infinity
        case "-inf": return -.infinity
        case "nan": return .nan
        default:
            // Swift would also read "infinity" or hex floats; the format has neither.
            guard let first = text.first, first.isNumber || first == "-" || first == "+" || first == "." else { return nil }
            return Double(text)
        }
    }
}

/// The state of one pass over a page.
private struct ExpositionReader {
    let bytes: [UInt8]
    let wanted: Set<String>?
    var position = 0
    var lineNumber = 0
    var lineEnd = 0
    var families: [MetricFamily] = []
    var familyIndex: [String: Int] = [:]
    /// The family the last `# TYPE` or `# HELP` named: the samples that follow usually belong to it.
    var current: Int?

    init(bytes: [UInt8], wanted: Set<String>?) {
        self.bytes = bytes
        self.wanted = wanted
    }

    mutating func read() throws -> Exposition {
        while position < bytes.count {
            lineNumber += 1
            lineEnd = bytes[position...].firstIndex(of: ASCII.newline) ?? bytes.count
            let next = lineEnd + 1
            if lineEnd > position, bytes[lineEnd - 1] == ASCII.carriageReturn { lineEnd -= 1 }
            skipBlanks()
            if position < lineEnd {
                if bytes[position] == ASCII.hash {
                    if try readComment() == .endOfFile { break }
                } else {
                    try readSample()
                }
            }
            position = next
        }
        let kept = wanted == nil ? families : families.filter { !$0.samples.isEmpty }
        return Exposition(families: kept)
    }

    // MARK: - Comments

    enum CommentOutcome { case more, endOfFile }

    mutating func readComment() throws -> CommentOutcome {
        position += 1
        skipBlanks()
        let keyword = word()
        switch keyword {
        case "EOF": return .endOfFile
        case "HELP", "TYPE":
            skipBlanks()
            let name = try metricName()
            skipBlanks()
            let rest = String(decoding: bytes[position..<lineEnd], as: UTF8.self)
            let index = family(named: name)
            if keyword == "HELP" {
                families[index].help = Self.unescapeHelp(rest)
            } else {
                guard let type = MetricType(rawValue: rest.trimmedWhitespace.lowercased()) else {
                    throw failure("unknown metric type \"\(rest)\"")
                }
                families[index].type = type
            }
            current = index
        default:
            break  // `# UNIT` and free comments say nothing the console uses.
        }
        return .more
    }

    mutating func family(named name: String) -> Int {
        if let index = familyIndex[name] { return index }
        families.append(MetricFamily(name: name))
        familyIndex[name] = families.count - 1
        return families.count - 1
    }

    // MARK: - Samples

    mutating func readSample() throws {
        var labels: [String: String] = [:]
        let name: String
        if bytes[position] == ASCII.openBrace {
            // `{"name.with.dots", label="x"} 1`: the name is the first, quoted, entry.
            position += 1
            skipBlanks()
            guard position < lineEnd, bytes[position] == ASCII.quote else { throw failure("expected a metric name") }
            name = try quoted()
            skipBlanks()
            if position < lineEnd, bytes[position] == ASCII.comma { position += 1 }
            guard keeps(name) else { return }
            labels = try labelSet()
        } else {
            name = try metricName()
            guard keeps(name) else { return }
            skipBlanks()  // `name {labels}`: the Go parser allows blanks here too
            if position < lineEnd, bytes[position] == ASCII.openBrace {
                position += 1
                labels = try labelSet()
            }
        }
        skipBlanks()
        let value = try numberToken(what: "a sample value")
        skipBlanks()
        var timestamp: Double?
        if position < lineEnd, bytes[position] != ASCII.hash {
            timestamp = try numberToken(what: "a timestamp")
            skipBlanks()
        }
        var exemplar: Exemplar?
        if position < lineEnd, bytes[position] == ASCII.hash {
            exemplar = try readExemplar()
        }
        guard position >= lineEnd else { throw failure("unexpected text after the sample") }
        let sample = MetricSample(name: name, labels: labels, value: value, timestamp: timestamp, exemplar: exemplar)
        families[familyIndex(for: name)].samples.append(sample)
    }

    func keeps(_ name: String) -> Bool {
        wanted?.contains(name) ?? true
    }

    /// The family a sample belongs to: the current one, a declared one its name extends, or a new untyped one.
    mutating func familyIndex(for sampleName: String) -> Int {
        if let current, families[current].owns(sampleName) { return current }
        for suffix in ["", "_bucket", "_sum", "_count", "_total", "_created", "_info", "_gcount", "_gsum"]
        where sampleName.hasSuffix(suffix) {
            let base = String(sampleName.dropLast(suffix.count))
            if let index = familyIndex[base], families[index].owns(sampleName) { return index }
        }
        return family(named: sampleName)
    }

    mutating func readExemplar() throws -> Exemplar {
        position += 1
        skipBlanks()
        guard position < lineEnd, bytes[position] == ASCII.openBrace else { throw failure("expected { after # in an exemplar") }
        position += 1
        let labels = try labelSet()
        skipBlanks()
        let value = try numberToken(what: "an exemplar value")
        skipBlanks()
        var timestamp: Double?
        if position < lineEnd {
            timestamp = try numberToken(what: "an exemplar timestamp")
            skipBlanks()
        }
        return Exemplar(labels: labels, value: value, timestamp: timestamp)
    }

    /// `name="value", …}` after the opening brace.
    mutating func labelSet() throws -> [String: String] {
        var labels: [String: String] = [:]
        while true {
            skipBlanks()
            guard position < lineEnd else { throw failure("unterminated label set") }
            if bytes[position] == ASCII.closeBrace {
                position += 1
                return labels
            }
            let name = bytes[position] == ASCII.quote ? try quoted() : try labelName()
            skipBlanks()
            guard position < lineEnd, bytes[position] == ASCII.equals else { throw failure("expected = after label \(name)") }
            position += 1
            skipBlanks()
            guard position < lineEnd, bytes[position] == ASCII.quote else { throw failure("expected a quoted value for label \(name)") }
            labels[name] = try quoted()
            skipBlanks()
            guard position < lineEnd else { throw failure("unterminated label set") }
            if bytes[position] == ASCII.comma {
                position += 1
            } else if bytes[position] != ASCII.closeBrace {
                throw failure("expected , or } after label \(name)")
            }
        }
    }

    // MARK: - Tokens

    /// `[a-zA-Z_:][a-zA-Z0-9_:]*`
    mutating func metricName() throws -> String {
        let start = position
        while position < lineEnd, ASCII.isNameByte(bytes[position], first: position == start, colon: true) { position += 1 }
        guard position > start else { throw failure("expected a metric name") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// `[a-zA-Z_][a-zA-Z0-9_]*`
    mutating func labelName() throws -> String {
        let start = position
        while position < lineEnd, ASCII.isNameByte(bytes[position], first: position == start, colon: false) { position += 1 }
        guard position > start else { throw failure("expected a label name") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A double-quoted string with `\\`, `\"` and `\n` escapes; the opening quote is at `position`.
    mutating func quoted() throws -> String {
        position += 1
        var text: [UInt8] = []
        while position < lineEnd {
            let byte = bytes[position]
            if byte == ASCII.quote {
                position += 1
                return String(decoding: text, as: UTF8.self)
            }
            if byte == ASCII.backslash, position + 1 < lineEnd {
                let escaped = bytes[position + 1]
                switch escaped {
                case ASCII.letterN: text.append(ASCII.newline)
                case ASCII.backslash, ASCII.quote: text.append(escaped)
                default: text.append(contentsOf: [byte, escaped])  // kept as written, as Prometheus does
                }
                position += 2
                continue
            }
            text.append(byte)
            position += 1
        }
        throw failure("unterminated quoted string")
    }

    mutating func numberToken(what: String) throws -> Double {
        let start = position
        while position < lineEnd, bytes[position] != ASCII.space, bytes[position] != ASCII.tab { position += 1 }
        let token = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !token.isEmpty else { throw failure("expected \(what)") }
        guard let number = ExpositionParser.number(Substring(token)) else { throw failure("\"\(token)\" is not \(what)") }
        return number
    }

    mutating func word() -> String {
        let start = position
        while position < lineEnd, bytes[position] != ASCII.space, bytes[position] != ASCII.tab { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func skipBlanks() {
        while position < lineEnd, bytes[position] == ASCII.space || bytes[position] == ASCII.tab { position += 1 }
    }

    func failure(_ reason: String) -> ExpositionParseError {
        ExpositionParseError(line: lineNumber, reason: reason)
    }

    /// HELP text escapes only `\\` and `\n`.
    static func unescapeHelp(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch characters.next() {
            case "n"?: result.append("\n")
            case "\\"?: result.append("\\")
            case let other?: result += "\\" + String(other)
            case nil: result.append("\\")
            }
        }
        return result
    }
}

/// The bytes the format is made of.
private enum ASCII {
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let hash: UInt8 = 0x23
    static let quote: UInt8 = 0x22
    static let backslash: UInt8 = 0x5C
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let comma: UInt8 = 0x2C
    static let equals: UInt8 = 0x3D
    static let letterN: UInt8 = 0x6E

    static func isNameByte(_ byte: UInt8, first: Bool, colon: Bool) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true  // A-Z a-z _
        case 0x30...0x39: return !first  // 0-9
        case 0x3A: return colon  // :
        default: return false
        }
    }
}
