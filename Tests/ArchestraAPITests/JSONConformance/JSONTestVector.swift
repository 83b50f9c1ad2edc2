import Foundation
import ArchestraAPI

/// One input of the JSONTestSuite (github.com/nst/JSONTestSuite, `test_parsing/`), written out here by
/// hand: its file name without `.json`, and its exact bytes.
struct JSONTestVector: Sendable, CustomStringConvertible {
    var name: String
    var bytes: [UInt8]

    /// A case whose bytes are the UTF-8 of `text`.
    init(_ name: String, _ text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    /// A case that holds bytes no Swift string can (invalid UTF-8).
    init(_ name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    var description: String { name }

    var data: Data { Data(bytes) }
}

/// A `y_` case with the value it must give.
struct AcceptedJSONVector: Sendable {
    var vector: JSONTestVector
    var expected: JSONValue

    init(_ name: String, _ text: String, _ expected: JSONValue) {
        vector = JSONTestVector(name, text)
        self.expected = expected
    }

    init(_ name: String, bytes: [UInt8], _ expected: JSONValue) {
        vector = JSONTestVector(name, bytes: bytes)
        self.expected = expected
    }
}

/// The bytes of `text` with `bytes` put where `placeholder` stands (once).
func utf8(_ text: String, replacing placeholder: String = "@", with bytes: [UInt8]) -> [UInt8] {
    let parts = text.components(separatedBy: placeholder)
    precondition(parts.count == 2, "one placeholder expected in \(text)")
    return Array(parts[0].utf8) + bytes + Array(parts[1].utf8)
}

/// The number a decimal text denotes, correctly rounded (Swift's float literals of type `Double` may be
/// rounded twice on x86, through `Float80`, so long literals are spelled as text).
func decimal(_ text: String) -> JSONValue {
    .number(Double(text) ?? .nan)
}

/// A one-scalar string built at run time: Swift refuses noncharacters such as U+FDD0 in literals.
func scalar(_ value: UInt32) -> String {
    Unicode.Scalar(value).map { String($0) } ?? ""
}
