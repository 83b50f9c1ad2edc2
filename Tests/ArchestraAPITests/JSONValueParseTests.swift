import Foundation
import XCTest
import ArchestraAPI

/// The fast parser gives exactly what decoding through `JSONDecoder` gives.
final class JSONValueParseTests: XCTestCase {
    func testKeepsBooleansNumbersAndNullsApart() throws {
        let value = try JSONValue.parse(Data(#"{"t":true,"f":false,"one":1,"zero":0,"half":0.5,"s":"x","n":null,"a":[1,"b",{}],"big":12345678901}"#.utf8))
        XCTAssertEqual(value["t"], .bool(true))
        XCTAssertEqual(value["f"], .bool(false))
        XCTAssertEqual(value["one"], .number(1))
        XCTAssertEqual(value["zero"], .number(0))
        XCTAssertEqual(value["half"], .number(0.5))
        XCTAssertEqual(value["s"], .string("x"))
        XCTAssertEqual(value["n"], .null)
        XCTAssertEqual(value["a"], .array([.number(1), .string("b"), .object([:])]))
        XCTAssertEqual(value["big"], .number(12_345_678_901))
    }

    func testEveryFixtureParsesLikeTheDecoder() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let data = try Data(contentsOf: file)
            XCTAssertEqual(try JSONValue.parse(data), try JSONDecoder().decode(JSONValue.self, from: data), file.lastPathComponent)
        }
    }

    func testFragmentsAndBadInput() {
        XCTAssertEqual(try JSONValue.parse(Data("\"just a string\"".utf8)), .string("just a string"))
        XCTAssertThrowsError(try JSONValue.parse(Data("{\"a\":".utf8)))
        XCTAssertThrowsError(try JSONValue.parse(Data()))
    }
}
