/// Names a view drawn by DashboardViews, which DashboardCore cannot import: a resource declares the
/// id, and `PaneViews` in DashboardViews maps it to the view that draws it.
public struct ViewID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
}

/// What fills a pane between the header and the footer, declared by its resource like its columns.
public enum PaneBody: Sendable {
    /// The tab's table, with selection, filter, sort and detail.
    case table
    /// A view of its own (the overview); `export` gives what `snapshot` prints for it, since it has no table.
    case custom(ViewID, export: (@Sendable (AppState) -> TableExport)? = nil)
    /// The table, and under it a side view in the rows the table leaves empty (at least `minSpareRows`),
    /// so paging stays exact.
    case tableWithSide(ViewID, minSpareRows: Int)

    /// Whether the pane is a table (with selection, filter, sort and detail).
    public var hasTable: Bool {
        switch self {
        case .table, .tableWithSide: true
        case .custom: false
        }
    }

    /// The views it needs registered.
    public var views: [ViewID] {
        switch self {
        case .table: []
        case .custom(let id, _), .tableWithSide(let id, _): [id]
        }
    }

    /// What `snapshot` prints for a pane without a table.
    public var export: (@Sendable (AppState) -> TableExport)? {
        if case .custom(_, let export) = self { return export }
        return nil
    }
}
