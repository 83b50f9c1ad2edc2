/// A rectangle of cells; `x`/`y` is the top-left corner.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `amount` on every side (never negative).
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// The rectangle shrunk by `horizontal` on left and right and `vertical` on top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(
            x: x + horizontal, y: y + vertical,
            width: max(0, width - 2 * horizontal), height: max(0, height - 2 * vertical))
    }

    /// Splits off the top `rows` rows (clamped); returns (top, rest).
    public func splitTop(rows: Int) -> (Rect, Rect) {
        let taken = min(max(0, rows), max(0, height))
        return (
            Rect(x: x, y: y, width: width, height: taken),
            Rect(x: x, y: y + taken, width: width, height: max(0, height - taken))
        )
    }

    /// Splits off the bottom `rows` rows (clamped); returns (rest, bottom).
    public func splitBottom(rows: Int) -> (Rect, Rect) {
        let (top, bottom) = splitTop(rows: max(0, height) - min(max(0, rows), max(0, height)))
        return (top, bottom)
    }

    /// Splits off the left `columns` columns (clamped); returns (left, rest).
    public func splitLeft(columns: Int) -> (Rect, Rect) {
        let taken = min(max(0, columns), max(0, width))
        return (
            Rect(x: x, y: y, width: taken, height: height),
            Rect(x: x + taken, y: y, width: max(0, width - taken), height: height)
        )
    }

    /// Splits off the right `columns` columns (clamped); returns (rest, right).
    public func splitRight(columns: Int) -> (Rect, Rect) {
        splitLeft(columns: max(0, width) - min(max(0, columns), max(0, width)))
    }

    /// The overlap of two rectangles (empty, with zero size, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    /// A rectangle of the given size centred in this one, clipped to it.
    public func centered(width w: Int, height h: Int) -> Rect {
        let clampedWidth = min(max(0, w), max(0, width))
        let clampedHeight = min(max(0, h), max(0, height))
        return Rect(
            x: x + (max(0, width) - clampedWidth) / 2, y: y + (max(0, height) - clampedHeight) / 2,
            width: clampedWidth, height: clampedHeight)
    }
}
