/// A data table with a header row, selection, scrolling, a sort indicator and columns that
/// drop out by priority when space is short.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    public var selectedIndex: Int?
    /// The first visible row; adjusted while drawing so that the selection stays visible.
    public var scrollOffset: Int
    public var sortColumn: Int?
    public var sortAscending: Bool
    /// Shown under the header when there are no rows.
    public var emptyMessage: String
    /// Blank columns between neighbouring columns.
    public var columnGap: Int

    public init(
        columns: [TableColumn], rows: [TableRow] = [], selectedIndex: Int? = nil, scrollOffset: Int = 0,
        sortColumn: Int? = nil, sortAscending: Bool = true, emptyMessage: String = "No items",
        columnGap: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.emptyMessage = emptyMessage
        self.columnGap = max(0, columnGap)
    }

    /// Body rows that fit in a rectangle of the given height (one row goes to the header).
    public static func visibleRowCount(height: Int) -> Int {
        max(0, height - 1)
    }

    /// The first row drawn in a rectangle of the given height.
    public func firstVisibleRow(height: Int) -> Int {
        TableViewport.firstVisibleRow(
            selected: selectedIndex, current: scrollOffset,
            visibleRows: Self.visibleRowCount(height: height), rowCount: rows.count)
    }

    /// Which columns are shown at `width`, where, and how wide.
    ///
    /// Columns with the lowest priority (the rightmost among equals) are dropped until the
    /// minimum widths fit. Spare space then goes by need: each flexible column first gets what its
    /// title and the rows' cells need beyond its minimum (when there is not enough for all, the
    /// smallest needs are met first and the rest is shared evenly), and only what is left over goes
    /// by weight. A lone column that is still too wide is cut to the available width.
    public func layout(width: Int) -> [PlacedColumn] {
        guard width > 0, !columns.isEmpty else { return [] }
        var kept = Array(columns.indices)
        func required(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + columns[$1].width.minimum } + columnGap * max(0, indices.count - 1)
        }
        while kept.count > 1, required(kept) > width {
            guard
                let victim = kept.enumerated().min(by: { lhs, rhs in
                    let left = columns[lhs.element].priority
                    let right = columns[rhs.element].priority
                    return left != right ? left < right : lhs.offset > rhs.offset
                })
            else { break }
            kept.remove(at: victim.offset)
        }
        var widths = kept.map { min(columns[$0].width.minimum, width) }
        let spare = width - required(kept)
        let given = shareByNeed(spare, over: kept, into: &widths)
        distributeByWeight(spare - given, over: kept, into: &widths)

        var placed: [PlacedColumn] = []
        var x = 0
        for (position, index) in kept.enumerated() {
            let columnWidth = min(widths[position], max(0, width - x))
            placed.append(PlacedColumn(index: index, x: x, width: columnWidth))
            x += columnWidth + columnGap
        }
        return placed
    }

    /// The width a column's title and cells take, with the sort arrow where it is drawn.
    private func contentWidth(of index: Int) -> Int {
        var widest = DisplayWidth.of(columns[index].title) + (sortColumn == index ? 2 : 0)
        for row in rows where index < row.cells.count {
            widest = max(widest, DisplayWidth.of(row.cells[index]))
        }
        return widest
    }

    /// Gives flexible columns what their content needs beyond their width, smallest needs first, as far as
    /// `spare` goes (a name of 60 columns cannot starve a column that needs three); returns what was given.
    private func shareByNeed(_ spare: Int, over kept: [Int], into widths: inout [Int]) -> Int {
        guard spare > 0 else { return 0 }
        var needs: [(position: Int, need: Int)] = []
        for (position, index) in kept.enumerated() {
            guard case .flexible = columns[index].width else { continue }
            let need = contentWidth(of: index) - widths[position]
            if need > 0 { needs.append((position, need)) }
        }
        needs.sort { $0.need < $1.need }
        var gave = [Int](repeating: 0, count: needs.count)
        var left = spare
        for order in needs.indices {
            gave[order] = min(needs[order].need, left / (needs.count - order))
            left -= gave[order]
        }
        // Integer shares leave a few columns over: one each to the columns still short, biggest need first.
        for order in needs.indices.reversed() where left > 0 && gave[order] < needs[order].need {
            gave[order] += 1
            left -= 1
        }
        for order in needs.indices { widths[needs[order].position] += gave[order] }
        return spare - left
    }

    private func distributeByWeight(_ spare: Int, over kept: [Int], into widths: inout [Int]) {
        guard spare > 0 else { return }
        let weights = kept.map { index -> Int in
            if case .flexible(_, let weight) = columns[index].width { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return }
        var given = 0
        for position in kept.indices {
            let share = spare * weights[position] / totalWeight
            widths[position] += share
            given += share
        }
        // Rounding leftovers go to the last flexible column so the table fills the width.
        if let last = weights.lastIndex(where: { $0 > 0 }) {
            widths[last] += spare - given
        }
    }

    /// Draws header and visible rows into `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let placed = layout(width: rect.width)
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: CellStyle(.header))
        for column in placed {
            buffer.put(
                headerTitle(for: column, glyphs: glyphs), x: rect.x + column.x, y: rect.y,
                maxWidth: column.width, style: CellStyle(.header), glyphs: glyphs)
        }
        let bodyHeight = Self.visibleRowCount(height: rect.height)
        guard bodyHeight > 0 else { return }
        guard !rows.isEmpty else {
            let message = DisplayWidth.pad(emptyMessage, to: rect.width, alignment: .center, ellipsis: glyphs.ellipsis)
            buffer.put(message, x: rect.x, y: rect.y + 1, maxWidth: rect.width, style: CellStyle(.muted), glyphs: glyphs)
            return
        }
        let first = firstVisibleRow(height: rect.height)
        for line in 0..<min(bodyHeight, rows.count - first) {
            drawRow(first + line, placed: placed, y: rect.y + 1 + line, rect: rect, buffer: &buffer, glyphs: glyphs)
        }
    }

    private func headerTitle(for column: PlacedColumn, glyphs: GlyphSet) -> String {
        let spec = columns[column.index]
        guard sortColumn == column.index, column.width >= 2 else {
            return DisplayWidth.pad(spec.title, to: column.width, alignment: spec.alignment, ellipsis: glyphs.ellipsis)
        }
        // Keep the arrow visible even when the title itself must be cut.
        let arrow = sortAscending ? glyphs.arrowUp : glyphs.arrowDown
        let titleRoom = column.width - DisplayWidth.of(arrow)
        let title =
            DisplayWidth.of(spec.title) + 1 <= titleRoom
            ? spec.title + " " : DisplayWidth.truncate(spec.title, to: titleRoom, ellipsis: glyphs.ellipsis)
        return DisplayWidth.pad(title + arrow, to: column.width, alignment: spec.alignment, ellipsis: glyphs.ellipsis)
    }

    private func drawRow(
        _ index: Int, placed: [PlacedColumn], y: Int, rect: Rect,
        buffer: inout ScreenBuffer, glyphs: GlyphSet
    ) {
        let row = rows[index]
        let isSelected = index == selectedIndex
        let selectionStyle = CellStyle(.selection, .reverse)
        let rowStyle = isSelected ? selectionStyle : (row.style ?? CellStyle())
        buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: rowStyle)
        for column in placed {
            let text = column.index < row.cells.count ? row.cells[column.index] : ""
            let alignment = columns[column.index].alignment
            let style = isSelected ? selectionStyle : (row.cellStyles[column.index] ?? rowStyle)
            let padded = DisplayWidth.pad(
                Sanitizer.clean(text), to: column.width, alignment: alignment,
                ellipsis: glyphs.ellipsis)
            buffer.put(padded, x: rect.x + column.x, y: y, maxWidth: column.width, style: style, glyphs: glyphs)
        }
    }
}
