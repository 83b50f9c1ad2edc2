import Foundation
import XCTest
import ArchestraAPI

/// The fast parser gives exactly what decoding through `JSONDecoder` gives.
final class JSONValueParseTests: XCTestCase {
    func testKeepsBooleansNumbersAndNullsApart() throws {
        let value = try JSONValue.parse(
            Data(#"{"t":true,"f":false,"one":1,"zero":0,"half":0.5,"s":"x","n":null,"a":[1,"b",{}],"big":12345678901}"#.utf8))
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

    func testARepeatedMemberNameKeepsItsLastValue() throws {
        let value = try JSONValue.parse(Data(#"{"name":"first","id":7,"name":"last","nested":{"a":1,"a":2}}"#.utf8))
        XCTAssertEqual(value["name"], .string("last"))
        XCTAssertEqual(value["id"], .number(7))
        XCTAssertEqual(value["nested"]?["a"], .number(2))
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
        XCTAssertEqual(try JSONValue.parse(Data(" -1.5e2 ".utf8)), .number(-150))
        for bad in [
            "{\"a\":", "", "[1,]", "{\"a\" 1}", "tru", "01x", "\"\\u12\"", "[1] 2", "\"a\u{01}\"", "{,}", "-", "1.", "1e", "01", "-01",
        ] {
            XCTAssertThrowsError(try JSONValue.parse(Data(bad.utf8)), bad)
        }
        XCTAssertThrowsError(try JSONValue.parse(Data("\"unterminated".utf8))) { error in
            XCTAssertEqual((error as? JSONParseError)?.reason, "unterminated string")
        }
    }

    func testEscapesAndUnicode() throws {
        let text = #""q\"b\\s\/n\n t\t u\u00e9 pair\ud83d\ude80 lone\ud800 客服 🚀""#
        XCTAssertEqual(try JSONValue.parse(Data(text.utf8)), .string("q\"b\\s/n\n t\t u\u{e9} pair\u{1F680} lone\u{FFFD} 客服 🚀"))
        XCTAssertEqual(try JSONValue.parse(Data(#""\u001b[2J""#.utf8)), .string("\u{1B}[2J"), "escapes arrive intact; the view sanitises")
    }

    func testALoneHighSurrogateKeepsTheCharacterAfterIt() throws {
        XCTAssertEqual(try JSONValue.parse(Data(#""\uD800\u0041""#.utf8)), .string("\u{FFFD}A"))
        XCTAssertEqual(
            try JSONValue.parse(Data(#""\uD800\uD83D\uDE80""#.utf8)), .string("\u{FFFD}\u{1F680}"),
            "a second high surrogate can still start a pair")
        XCTAssertEqual(try JSONValue.parse(Data(#""\uDBFFx""#.utf8)), .string("\u{FFFD}x"))
    }

    func testALoneLowSurrogateBecomesTheReplacementCharacter() throws {
        XCTAssertEqual(try JSONValue.parse(Data(#""\uDC00\u0041""#.utf8)), .string("\u{FFFD}A"))
        XCTAssertEqual(try JSONValue.parse(Data(#""a\uDFFF""#.utf8)), .string("a\u{FFFD}"))
    }

    func testNumbersOutsideTheGrammarAreRefused() {
        for bad in ["01", "-01", "00", "-012", "1.", ".5", "1e", "1e+", "+1", "-", "0x10", "1.5.2", "1e400", "-1e400"] {
            XCTAssertThrowsError(try JSONValue.parse(Data(bad.utf8)), bad)
        }
    }

    func testNumbersInsideTheGrammarKeepTheirValue() throws {
        let cases: [(String, Double)] = [
            ("0", 0), ("-0", 0), ("0.5", 0.5), ("-0.5", -0.5), ("10", 10), ("1e2", 100), ("1E-2", 0.01), ("0e0", 0),
            ("123456789012345", 123_456_789_012_345), ("1234567890123456789", 1_234_567_890_123_456_768),
            ("9007199254740993", 9_007_199_254_740_992), ("-42", -42),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try JSONValue.parse(Data(text.utf8)), .number(expected), text)
        }
        XCTAssertEqual(try JSONValue.parse(Data("-0".utf8)).doubleValue?.sign, .minus, "-0 keeps its sign")
    }

    func testDeepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONValue.parse(Data(deep.utf8)))
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        XCTAssertNoThrow(try JSONValue.parse(Data(fine.utf8)))
    }

    func testAgreesWithTheDecoderOnLargeGeneratedDocuments() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let data = try JSONEncoder().encode(value)
            XCTAssertEqual(try JSONValue.parse(data), try JSONDecoder().decode(JSONValue.self, from: data))
        }
    }

    static func randomValue(depth: Int, using generator: inout SystemRandomNumberGenerator) -> JSONValue {
        let kind = depth > 4 ? Int.random(in: 0...3, using: &generator) : Int.random(in: 0...5, using: &generator)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 100)
        case 3:
            return .string(
                String((0..<Int.random(in: 0...12, using: &generator)).map { _ in "aé\"\\客🚀\n/".randomElement(using: &generator) ?? "a" }))
        case 4: return .array((0..<Int.random(in: 0...6, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var members: [String: JSONValue] = [:]
            for index in 0..<Int.random(in: 0...6, using: &generator) {
                members["k\(index)"] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(members)
        }
    }
}
