import Foundation

extension JSONValue {
    /// Parses a JSON document (any top-level value) straight from its bytes.
    ///
    /// Neither `JSONDecoder` nor `JSONSerialization` suits a console that polls every second:
    /// decoding `JSONValue` through `JSONDecoder` probes each type and throws on every miss, and on
    /// Linux `JSONSerialization` builds `NSDictionary`/`NSArray` that must be bridged back. Profiling a
    /// running console showed either as most of its CPU time.
    ///
    /// Measured again for issue 23 against `JSONDecoder` with lenient Codable models that build the same
    /// values (`Benchmarks/Benchmarks/ConsoleBenchmarks/CodableDecodeBenchmarks.swift`; CPU time of the
    /// decoding thread, p50, median of three runs, release build, 2 cores shared with other builds).
    /// Keeping `raw`, as table records do for the detail view and the editors, JSONDecoder took 12.3×
    /// this parser's time on a page of 100 agents and 20.8× on a 1 MiB page of LLM interactions (18× and
    /// 21× the allocations); 2.9× on five statistics answers, which keep no `raw`. Without `raw` at all
    /// it took 1.9×, 1.4× and 2.9×. The rule was to move to Codable at ≤ 1.5×; the parser
    /// stays. README, "Decoding: the byte parser against JSONDecoder", has the table.
    public static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in
            var parser = JSONBytesParser(bytes: raw.bindMemory(to: UInt8.self))
            return try parser.parseDocument()
        }
    }
}

/// Why a body is not JSON, with the byte offset where it went wrong.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: Int
    public var reason: String
    public var description: String { "\(reason) at byte \(offset)" }
}

/// A recursive-descent parser over UTF-8 bytes (RFC 8259), with a nesting limit so hostile input
/// cannot exhaust the stack. Where the RFC leaves a choice (the JSONTestSuite's `i_` cases), invalid
/// UTF-8 and unpaired surrogates inside strings become U+FFFD, and numbers beyond `Double` are refused;
/// `JSONConformanceTests` holds the whole list.
struct JSONBytesParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    static let maximumDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws -> JSONValue {
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard position == bytes.count else { throw failure("unexpected data after the JSON value") }
        return value
    }

    func failure(_ reason: String) -> JSONParseError {
        JSONParseError(offset: position, reason: reason)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func parseValue(depth: Int) throws -> JSONValue {
        guard depth < Self.maximumDepth else { throw failure("nested too deeply") }
        skipWhitespace()
        guard position < bytes.count else { throw failure("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected character")
        }
    }

    mutating func expect(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw failure("unexpected end of input") }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] {
            throw failure("invalid literal")
        }
        position += count
    }

    mutating func parseObject(depth: Int) throws -> JSONValue {
        position += 1
        // Gathered first and hashed into a dictionary of the right size once: growing it member by
        // member rehashed every key at each doubling, most of the parse's time on records of 10-30 fields.
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object([:])
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            position += 1
            members.append((key, try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of input") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                // A repeated name keeps its last value, as before.
                return .object(Dictionary(members, uniquingKeysWith: { _, last in last }))
            }
            throw failure("expected ',' or '}'")
        }
    }

    mutating func parseArray(depth: Int) throws -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of input") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            throw failure("expected ',' or ']'")
        }
    }

    mutating func parseString() throws -> String {
        position += 1
        let start = position
        // Fast path: no escapes, so the bytes between the quotes are the string.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character in a string") }
            position += 1
        }
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw failure("unexpected end of input") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): try appendUnicodeEscape(to: &utf8)
                default: throw failure("invalid escape")
                }
            case 0..<0x20:
                throw failure("control character in a string")
            default:
                utf8.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    /// `\uXXXX` (its `\u` already read), joining a surrogate pair. A surrogate without its partner
    /// becomes U+FFFD and leaves whatever follows it in place, so `\uD800\u0041` reads as U+FFFD then `A`.
    mutating func appendUnicodeEscape(to utf8: inout [UInt8]) throws {
        guard let unit = hex4(at: position) else { throw failure("invalid \\u escape") }
        position += 4
        switch unit {
        case 0xD800...0xDBFF:
            if let low = lowSurrogateEscape(at: position) {
                position += 6
                Self.appendUTF8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), to: &utf8)
            } else {
                Self.appendUTF8(0xFFFD, to: &utf8)
            }
        case 0xDC00...0xDFFF:
            Self.appendUTF8(0xFFFD, to: &utf8)
        default:
            Self.appendUTF8(unit, to: &utf8)
        }
    }

    /// The value of a `\uXXXX` low-surrogate escape starting at `index`, without consuming it.
    func lowSurrogateEscape(at index: Int) -> UInt32? {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
            let unit = hex4(at: index + 2), (0xDC00...0xDFFF).contains(unit)
        else { return nil }
        return unit
    }

    /// Four hex digits starting at `index`, or `nil` when there are not four.
    func hex4(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value (never a surrogate here).
    static func appendUTF8(_ scalar: UInt32, to utf8: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            utf8.append(UInt8(scalar))
        case 0x80..<0x800:
            utf8.append(UInt8(0xC0 | scalar >> 6))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            utf8.append(UInt8(0xE0 | scalar >> 12))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | scalar >> 18))
            utf8.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// A number as RFC 8259 spells it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. Short integers
    /// (ids, counts) are built from their digits; anything else goes through `Double(String)`.
    mutating func parseNumber() throws -> Double {
        let start = position
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        guard position < bytes.count, Self.isDigit(bytes[position]) else { throw failure("invalid number") }
        let integerStart = position
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw failure("leading zero in a number") }
        } else {
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        let integerEnd = position
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            isInteger = false
            let fractionStart = position
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            guard position > fractionStart else { throw failure("invalid number") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            isInteger = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            let exponentStart = position
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            guard position > exponentStart else { throw failure("invalid number") }
        }
        if isInteger, integerEnd - integerStart <= Self.exactIntegerDigits {
            var magnitude: UInt64 = 0
            for index in integerStart..<integerEnd { magnitude = magnitude * 10 + UInt64(bytes[index] &- UInt8(ascii: "0")) }
            return negative ? -Double(magnitude) : Double(magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        // A value too large for a Double is refused rather than turned into infinity, which JSON cannot carry back.
        guard let value = Double(text), value.isFinite else { throw failure("number out of range") }
        return value
    }

    /// Integers with at most this many digits are below 2^53, so a `Double` holds them exactly.
    static let exactIntegerDigits = 15

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
