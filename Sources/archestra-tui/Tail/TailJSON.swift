import Foundation
import ArchestraAPI

/// `logs --output json`: each row as one line of JSON, the record as the server sent it, for `jq`.
///
/// The encoder escapes C0 controls (ESC among them) itself; DEL, C1 controls (a lone U+009B starts a CSI on
/// some terminals) and bidi overrides are escaped here too, so the line means the server's text exactly and
/// still cannot drive a terminal it is printed on.
enum TailJSON {
    /// `value` on one line, keys sorted; `{}` if it cannot be encoded (a JSON value always can).
    static func line(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return escapingInvisibleControls(String(decoding: data, as: UTF8.self))
    }

    /// Such characters can stand only inside JSON strings, where `\uXXXX` is the same character.
    static func escapingInvisibleControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isInvisibleControl) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isInvisibleControl(scalar) {
                escaped.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    private static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
