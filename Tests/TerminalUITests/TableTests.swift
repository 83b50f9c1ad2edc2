import XCTest
import TerminalUI

final class TableTests: XCTestCase {
    private let columns = [
        TableColumn(title: "NAME", width: .flexible(min: 6, weight: 1), priority: 3),
        TableColumn(title: "STATUS", width: .fixed(8), priority: 2),
        TableColumn(title: "MODEL", width: .fixed(10), priority: 1),
        TableColumn(title: "TOKENS", width: .fixed(7), alignment: .right, priority: 2),
    ]

    private var rows: [TableRow] {
        [
            TableRow(cells: ["support-bot", "running", "gpt-4o", "12345"]),
            TableRow(cells: ["客服助手agent", "stopped", "claude", "987"]),
            TableRow(cells: ["x", "error", "m", "1"], cellStyles: [1: CellStyle(.danger)]),
        ]
    }

    func testLayoutUsesAllColumnsWhenThereIsRoom() {
        let table = Table(columns: columns)
        XCTAssertEqual(
            table.layout(width: 40),
            [
                PlacedColumn(index: 0, x: 0, width: 12), PlacedColumn(index: 1, x: 13, width: 8),
                PlacedColumn(index: 2, x: 22, width: 10), PlacedColumn(index: 3, x: 33, width: 7),
            ])
    }

    /// Issue 21, item 16: spare width goes to what the cells need before it goes by weight.
    func testSpareWidthGoesByNeedBeforeWeight() {
        let columns = [
            TableColumn(title: "Name", width: .flexible(min: 18, weight: 3)),
            TableColumn(title: "Connectors", width: .flexible(min: 10, weight: 2)),
            TableColumn(title: "Agents", width: .flexible(min: 6, weight: 1)),
        ]
        let rows = [TableRow(cells: ["Handbook", String(repeating: "c", count: 40), String(repeating: "a", count: 30)])]
        // 60 spare columns: Connectors needs 30 more, Agents 24 more, Name nothing; the 6 left go by weight.
        XCTAssertEqual(Table(columns: columns, rows: rows).layout(width: 96).map(\.width), [21, 42, 31])
        // 30 spare, not enough for both needs (24 and 30): they share it evenly.
        XCTAssertEqual(Table(columns: columns, rows: rows).layout(width: 66).map(\.width), [18, 25, 21])
        // A title counts as content, with room for the sort arrow when sorted: Connectors gets 2 first,
        // then the 3 left go by weight (1, 1 and the rounding's 1 to the last).
        let sorted = Table(columns: columns, rows: [TableRow(cells: ["x", "y", "z"])], sortColumn: 1)
        XCTAssertEqual(sorted.layout(width: 41).map(\.width), [19, 13, 7])
    }

    func testLayoutDropsLowestPriorityFirstThenRightmostAmongEquals() {
        let table = Table(columns: columns)
        XCTAssertEqual(table.layout(width: 30).map(\.index), [0, 1, 3])
        XCTAssertEqual(table.layout(width: 20), [PlacedColumn(index: 0, x: 0, width: 11), PlacedColumn(index: 1, x: 12, width: 8)])
        XCTAssertEqual(table.layout(width: 5), [PlacedColumn(index: 0, x: 0, width: 5)])
        XCTAssertEqual(table.layout(width: 0), [])
        XCTAssertEqual(Table(columns: []).layout(width: 10), [])
    }

    func testRendersHeaderRowsSelectionAndSortIndicatorAtNarrowWidth() {
        let table = Table(columns: columns, rows: rows, selectedIndex: 1, sortColumn: 0)
        var buffer = ScreenBuffer(width: 30, height: 4)
        table.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(
            buffer.lines(),
            [
                "NAME ▲        STATUS    TOKENS",
                "support-bot   running    12345",
                "客服助手agent stopped      987",
                "x             error          1",
            ])
        XCTAssertEqual(
            buffer.styleMap([.header: "h", .selection: "s", .danger: "d"]),
            [
                String(repeating: "h", count: 30),
                "",
                String(repeating: "s", count: 30),
                "              dddddddd",
            ])
        XCTAssertEqual(buffer.attributeMap(.reverse), ["", "", String(repeating: "x", count: 30), ""])
    }

    func testRendersOnlyTheHighestPriorityColumnWhenVeryNarrow() {
        let table = Table(columns: columns, rows: rows, sortColumn: 3, sortAscending: false)
        var buffer = ScreenBuffer(width: 8, height: 3)
        table.render(into: &buffer, rect: buffer.bounds, glyphs: .ascii)
        // ASCII glyphs mean a terminal that cannot show CJK: one placeholder per column.
        XCTAssertEqual(buffer.lines(), ["NAME", "support~", "??????~"])
    }

    func testSortIndicatorSurvivesTitleTruncation() {
        let table = Table(columns: [TableColumn(title: "DESCRIPTION", width: .fixed(6))], sortColumn: 0, sortAscending: false)
        var buffer = ScreenBuffer(width: 6, height: 1)
        table.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["DESC…▼"])
    }

    func testScrollKeepsSelectionVisible() {
        let many = (0..<10).map { TableRow(cells: ["r\($0)"]) }
        let table = Table(columns: [TableColumn(title: "ROW", width: .fixed(3))], rows: many, selectedIndex: 5)
        var buffer = ScreenBuffer(width: 3, height: 4)
        table.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["ROW", "r3", "r4", "r5"])
        XCTAssertEqual(table.firstVisibleRow(height: 4), 3)
    }

    func testEmptyMessageIsCentred() {
        let table = Table(columns: columns, emptyMessage: "No agents")
        var buffer = ScreenBuffer(width: 21, height: 3)
        table.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
        XCTAssertEqual(buffer.lines(), ["NAME         STATUS", "      No agents", ""])
        XCTAssertEqual(buffer.styleMap([.muted: "m"])[1], String(repeating: "m", count: 21))
    }

    func testMissingCellsAndTinyRectsDoNotCrash() {
        let table = Table(columns: columns, rows: [TableRow(cells: [])], selectedIndex: 7, scrollOffset: -4)
        for (width, height) in [(0, 0), (1, 1), (3, 1), (2, 2), (40, 2)] {
            var buffer = ScreenBuffer(width: width, height: height)
            table.render(into: &buffer, rect: buffer.bounds, glyphs: .unicode)
            table.render(into: &buffer, rect: Rect(x: -3, y: -2, width: 50, height: 9), glyphs: .ascii)
        }
    }

    func testViewportScrollsMinimally() {
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 10, current: 0, visibleRows: 5, rowCount: 20), 6)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 3, current: 6, visibleRows: 5, rowCount: 20), 3)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 7, current: 6, visibleRows: 5, rowCount: 20), 6)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 10, current: 6, visibleRows: 5, rowCount: 20), 6)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 11, current: 6, visibleRows: 5, rowCount: 20), 7)
    }

    func testViewportClampsBadInput() {
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: nil, current: 100, visibleRows: 5, rowCount: 20), 15)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 50, current: 0, visibleRows: 5, rowCount: 20), 15)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: -2, current: -4, visibleRows: 5, rowCount: 20), 0)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 3, current: 2, visibleRows: 0, rowCount: 20), 0)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 3, current: 2, visibleRows: 5, rowCount: 0), 0)
        XCTAssertEqual(TableViewport.firstVisibleRow(selected: 3, current: 2, visibleRows: 10, rowCount: 4), 0)
    }
}
