extension StringProtocol {
    /// The text without leading and trailing whitespace (line breaks included), by the standard
    /// library's character properties. Used on paths run every poll and every frame: Foundation's
    /// `trimmingCharacters(in:)` builds a character set on each call and cost as much as the rest of
    /// a usage limit's figures.
    public var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
