/// A string written as a JSON string literal: quotes, backslashes, every control character (DEL and the C1
/// range included) and the characters YAML reads as line breaks or a byte-order mark escaped. The result
/// is valid JSON, and YAML's double-quoted style reads it back unchanged, so the edit documents and the
/// rebuilt log records share it.
public enum JSONStringLiteral {
    public static func quoted(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    public static func append(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isEscaped(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Written as `\uXXXX`: a raw one would be a control character on a terminal, or a line break or
    /// byte-order mark to a YAML reader.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }
}
