/// What `ScreenBuffer.put` does with text that does not fit.
public enum Overflow: Sendable {
    /// Show the ellipsis glyph in the last column.
    case ellipsis
    /// Just cut it off (for borders, bars and charts).
    case clip
}

/// An off-screen grid of cells that the whole UI renders into.
///
/// Drawing never fails and never writes outside the grid: everything is clipped. A wide
/// character is never split; overwriting half of one blanks the other half.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A blank buffer; negative sizes are treated as 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; `.blank` outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        contains(x: x, y: y) ? cells[y * width + x] : .blank
    }

    /// Which columns of row `y` differ from the same row of `old` (a buffer of the same size); nil
    /// when none do, as for most rows a second later. Compared in place: going through slices and
    /// `zip` copied every cell, with its text, twice per frame.
    func changedColumns(ofRow y: Int, since old: ScreenBuffer) -> [Bool]? {
        let start = y * width
        return cells.withUnsafeBufferPointer { current in
            old.cells.withUnsafeBufferPointer { before -> [Bool]? in
                guard let first = (start..<(start + width)).first(where: { current[$0] != before[$0] }) else { return nil }
                var changed = [Bool](repeating: false, count: width)
                for column in (first - start)..<width where current[start + column] != before[start + column] {
                    changed[column] = true
                }
                return changed
            }
        }
    }

    /// Draws sanitised text at (x, y), clipped to `maxWidth` columns (default: up to the
    /// right edge) and to the buffer; returns the number of columns drawn.
    ///
    /// Text is measured by display width. When it does not fit, the last column shows the
    /// ellipsis glyph (unless `overflow` is `.clip`, for lines and bars); a wide character
    /// that would straddle the limit becomes a space.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, maxWidth: Int? = nil,
        style: CellStyle = .init(), glyphs: GlyphSet = .unicode,
        overflow: Overflow = .ellipsis
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = maxWidth ?? (width - x)
        let end = min(width, x + max(0, limit))
        let start = max(0, x)
        guard end > start else { return 0 }

        // Printable ASCII, most of what a frame draws, has nothing to clean or replace and takes one
        // column a byte: no grapheme breaking or width look-ups for it.
        let printableASCII = Sanitizer.isPlainPrintableASCII(text)
        // Bars, gauges and charts: one grapheme and one column a scalar, without grapheme breaking.
        let oneColumnScalars = !printableASCII && !glyphs.isASCIIOnly && DisplayWidth.isOneColumnPerScalar(text)
        var clean = text
        if !printableASCII && !oneColumnScalars {
            clean = Sanitizer.clean(text)
            if glyphs.isASCIIOnly { clean = ASCIIPlaceholders.replacing(clean) }
        }
        let textWidth = printableASCII ? text.utf8.count : oneColumnScalars ? text.unicodeScalars.count : DisplayWidth.of(clean)
        let truncated = x + textWidth > end
        let marksTruncation = truncated && overflow == .ellipsis
        let contentEnd = marksTruncation ? end - 1 : end
        var column = x
        if printableASCII {
            for byte in text.utf8 {
                if column + 1 > contentEnd { break }
                write(Character(Unicode.Scalar(byte)), width: 1, x: column, y: y, style: style)
                column += 1
            }
        } else if oneColumnScalars {
            for scalar in text.unicodeScalars {
                if column + 1 > contentEnd { break }
                write(Character(scalar), width: 1, x: column, y: y, style: style)
                column += 1
            }
        } else {
            for character in clean {
                let characterWidth = DisplayWidth.of(character)
                if characterWidth == 0 { continue }
                if column + characterWidth > contentEnd { break }
                write(character, width: characterWidth, x: column, y: y, style: style)
                column += characterWidth
            }
        }
        if truncated {
            while column < contentEnd {
                writeSpace(x: column, y: y, style: style)
                column += 1
            }
            if marksTruncation {
                setCell(Cell(text: glyphs.ellipsis, width: 1, style: style), x: end - 1, y: y)
            }
            column = end
        }
        return max(0, column - start)
    }

    /// Fills a rectangle (clipped) with one narrow character.
    /// A character that is not exactly one column wide fills with spaces instead.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle = .init()) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let clean = Sanitizer.clean(String(character))
        let text = DisplayWidth.of(clean) == 1 && clean.count == 1 ? clean : " "
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                setCell(Cell(text: text, width: 1, style: style), x: column, y: row)
            }
        }
    }

    /// Changes the style of every cell in a rectangle (clipped), keeping the text;
    /// e.g. to highlight a selected row.
    public mutating func setStyle(_ rect: Rect, style: CellStyle) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = style
            }
            // Keep both halves of a wide character cut by the rectangle's edges alike.
            if cells[row * width + area.x].isWideContinuation, area.x > 0 {
                cells[row * width + area.x - 1].style = style
            }
            if cells[row * width + area.maxX - 1].width == 2, area.maxX < width {
                cells[row * width + area.maxX].style = style
            }
        }
    }

    /// Adds attributes to every cell in a rectangle (clipped), keeping text and role.
    public mutating func addAttributes(_ attributes: TextAttributes, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style.attributes.formUnion(attributes)
            }
        }
    }

    // MARK: - Cell writing

    private func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    private mutating func write(_ character: Character, width characterWidth: Int, x: Int, y: Int, style: CellStyle) {
        if characterWidth == 2 {
            // Partly off the left or right edge: show the visible half as a space.
            guard x >= 0, x + 1 < width else {
                writeSpace(x: x, y: y, style: style)
                writeSpace(x: x + 1, y: y, style: style)
                return
            }
            setCell(Cell(text: String(character), width: 2, style: style), x: x, y: y)
            setCell(Cell(text: "", width: 0, style: style), x: x + 1, y: y)
        } else {
            setCell(Cell(text: String(character), width: 1, style: style), x: x, y: y)
        }
    }

    private mutating func writeSpace(x: Int, y: Int, style: CellStyle) {
        setCell(Cell(text: " ", width: 1, style: style), x: x, y: y)
    }

    /// Stores a cell, first blanking the other half of any wide character it breaks.
    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isWideContinuation, x > 0, !cell.isWideContinuation {
            cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style)
        }
        if old.width == 2, x + 1 < width {
            cells[index + 1] = Cell(text: " ", width: 1, style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
