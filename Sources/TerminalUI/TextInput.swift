/// The editing state of a one-line text field: text plus a cursor, changed by key actions.
/// Pure value logic; `TextField` draws it.
public struct TextInput: Sendable, Equatable {
    public private(set) var text: String
    /// Cursor position in characters, `0...text.count`.
    public private(set) var cursor: Int
    /// Longest accepted text in characters; nil for no limit.
    public var maxLength: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        let clean = TextInput.singleLine(text)
        self.text = maxLength.map { String(clean.prefix(max(0, $0))) } ?? clean
        self.maxLength = maxLength
        cursor = self.text.count
    }

    /// Inserts typed or pasted text at the cursor; controls are removed and line breaks
    /// become spaces, so a paste can never inject escape sequences.
    public mutating func insert(_ typed: String) {
        var clean = TextInput.singleLine(typed)
        if let maxLength {
            clean = String(clean.prefix(max(0, maxLength - text.count)))
        }
        guard !clean.isEmpty else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        let countBefore = text.count
        text.insert(contentsOf: clean, at: index)
        // Inserting may merge graphemes (e.g. a combining accent), so measure the change.
        cursor = min(text.count, cursor + (text.count - countBefore))
    }

    /// Deletes the character before the cursor (Backspace).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        let index = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: index)
        cursor -= 1
    }

    /// Deletes the character under the cursor (Delete).
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    /// Deletes back to the start of the previous word (Ctrl-W).
    public mutating func deleteWordBackward() {
        let characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        text = String(characters[..<start]) + String(characters[cursor...])
        cursor = start
    }

    /// Removes everything (Ctrl-U).
    public mutating func clear() {
        text = ""
        cursor = 0
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = text.count }

    /// The part of `displayed` (the text as shown, e.g. masked) visible in `width` columns,
    /// scrolled so that the cursor stays visible, and the cursor's column in it.
    public func visiblePart(of displayed: String, width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let characters = Array(displayed)
        let cursorIndex = min(cursor, characters.count)
        // Scroll right just far enough that the cursor cell itself fits.
        var start = 0
        var widthBeforeCursor = characters[..<cursorIndex].reduce(0) { $0 + DisplayWidth.of($1) }
        while start < cursorIndex, widthBeforeCursor > width - 1 {
            widthBeforeCursor -= DisplayWidth.of(characters[start])
            start += 1
        }
        let visible = DisplayWidth.prefix(of: String(characters[start...]), fitting: width)
        return (visible, widthBeforeCursor)
    }

    private static func singleLine(_ text: String) -> String {
        Sanitizer.clean(text)
    }
}
