/// How wide a table column wants to be.
public enum ColumnWidth: Sendable, Equatable {
    /// Exactly `n` columns.
    case fixed(Int)
    /// At least `min` columns, plus a share of the spare space proportional to `weight`.
    case flexible(min: Int, weight: Int)

    /// The narrowest the column may be.
    public var minimum: Int {
        switch self {
        case .fixed(let n): return max(0, n)
        case .flexible(let n, _): return max(0, n)
        }
    }
}

/// One column of a `Table`.
public struct TableColumn: Sendable, Equatable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment
    /// Columns with the lowest priority are dropped first when the table is too narrow.
    public var priority: Int

    public init(title: String, width: ColumnWidth, alignment: Alignment = .left, priority: Int = 0) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.priority = priority
    }
}

/// One row of a `Table`.
public struct TableRow: Sendable, Equatable {
    public var cells: [String]
    /// Style of the whole row (e.g. `.stale` or `.muted`); nil for normal.
    public var style: CellStyle?
    /// Per-cell styles by column index, overriding the row style; the selection overrides both.
    public var cellStyles: [Int: CellStyle]

    public init(cells: [String], style: CellStyle? = nil, cellStyles: [Int: CellStyle] = [:]) {
        self.cells = cells
        self.style = style
        self.cellStyles = cellStyles
    }
}

/// A column placed by the table layout.
public struct PlacedColumn: Sendable, Equatable {
    /// Index into `Table.columns`.
    public var index: Int
    /// Offset from the table's left edge.
    public var x: Int
    public var width: Int

    public init(index: Int, x: Int, width: Int) {
        self.index = index
        self.x = x
        self.width = width
    }
}
