/// Text a non-UTF-8 terminal cannot show (CJK, emoji, accents) drawn as `?`, one per column, so
/// the locale never turns it into raw bytes and columns stay aligned.
public enum ASCIIPlaceholders {
    public static let placeholder: Character = "?"

    public static func replacing(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                result.append(character)
            } else {
                result += String(repeating: placeholder, count: DisplayWidth.of(character))
            }
        }
        return result
    }
}
