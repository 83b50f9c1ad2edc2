/// Folds the typographic characters of our own messages into ASCII for terminals without UTF-8.
enum AsciiText {
    private static let replacements: [Character: String] = [
        "—": "-", "–": "-", "…": "...", "≥": ">=", "≤": "<=", "·": "|", "▲": "^", "▼": "v",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "≈": "~", "⚠": "!", "●": "*", "×": "x", "’": "'", "“": "\"", "”": "\"", "↪": ">",
        "⇄": "<>",
    ]

    static func fold(_ text: String) -> String {
        var result = ""
        for character in text {
            if let replacement = replacements[character] {
                result += replacement
            } else {
                result.append(character)
            }
        }
        return result
    }
}
