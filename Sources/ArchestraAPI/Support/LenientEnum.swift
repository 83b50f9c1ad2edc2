import Foundation

/// An enumeration sent by the server as a string, kept as a struct so that values this
/// client does not know yet survive decoding (and display) instead of failing the record.
///
/// Conformers get `Codable` from the standard library's `RawRepresentable` support
/// (their `init(rawValue:)` never fails) and `isKnown`/`description` from here.
public protocol LenientEnum: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible
where RawValue == String {
    /// Every value the contract documents.
    static var knownValues: [Self] { get }
}

extension LenientEnum {
    /// Whether the value is one the contract documents.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    /// The raw string, as sent by the server.
    public var description: String { rawValue }

    /// Reads a lenient enum member of `json`; `nil` when missing or not a string.
    static func read(_ json: JSONValue, _ key: String) -> Self? {
        json.string(key).flatMap(Self.init(rawValue:))
    }
}
