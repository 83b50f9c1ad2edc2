/// How many terminal columns text occupies.
///
/// Rules: East Asian Wide/Fullwidth and emoji-presentation characters take 2 columns;
/// a grapheme with an emoji variation selector (U+FE0F) takes 2; combining marks, zero-width
/// joiners and variation selectors add nothing to the grapheme they belong to; control
/// characters take 0 (the `Sanitizer` removes them before drawing anyway).
public enum DisplayWidth {
    /// Columns used by a whole string.
    public static func of(_ s: String) -> Int {
        if let ascii = asciiWidth(s) { return ascii }
        var total = 0
        for character in s { total += of(character) }
        return total
    }

    /// Columns used by one grapheme: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue { return isPrintableASCII(ascii) ? 1 : 0 }
        var base = 0
        var emojiPresentation = false
        for scalar in c.unicodeScalars {
            if scalar.value == 0xFE0F { emojiPresentation = true }
            if base == 0 { base = width(of: scalar) }
        }
        return emojiPresentation && base > 0 ? 2 : base
    }

    /// Columns used by a single code point, outside any grapheme context.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x7F { return 1 }
        // Box drawing, block elements and braille, which every frame's bars and charts are made of:
        // one column, without the Unicode property look-ups below.
        if isBoxBlockOrBraille(value) { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return WideCharacterTable.contains(value) ? 2 : 1
    }

    static func isBoxBlockOrBraille(_ value: UInt32) -> Bool {
        (0x2500...0x259F).contains(value) || (0x2800...0x28FF).contains(value)
    }

    /// Whether every scalar of `s` is printable ASCII or a box, block or braille character: each is then a
    /// grapheme of its own (none of them joins a neighbour), one column wide, with nothing to sanitise.
    static func isOneColumnPerScalar(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { (0x20..<0x7F).contains($0.value) || isBoxBlockOrBraille($0.value) }
    }

    /// Shortens `s` to at most `width` columns, ending in `ellipsis` when anything was cut.
    /// Never splits a wide character: the result may be one column narrower than `width`.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(of: ellipsis, fitting: width) }
        return prefix(of: s, fitting: width - ellipsisWidth) + ellipsis
    }

    /// Truncates `s` when too wide, then pads it with spaces to exactly `width` columns.
    public static func pad(_ s: String, to width: Int, alignment: Alignment, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(s, to: width, ellipsis: ellipsis)
        let gap = width - of(fitted)
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }

    /// The longest leading part of `s` that fits in `width` columns.
    public static func prefix(of s: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in s {
            let w = of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result
    }

    // MARK: - Private helpers

    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F
    }

    /// Width of an all-ASCII string without grapheme segmentation, or nil when not ASCII.
    private static func asciiWidth(_ s: String) -> Int? {
        var count = 0
        for byte in s.utf8 {
            if byte >= 0x80 { return nil }
            if isPrintableASCII(byte) { count += 1 }
        }
        return count
    }

    /// Marks and format characters that draw nothing by themselves.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants join the preceding leading consonant.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            // U+00AD SOFT HYPHEN is a format character that terminals still print.
            return value != 0xAD
        default:
            return false
        }
    }
}
