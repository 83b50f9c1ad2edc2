import Foundation

/// A record built leniently from an already-decoded JSON value.
///
/// Every model of this module conforms: fields of the wrong type or missing fields become
/// `nil`, empty or zero, unknown fields are ignored. The initializer throws only when the
/// record lacks what identifies it (usually `id`), so lists can skip and count such elements.
public protocol LenientDecodable: Sendable {
    /// Builds the record from `json`; throws when the value cannot be this record at all.
    init(json: JSONValue) throws
}

/// Why a JSON value could not become a record even leniently.
public struct RecordDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was expected, e.g. "an object with a string id".
    public var detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}

extension LenientDecodable {
    /// Decodes any JSON, then builds the record leniently. Used by the models' `init(from:)`.
    static func decodeLeniently(from decoder: Decoder) throws -> Self {
        let json = try JSONValue(from: decoder)
        do {
            return try Self(json: json)
        } catch let error as RecordDecodingError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.detail))
        }
    }
}

/// The outcome of decoding a list element by element.
struct LenientList<Item: LenientDecodable>: Sendable {
    var items: [Item]
    /// Elements that could not become an `Item` at all.
    var skipped: Int

    init(_ values: [JSONValue]) {
        var items: [Item] = []
        items.reserveCapacity(values.count)
        var skipped = 0
        for value in values {
            if let item = try? Item(json: value) {
                items.append(item)
            } else {
                skipped += 1
            }
        }
        self.items = items
        self.skipped = skipped
    }
}
