import Foundation
import XCTest
@testable import ArchestraAPI

/// Reads the example payloads copied from the API contract.
///
/// Everything goes through the production path, the byte-level parser (`JSONValue.parse`) and then the
/// models' lenient `init(json:)`, never through Foundation's decoders: a fixture that only Foundation can
/// read would otherwise pass here and fail in the console.
enum Fixture {
    static func data(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            "missing fixture \(name).json", file: file, line: line
        )
        return try Data(contentsOf: url)
    }

    static func json(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        try JSONValue.parse(data(name, file: file, line: line))
    }

    /// One record, as the client builds it from a response.
    static func decode<Record: LenientDecodable>(
        _ type: Record.Type, from name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Record {
        try Record(json: json(name, file: file, line: line))
    }

    /// A bare array, element by element as the client's lists are; an element that is not a record fails the fixture.
    static func decode<Record: LenientDecodable>(
        _ type: [Record].Type, from name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> [Record] {
        guard let elements = try json(name, file: file, line: line).arrayValue else {
            throw RecordDecodingError("\(name).json is not a JSON array")
        }
        let list = LenientList<Record>(elements)
        guard list.skipped == 0 else {
            throw RecordDecodingError("\(list.skipped) element(s) of \(name).json are not \(Record.self) records")
        }
        return list.items
    }

    /// Decodes a JSON literal written in a test.
    static func decode<Record: LenientDecodable>(_ type: Record.Type, literal: String) throws -> Record {
        try Record(json: value(literal))
    }

    static func value(_ literal: String) throws -> JSONValue {
        try JSONValue.parse(Data(literal.utf8))
    }
}
