import ArchestraAPI

/// The `y_` cases of the JSONTestSuite: documents every parser must accept, with the value each gives.
enum JSONTestSuiteAccepted {
    static let arrays: [AcceptedJSONVector] = [
        .init("y_array_arraysWithSpaces", "[[]   ]", .array([.array([])])),
        .init("y_array_empty-string", #"[""]"#, .array([.string("")])),
        .init("y_array_empty", "[]", .array([])),
        .init("y_array_ending_with_newline", "[\"a\"]\n", .array([.string("a")])),
        .init("y_array_false", "[false]", .array([.bool(false)])),
        .init("y_array_heterogeneous", #"[null, 1, "1", {}]"#, .array([.null, .number(1), .string("1"), .object([:])])),
        .init("y_array_null", "[null]", .array([.null])),
        .init("y_array_with_1_and_newline", "[1\n]", .array([.number(1)])),
        .init("y_array_with_leading_space", " [1]", .array([.number(1)])),
        .init("y_array_with_several_null", "[1,null,null,null,2]", .array([.number(1), .null, .null, .null, .number(2)])),
        .init("y_array_with_trailing_space", "[2] ", .array([.number(2)])),
    ]

    static let numbers: [AcceptedJSONVector] = [
        .init("y_number", "[123e65]", .array([decimal("123e65")])),
        .init("y_number_0e+1", "[0e+1]", .array([.number(0)])),
        .init("y_number_0e1", "[0e1]", .array([.number(0)])),
        .init("y_number_after_space", "[ 4]", .array([.number(4)])),
        .init(
            "y_number_double_close_to_zero",
            "[-0.000000000000000000000000000000000000000000000000000000000000000000000000000001]\n",
            .array([decimal("-1e-78")])),
        .init("y_number_int_with_exp", "[20e1]", .array([.number(200)])),
        .init("y_number_minus_zero", "[-0]", .array([.number(-0.0)])),
        .init("y_number_negative_int", "[-123]", .array([.number(-123)])),
        .init("y_number_negative_one", "[-1]", .array([.number(-1)])),
        .init("y_number_negative_zero", "[-0]", .array([.number(0)])),
        .init("y_number_real_capital_e", "[1E22]", .array([decimal("1e22")])),
        .init("y_number_real_capital_e_neg_exp", "[1E-2]", .array([.number(0.01)])),
        .init("y_number_real_capital_e_pos_exp", "[1E+2]", .array([.number(100)])),
        .init("y_number_real_exponent", "[123e45]", .array([decimal("123e45")])),
        .init("y_number_real_fraction_exponent", "[123.456e78]", .array([decimal("123.456e78")])),
        .init("y_number_real_neg_exp", "[1e-2]", .array([.number(0.01)])),
        .init("y_number_real_pos_exponent", "[1e+2]", .array([.number(100)])),
        .init("y_number_simple_int", "[123]", .array([.number(123)])),
        .init("y_number_simple_real", "[123.456789]", .array([decimal("123.456789")])),
    ]

    static let objects: [AcceptedJSONVector] = [
        .init("y_object", #"{"asd":"sdf", "dfg":"fgh"}"#, .object(["asd": .string("sdf"), "dfg": .string("fgh")])),
        .init("y_object_basic", #"{"asd":"sdf"}"#, .object(["asd": .string("sdf")])),
        // Duplicate names: the last one wins (RFC 8259 leaves it open; this is what JavaScript does).
        .init("y_object_duplicated_key", #"{"a":"b","a":"c"}"#, .object(["a": .string("c")])),
        .init("y_object_duplicated_key_and_value", #"{"a":"b","a":"b"}"#, .object(["a": .string("b")])),
        .init("y_object_empty", "{}", .object([:])),
        .init("y_object_empty_key", #"{"":0}"#, .object(["": .number(0)])),
        .init("y_object_escaped_null_in_key", #"{"foo\u0000bar": 42}"#, .object(["foo\u{0}bar": .number(42)])),
        .init(
            "y_object_extreme_numbers", #"{ "min": -1.0e+28, "max": 1.0e+28 }"#,
            .object(["min": decimal("-1e28"), "max": decimal("1e28")])),
        .init(
            "y_object_long_strings",
            #"{"x":[{"id": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}], "id": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}"#,
            .object([
                "x": .array([.object(["id": .string(String(repeating: "x", count: 40))])]),
                "id": .string(String(repeating: "x", count: 40)),
            ])),
        .init("y_object_simple", #"{"a":[]}"#, .object(["a": .array([])])),
        .init(
            "y_object_string_unicode",
            #"{"title":"\u041f\u043e\u043b\u0442\u043e\u0440\u0430 \u0417\u0435\u043c\u043b\u0435\u043a\u043e\u043f\u0430" }"#,
            .object(["title": .string("Полтора Землекопа")])),
        .init("y_object_with_newlines", "{\n\"a\": \"b\"\n}", .object(["a": .string("b")])),
    ]

    static let strings: [AcceptedJSONVector] = [
        .init("y_string_1_2_3_bytes_UTF-8_sequences", #"["\u0060\u012a\u12AB"]"#, .array([.string("`\u{12A}\u{12AB}")])),
        .init("y_string_accepted_surrogate_pair", #"["\uD801\udc37"]"#, .array([.string("\u{10437}")])),
        .init("y_string_accepted_surrogate_pairs", #"["\ud83d\ude39\ud83d\udc8d"]"#, .array([.string("\u{1F639}\u{1F48D}")])),
        .init("y_string_allowed_escapes", #"["\"\\\/\b\f\n\r\t"]"#, .array([.string("\"\\/\u{8}\u{C}\n\r\t")])),
        .init("y_string_backslash_and_u_escaped_zero", #"["\\u0000"]"#, .array([.string(#"\u0000"#)])),
        .init("y_string_backslash_doublequotes", #"["\""]"#, .array([.string("\"")])),
        .init("y_string_comments", #"["a/*b*/c/*d//e"]"#, .array([.string("a/*b*/c/*d//e")])),
        .init("y_string_double_escape_a", #"["\\a"]"#, .array([.string(#"\a"#)])),
        .init("y_string_double_escape_n", #"["\\n"]"#, .array([.string(#"\n"#)])),
        .init("y_string_escaped_control_character", #"["\u0012"]"#, .array([.string("\u{12}")])),
        .init("y_string_escaped_noncharacter", #"["\uFFFF"]"#, .array([.string(scalar(0xFFFF))])),
        .init("y_string_in_array", #"["asd"]"#, .array([.string("asd")])),
        .init("y_string_in_array_with_leading_space", #"[ "asd"]"#, .array([.string("asd")])),
        .init("y_string_last_surrogates_1_and_2", #"["\uDBFF\uDFFF"]"#, .array([.string(scalar(0x10FFFF))])),
        .init("y_string_nbsp_uescaped", #"["new\u00A0line"]"#, .array([.string("new\u{A0}line")])),
        .init(
            "y_string_nonCharacterInUTF-8_U+10FFFF", bytes: utf8(#"["@"]"#, with: [0xF4, 0x8F, 0xBF, 0xBF]),
            .array([.string(scalar(0x10FFFF))])),
        .init("y_string_nonCharacterInUTF-8_U+FFFF", bytes: utf8(#"["@"]"#, with: [0xEF, 0xBF, 0xBF]), .array([.string(scalar(0xFFFF))])),
        .init("y_string_null_escape", #"["\u0000"]"#, .array([.string("\u{0}")])),
        .init("y_string_one-byte-utf-8", #"["\u002c"]"#, .array([.string(",")])),
        .init("y_string_pi", #"["π"]"#, .array([.string("π")])),
        .init(
            "y_string_reservedCharacterInUTF-8_U+1BFFF", bytes: utf8(#"["@"]"#, with: [0xF0, 0x9B, 0xBF, 0xBF]),
            .array([.string(scalar(0x1BFFF))])),
        .init("y_string_simple_ascii", #"["asd "]"#, .array([.string("asd ")])),
        .init("y_string_space", #"" ""#, .string(" ")),
        .init("y_string_surrogates_U+1D11E_MUSICAL_SYMBOL_G_CLEF", #"["\uD834\uDd1e"]"#, .array([.string("\u{1D11E}")])),
        .init("y_string_three-byte-utf-8", #"["\u0821"]"#, .array([.string("\u{821}")])),
        .init("y_string_two-byte-utf-8", #"["\u0123"]"#, .array([.string("\u{123}")])),
        .init("y_string_u+2028_line_sep", "[\"\u{2028}\"]", .array([.string("\u{2028}")])),
        .init("y_string_u+2029_par_sep", "[\"\u{2029}\"]", .array([.string("\u{2029}")])),
        .init("y_string_uEscape", #"["\u0061\u30af\u30EA\u30b9"]"#, .array([.string("aクリス")])),
        .init("y_string_uescaped_newline", #"["new\u000Aline"]"#, .array([.string("new\nline")])),
        .init("y_string_unescaped_char_delete", "[\"\u{7F}\"]", .array([.string("\u{7F}")])),
        .init("y_string_unicode", #"["\uA66D"]"#, .array([.string("\u{A66D}")])),
        .init("y_string_unicodeEscapedBackslash", #"["\u005C"]"#, .array([.string("\\")])),
        .init("y_string_unicode_2", #"["⍂㈴⍂"]"#, .array([.string("⍂㈴⍂")])),
        .init("y_string_unicode_U+10FFFE_nonchar", #"["\uDBFF\uDFFE"]"#, .array([.string(scalar(0x10FFFE))])),
        .init("y_string_unicode_U+1FFFE_nonchar", #"["\uD83F\uDFFE"]"#, .array([.string(scalar(0x1FFFE))])),
        .init("y_string_unicode_U+200B_ZERO_WIDTH_SPACE", #"["\u200B"]"#, .array([.string("\u{200B}")])),
        .init("y_string_unicode_U+2064_invisible_plus", #"["\u2064"]"#, .array([.string("\u{2064}")])),
        .init("y_string_unicode_U+FDD0_nonchar", #"["\uFDD0"]"#, .array([.string(scalar(0xFDD0))])),
        .init("y_string_unicode_U+FFFE_nonchar", #"["\uFFFE"]"#, .array([.string(scalar(0xFFFE))])),
        .init("y_string_unicode_escaped_double_quote", #"["\u0022"]"#, .array([.string("\"")])),
        .init("y_string_utf8", #"["€𝄞"]"#, .array([.string("€𝄞")])),
        .init("y_string_with_del_character", "[\"a\u{7F}a\"]", .array([.string("a\u{7F}a")])),
    ]

    static let structure: [AcceptedJSONVector] = [
        .init("y_structure_lonely_false", "false", .bool(false)),
        .init("y_structure_lonely_int", "42", .number(42)),
        .init("y_structure_lonely_negative_real", "-0.1", decimal("-0.1")),
        .init("y_structure_lonely_null", "null", .null),
        .init("y_structure_lonely_string", #""asd""#, .string("asd")),
        .init("y_structure_lonely_true", "true", .bool(true)),
        .init("y_structure_string_empty", #""""#, .string("")),
        .init("y_structure_trailing_newline", "[\"a\"]\n", .array([.string("a")])),
        .init("y_structure_true_in_array", "[true]", .array([.bool(true)])),
        .init("y_structure_whitespace_array", " [] ", .array([])),
    ]

    static let all: [AcceptedJSONVector] = arrays + numbers + objects + strings + structure
}
