import Foundation

/// Money as the API sends it: Postgres `numeric` columns arrive as decimal strings (`"0.0041250000"`).
///
/// The text is kept as sent, so nothing is lost to binary floating point; ``amount`` reads it for sums.
public struct DecimalText: Sendable, Hashable, CustomStringConvertible {
    /// The decimal as the server wrote it.
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The value, or `nil` when the text is not a decimal number.
    public var amount: Decimal? {
        Decimal(string: text.trimmedWhitespace, locale: Locale(identifier: "en_US_POSIX"))
            .flatMap { $0.isNaN ? nil : $0 }
    }

    public var description: String { text }

    /// A decimal-string member; a JSON number (lenient servers, old builds) is accepted and written out.
    static func read(_ json: JSONValue, _ key: String) -> DecimalText? {
        switch json[key] {
        case .string(let text)? where !text.trimmedWhitespace.isEmpty:
            return DecimalText(text)
        case .number(let value)? where value.isFinite:
            return DecimalText("\(value)")
        default:
            return nil
        }
    }
}
