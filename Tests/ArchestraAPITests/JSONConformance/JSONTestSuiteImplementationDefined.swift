import ArchestraAPI

/// The `i_` cases of the JSONTestSuite, where RFC 8259 lets each parser choose, with the choice this one makes.
///
/// * A surrogate escape without its partner becomes U+FFFD, and what follows it is read on its own.
/// * Invalid UTF-8 inside a string becomes U+FFFD (one per maximal ill-formed subsequence, as Swift's
///   decoder repairs it); outside a string it is refused like any other unexpected byte.
/// * Numbers too large for a `Double` are refused; numbers too small become 0; long integers are rounded.
/// * A byte-order mark is refused (servers never send one), and so is UTF-16.
/// * 500 nested arrays are accepted (the limit is 512).
enum JSONTestSuiteImplementationDefined {
    enum Outcome: Sendable {
        case accepted(JSONValue)
        case rejected
    }

    struct Case: Sendable {
        var vector: JSONTestVector
        var outcome: Outcome

        init(_ name: String, _ text: String, _ outcome: Outcome) {
            vector = JSONTestVector(name, text)
            self.outcome = outcome
        }

        init(_ name: String, bytes: [UInt8], _ outcome: Outcome) {
            vector = JSONTestVector(name, bytes: bytes)
            self.outcome = outcome
        }
    }

    private static func string(_ text: String) -> Outcome { .accepted(.array([.string(text)])) }
    private static let replacement = "\u{FFFD}"

    static let surrogates: [Case] = [
        .init("i_object_key_lone_2nd_surrogate", #"{"\uDFAA":0}"#, .accepted(.object([replacement: .number(0)]))),
        .init("i_string_1st_surrogate_but_2nd_missing", #"["\uDADA"]"#, string(replacement)),
        .init("i_string_1st_valid_surrogate_2nd_invalid", #"["\uD888\u1234"]"#, string(replacement + "\u{1234}")),
        .init("i_string_incomplete_surrogate_and_escape_valid", #"["\uD800\n"]"#, string(replacement + "\n")),
        .init("i_string_incomplete_surrogate_pair", #"["\uDd1ea"]"#, string(replacement + "a")),
        .init("i_string_incomplete_surrogates_escape_valid", #"["\uD800\uD800\n"]"#, string(replacement + replacement + "\n")),
        .init("i_string_invalid_lonely_surrogate", #"["\ud800"]"#, string(replacement)),
        .init("i_string_invalid_surrogate", #"["\ud800abc"]"#, string(replacement + "abc")),
        .init("i_string_inverted_surrogates_U+1D11E", #"["\uDd1e\uD834"]"#, string(replacement + replacement)),
        .init("i_string_lone_second_surrogate", #"["\uDFAA"]"#, string(replacement)),
    ]

    static let invalidUTF8InStrings: [Case] = [
        .init("i_string_UTF-8_invalid_sequence", bytes: utf8(#"["日ш@"]"#, with: [0xFA]), string("日ш" + replacement)),
        .init(
            "i_string_UTF8_surrogate_U+D800", bytes: utf8(#"["@"]"#, with: [0xED, 0xA0, 0x80]),
            string(String(repeating: replacement, count: 3))),
        .init("i_string_invalid_utf-8", bytes: utf8(#"["@"]"#, with: [0xFF]), string(replacement)),
        .init("i_string_iso_latin_1", bytes: utf8(#"["@"]"#, with: [0xE9]), string(replacement)),
        .init("i_string_lone_utf8_continuation_byte", bytes: utf8(#"["@"]"#, with: [0x81]), string(replacement)),
        .init(
            "i_string_not_in_unicode_range", bytes: utf8(#"["@"]"#, with: [0xF4, 0xBF, 0xBF, 0xBF]),
            string(String(repeating: replacement, count: 4))),
        .init(
            "i_string_overlong_sequence_2_bytes", bytes: utf8(#"["@"]"#, with: [0xC0, 0xAF]),
            string(String(repeating: replacement, count: 2))),
        .init(
            "i_string_overlong_sequence_6_bytes", bytes: utf8(#"["@"]"#, with: [0xFC, 0x83, 0xBF, 0xBF, 0xBF, 0xBF]),
            string(String(repeating: replacement, count: 6))),
        .init(
            "i_string_overlong_sequence_6_bytes_null", bytes: utf8(#"["@"]"#, with: [0xFC, 0x80, 0x80, 0x80, 0x80, 0x80]),
            string(String(repeating: replacement, count: 6))),
        .init(
            "i_string_truncated-utf-8", bytes: utf8(#"["@"]"#, with: [0xE0, 0xFF]),
            string(String(repeating: replacement, count: 2))),
    ]

    static let numbers: [Case] = [
        .init("i_number_double_huge_neg_exp", "[123.456e-789]", .accepted(.array([.number(0)]))),
        // The suite's exponent is a run of several hundred nines; a shorter run is just as far out of range.
        .init("i_number_huge_exp", "[0.4e0066" + String(repeating: "9", count: 300) + "69999999006]", .rejected),
        .init("i_number_neg_int_huge_exp", "[-1e+9999]", .rejected),
        .init("i_number_pos_double_huge_exp", "[1.5e+9999]", .rejected),
        .init("i_number_real_neg_overflow", "[-123123e100000]", .rejected),
        .init("i_number_real_pos_overflow", "[123123e100000]", .rejected),
        .init("i_number_real_underflow", "[123e-10000000]", .accepted(.array([.number(0)]))),
        .init(
            "i_number_too_big_neg_int", "[-123123123123123123123123123123]", .accepted(.array([decimal("-123123123123123123123123123123")]))
        ),
        .init("i_number_too_big_pos_int", "[100000000000000000000]", .accepted(.array([.number(1e20)]))),
        .init(
            "i_number_very_big_negative_int", "[-237462374673276894279832749832423479823246327846]",
            .accepted(.array([decimal("-237462374673276894279832749832423479823246327846")]))),
    ]

    static let encodingAndStructure: [Case] = [
        .init("i_string_UTF-16LE_with_BOM", bytes: [0xFF, 0xFE, 0x5B, 0x00, 0x22, 0x00, 0xE9, 0x00, 0x22, 0x00, 0x5D, 0x00], .rejected),
        .init("i_string_utf16BE_no_BOM", bytes: [0x00, 0x5B, 0x00, 0x22, 0x00, 0xE9, 0x00, 0x22, 0x00, 0x5D], .rejected),
        .init("i_string_utf16LE_no_BOM", bytes: [0x5B, 0x00, 0x22, 0x00, 0xE9, 0x00, 0x22, 0x00, 0x5D, 0x00], .rejected),
        .init("i_structure_UTF-8_BOM_empty_object", bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8), .rejected),
        .init(
            "i_structure_500_nested_arrays", String(repeating: "[", count: 500) + String(repeating: "]", count: 500),
            .accepted(nested(500))),
    ]

    static let all: [Case] = surrogates + invalidUTF8InStrings + numbers + encodingAndStructure

    private static func nested(_ depth: Int) -> JSONValue {
        var value = JSONValue.array([])
        for _ in 1..<depth { value = .array([value]) }
        return value
    }
}
