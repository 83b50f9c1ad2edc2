/// The filter's test: does a cell contain the (lower-cased) filter text, ignoring case?
///
/// Gives the same answer as `text.lowercased().contains(needle)`, but when both are plain ASCII
/// (most cells) it compares bytes in place instead of lower-casing a copy and searching it by
/// Characters, which took 2 s over 100 000 rows (Benchmarks/README.md). Anything else takes the
/// `lowercased()` path.
enum CaseInsensitiveMatch {
    static func contains(_ text: String, lowercasedNeedle needle: String) -> Bool {
        // As `String.contains` answers for an empty needle (the table never asks: no filter, no test).
        if needle.isEmpty { return false }
        var text = text
        var needle = needle
        let fast: Bool? = needle.withUTF8 { needleBytes in
            text.withUTF8 { textBytes in asciiContains(textBytes, needleBytes) }
        }
        return fast ?? text.lowercased().contains(needle)
    }

    /// nil when either side holds a byte outside printable ASCII and tab (where one Character may span
    /// several bytes, "\r\n" among them); otherwise whether `text`, lower-cased, contains `needle`.
    private static func asciiContains(_ text: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard needle.allSatisfy(isPlain), text.allSatisfy(isPlain) else { return nil }
        guard text.count >= needle.count else { return false }
        for start in 0...(text.count - needle.count) {
            var offset = 0
            while offset < needle.count, lower(text[start + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    private static func isPlain(_ byte: UInt8) -> Bool { byte == 0x09 || (0x20...0x7E).contains(byte) }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
