import Foundation
import ArchestraAPI

/// Tables built from the state, remembered with the inputs they were built from, so a
/// frame, or a key that only moves the selection, does not rebuild them (dates in rows are
/// formatted once per second at most, not once per frame).
struct DerivedCache: Sendable {
    struct TableKey: Equatable, Sendable {
        var pane: Pane
        var tab: Int
        var revision: UInt64
        var filter: String
        var sortColumn: Int?
        var sortAscending: Bool
        /// Ages ("3m ago") and countdowns move with the clock, to the second.
        var second: Int64
        var timeframe: Timeframe
        var generation: APIGeneration?
        /// A live log shows other rows once the selection leaves or regains the first one.
        var selectionOnTop: Bool
        /// What a link limited the pane to.
        var scope: PaneScope?
        /// The row opened with Enter: a log reads that row's full record only.
        var openedRow: String?
        /// A detail folds its long lines to the screen's width.
        var screenWidth: Int
    }

    struct CachedTable: Sendable {
        var key: TableKey
        var table: TableModel?
    }

    var table: CachedTable?
}

extension AppState {
    var tableKey: DerivedCache.TableKey {
        let list = ui.list(ui.pane)
        return DerivedCache.TableKey(
            pane: ui.pane, tab: ui.tab(of: ui.pane), revision: sources.revision, filter: list.filter,
            sortColumn: list.sortColumn, sortAscending: list.sortAscending,
            second: Int64(now.timeIntervalSince1970.rounded(.down)), timeframe: timeframe,
            generation: generation, selectionOnTop: ui.pane.resource.followsNewest && list.selected <= 0,
            scope: ui.scopes[ui.pane], openedRow: ui.detail?.rowID, screenWidth: ui.screenWidth)
    }

    /// The table the visible pane shows (nil for panes that are not lists), filtered and sorted.
    public var visibleTable: TableModel? {
        if let cached = cache.table, cached.key == tableKey { return cached.table }
        return buildVisibleTable()
    }

    func buildVisibleTable() -> TableModel? {
        currentTab.table?(self).filteredAndSorted(by: ui.list(ui.pane))
    }

    /// Rebuilds what changed since the last action; the opened detail follows its row.
    mutating func refreshDerived() {
        // Slices first: a table may draw from what a slice derives (the limits' figures).
        deriveSlices()
        let tableKey = self.tableKey
        guard cache.table?.key != tableKey else { return }
        let table = buildVisibleTable()
        cache.table = DerivedCache.CachedTable(key: tableKey, table: table)
        if let detail = ui.detail, let id = detail.rowID, let row = table?.row(withID: id, near: ui.list(ui.pane).selected) {
            ui.detail?.title = row.detailTitle
            ui.detail?.lines = row.detail
            ui.detail?.scroll = min(detail.scroll, max(0, row.detail.count - 1))
        }
    }

    /// Ids of the visible table's rows that are on screen, the opened row first.
    public var rowIDsOnScreen: [String] {
        guard let table = visibleTable else { return [] }
        let list = ui.list(ui.pane)
        let first = max(0, list.scroll)
        let last = min(table.rowCount, first + ScreenLayout.listRows(height: ui.screenHeight))
        var ids = first < last ? (first..<last).compactMap { table.row(at: $0)?.id } : []
        if let opened = ui.detail?.rowID {
            ids.removeAll { $0 == opened }
            ids.insert(opened, at: 0)
        }
        return ids
    }
}
