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
                pieces.append(pieces.isEmpty ? current : continuation + current)
                current = ""
                used = 0
                limit = continuationWidth
            }
            current.append(character)
            used += cells
        }
        if !current.isEmpty { pieces.append(pieces.isEmpty ? current : continuation + current) }
        return pieces
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
