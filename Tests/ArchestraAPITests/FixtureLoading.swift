import Foundation
import XCTest
@testable import ArchestraAPI

/// Reads the example payloads copied from the API contract.
enum Fixture {
    static func data(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            "missing fixture \(name).json", file: file, line: line
        )
        return try Data(contentsOf: url)
    }

    static func json(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data(name, file: file, line: line))
    }

    static func decode<T: Decodable>(_ type: T.Type, from name: String, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        try JSONDecoder().decode(T.self, from: data(name, file: file, line: line))
    }

    /// Decodes a JSON literal written in a test.
    static func decode<T: Decodable>(_ type: T.Type, literal: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(literal.utf8))
    }

    static func value(_ literal: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(literal.utf8))
    }
}
