import TerminalUI

/// Folds a detail's long lines to the columns the screen has, measured in cells (a CJK character takes two),
/// the continuations marked "↪" and indented as the line they continue.
struct Folder: Sendable {
    /// Cells a line's text may take.
    let width: Int

    /// A line as pieces that each fit, the first as it starts.
    func pieces(_ line: String) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let continuation = indent + "↪ "
        let continuationWidth = max(10, width - DisplayWidth.of(continuation))
        var pieces: [String] = []
        var current = ""
        var used = 0
        var limit = width
        for character in line {
            let cells = DisplayWidth.of(character)
            if used + cells > limit, !current.isEmpty {
                let (piece, carried) = Self.breakAtSpace(current, carrying: continuationWidth / 2)
                pieces.append(pieces.isEmpty ? piece : continuation + piece)
                current = carried
                used = DisplayWidth.of(carried)
                limit = continuationWidth
            }
            current.append(character)
            used += cells
        }
        if !current.isEmpty { pieces.append(pieces.isEmpty ? current : continuation + current) }
        return pieces
    }

    /// A full piece broken after its last space, the word after it carried to the next line whole, when that
    /// word is short enough to carry (a long run without spaces, or CJK text, is cut where the line ends).
    static func breakAtSpace(_ text: String, carrying most: Int) -> (piece: String, carried: String) {
        guard let space = text.lastIndex(of: " ") else { return (text, "") }
        let head = text[...space]
        let tail = text[text.index(after: space)...]
        guard head.contains(where: { $0 != " " }), !tail.isEmpty, DisplayWidth.of(String(tail)) <= most else { return (text, "") }
        return (String(head), String(tail))
    }

    /// A key-value line whose value runs past the edge: the value continues on lines of its own below the key,
    /// one level deeper.
    func line(_ line: DetailLine) -> [DetailLine] {
        let indent = 2 * line.depth
        let keyWidth = line.key.isEmpty ? 0 : DisplayWidth.of(line.key) + 2
        guard indent + keyWidth + DisplayWidth.of(line.value) > width else { return [line] }
        let room = Folder(width: max(10, width - indent - keyWidth))
        let pieces = room.pieces(line.value)
        var first = line
        first.value = pieces.first ?? ""
        return [first]
            + pieces.dropFirst().map { piece in
                var next = line
                next.value = String(repeating: " ", count: keyWidth) + piece
                next.key = ""
                return next
            }
    }
}
