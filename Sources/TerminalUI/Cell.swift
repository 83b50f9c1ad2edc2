/// One column of a `ScreenBuffer`.
///
/// A wide character occupies two cells: the left one holds the grapheme with `width == 2`,
/// the right one holds `""` with `width == 0`.
public struct Cell: Sendable, Hashable {
    /// One grapheme, or `""` for the right half of a wide character.
    public var text: String
    /// Display width of `text`: 1, 2, or 0 for the right half of a wide character.
    public var width: Int
    public var style: CellStyle

    public init(text: String, width: Int, style: CellStyle = .init()) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in the normal style.
    public static let blank = Cell(text: " ", width: 1)

    /// True for the placeholder right half of a wide character.
    public var isWideContinuation: Bool { width == 0 }
}
