import ArchestraAPI

/// How a column is drawn.
public enum ColumnKind: Sendable, Equatable { case text, sparkline, gauge }

/// One column of a resource table, described as data (k9s style) so every pane
/// shares the same table, filter, sort and detail machinery.
public struct ColumnSpec: Sendable, Equatable {
    public var title: String
    /// Letter pressed after `s` to sort by this column.
    public var sortLetter: Character
    public var minWidth: Int
    /// Share of the spare width left once every column has what its cells need; 0 takes none of it.
    public var weight: Int
    /// Narrow terminals drop the lowest priorities first.
    public var priority: Int
    public var alignRight: Bool
    public var kind: ColumnKind

    public init(
        _ title: String, sort: Character? = nil, min: Int, weight: Int = 0, priority: Int = 5,
        right: Bool = false, kind: ColumnKind = .text
    ) {
        self.title = title
        self.sortLetter = sort ?? Character(title.prefix(1).lowercased())
        self.minWidth = min
        self.weight = weight
        self.priority = priority
        self.alignRight = right
        self.kind = kind
    }
}

/// A value to sort by: numbers compare as numbers, missing values sort last.
public enum SortKey: Sendable, Equatable, Comparable {
    case number(Double)
    case text(String)
    case none
}

/// How loudly a row should be drawn.
public enum RowLevel: Sendable, Equatable { case normal, muted, warning, danger, over, error }

/// One row of a resource table.
public struct ResourceRow: Sendable {
    public var id: String
    public var cells: [String]
    public var sortKeys: [SortKey]
    public var level: RowLevel
    /// Levels of single cells by column, over the row's (a policy action: block red, approval yellow).
    public var cellLevels: [Int: RowLevel] = [:]
    /// Values for a `.sparkline` column.
    public var series: [Double]
    /// Fill of a `.gauge` column (1.0 = at the cap).
    public var fraction: Double?
    /// Exact values, by column, of cells whose text rounds them (a limit's percent): JSON exports write these.
    public var exactCells: [Int: String] = [:]
    /// The record as the server sent it, for editing.
    public var record: JSONValue?
    /// What messages call the record (its name).
    public var recordName: String
    /// What Enter opens.
    public var detailTitle: String
    /// Built only when the row is opened: building it for every row of every frame was the
    /// largest cost of drawing a long list.
    private let makeDetail: @Sendable () -> [DetailLine]
    public var detail: [DetailLine] { makeDetail() }

    public init(
        id: String, cells: [String], sortKeys: [SortKey]? = nil, level: RowLevel = .normal,
        series: [Double] = [], fraction: Double? = nil, record: JSONValue? = nil, recordName: String? = nil,
        detailTitle: String, detail: @autoclosure @escaping @Sendable () -> [DetailLine]
    ) {
        self.id = id
        self.record = record
        self.recordName = recordName ?? cells.first ?? id
        self.cells = cells
        self.sortKeys = sortKeys ?? cells.map { SortKey.text($0.lowercased()) }
        self.level = level
        self.series = series
        self.fraction = fraction
        self.detailTitle = detailTitle
        self.makeDetail = detail
    }
}

/// The rows a pane shows, after filter and sort. Agents are virtual: only the rows
/// of loaded pages exist, the rest are fetched as the selection reaches them.
public struct TableModel: Sendable {
    public var columns: [ColumnSpec]
    public var rowCount: Int
    public var emptyMessage: String
    /// What the table does not show: "first 1 000 of 1 234", "3 records skipped (no id)".
    public var notes: [String]
    /// A longer explanation drawn, wrapped, under an empty table (how to configure what is missing).
    public var notice: String?
    /// How the server was asked to filter, when the `/` text held more than a name (agents: `type:agent team:Support`).
    public var filter: FilterSummary?

    /// The active filter as the title shows it, and the tokens that could not be sent.
    public struct FilterSummary: Sendable, Equatable {
        public var text: String
        public var problems: [String]

        public init(text: String, problems: [String] = []) {
            self.text = text
            self.problems = problems
        }
    }
    private var materialized: [ResourceRow]
    private var virtualRow: (@Sendable (Int) -> ResourceRow?)?

    public init(columns: [ColumnSpec], rows: [ResourceRow], emptyMessage: String, notes: [String] = []) {
        self.columns = columns
        self.rowCount = rows.count
        self.emptyMessage = emptyMessage
        self.notes = notes
        self.materialized = rows
        self.virtualRow = nil
    }

    public init(
        columns: [ColumnSpec], virtualCount: Int, emptyMessage: String, notes: [String] = [],
        row: @escaping @Sendable (Int) -> ResourceRow?
    ) {
        self.columns = columns
        self.rowCount = virtualCount
        self.emptyMessage = emptyMessage
        self.notes = notes
        self.materialized = []
        self.virtualRow = row
    }

    /// The row at an index, or nil while its page is still loading.
    public func row(at index: Int) -> ResourceRow? {
        if let virtualRow { return index >= 0 && index < rowCount ? virtualRow(index) : nil }
        return materialized.indices.contains(index) ? materialized[index] : nil
    }

    /// The row with this id: looked for at `index` first (the selection), then everywhere loaded.
    public func row(withID id: String, near index: Int) -> ResourceRow? {
        if let row = row(at: index), row.id == id { return row }
        if virtualRow != nil { return nil }
        return materialized.first { $0.id == id }
    }

    /// Applies a pane's filter and sort to materialized rows.
    public func filteredAndSorted(by list: ListState) -> TableModel {
        guard virtualRow == nil else { return self }
        var rows = materialized
        let needle = list.filter.lowercased()
        if !needle.isEmpty {
            rows = rows.filter { row in row.cells.contains { CaseInsensitiveMatch.contains($0, lowercasedNeedle: needle) } }
        }
        if let column = list.sortColumn, column < columns.count {
            let ascending = list.sortAscending
            // The keys are taken out once and positions sorted: comparing (offset, row) pairs copied
            // whole rows in every comparison (1.9 s for 100 000 rows, Benchmarks/).
            let keys = rows.map { $0.sortKeys.indices.contains(column) ? $0.sortKeys[column] : .none }
            let order = keys.indices.sorted { left, right in
                let a = keys[left]
                let b = keys[right]
                if a == b { return left < right }
                if a == .none { return false }
                if b == .none { return true }
                return ascending ? a < b : b < a
            }
            rows = order.map { rows[$0] }
        }
        var copy = self
        copy.materialized = rows
        copy.rowCount = rows.count
        return copy
    }
}
