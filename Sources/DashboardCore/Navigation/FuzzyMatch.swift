/// k9s-style fuzzy matching: every query character appears in the word, in order. Runs of
/// consecutive characters and matches at the start of the word score higher.
enum FuzzyMatch {
    /// The score of `query` in `word` and the matched character offsets; nil when some query
    /// character is missing. Case-insensitive.
    static func score(_ query: String, in word: String) -> (score: Int, matched: [Int])? {
        let needle = Array(query.lowercased())
        let haystack = Array(word.lowercased())
        guard !needle.isEmpty else { return (0, []) }
        var matched: [Int] = []
        var score = 0
        var from = 0
        for character in needle {
            guard let index = haystack[from...].firstIndex(of: character) else { return nil }
            if index == 0 { score += 8 }
            if let previous = matched.last, previous == index - 1 { score += 5 }
            // A gap costs a little, so "lim" in "limits" beats "lim" spread over a long word.
            score += 1 - min(3, index - from)
            matched.append(index)
            from = index + 1
        }
        return (score, matched)
    }
}
