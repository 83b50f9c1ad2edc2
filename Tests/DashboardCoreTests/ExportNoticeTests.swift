import XCTest
@testable import DashboardCore

/// Issue 21, item 16: after Ctrl-S the status line names the file whole, however long the folder.
final class ExportNoticeTests: XCTestCase {
    let file = "knowledge-20261207T021000"

    func testTheHomeFolderReadsAsTilde() {
        let notice = ExportNotice.saved(
            rows: 3, base: "/home/ada/.local/state/archestra-tui/exports/\(file)", home: "/home/ada", width: 120)
        XCTAssertEqual(notice, "saved 3 rows to ~/.local/state/archestra-tui/exports/\(file).csv and .json")
        XCTAssertEqual(
            ExportNotice.saved(rows: 1, base: "/home/adam/x/\(file)", home: "/home/ada", width: 0),
            "saved 1 row to /home/adam/x/\(file).csv and .json", "another user's folder is not ~")
    }

    func testALongFolderLosesItsStartNeverTheFileName() {
        let deep = "/srv/operators/shared/very/long/state/folder/for/archestra-tui/exports"
        let notice = ExportNotice.saved(rows: 12, base: "\(deep)/\(file)", home: "/home/ada", width: 80)
        XCTAssertLessThanOrEqual(notice.count, 77, notice)
        XCTAssertTrue(notice.hasSuffix("/exports/\(file).csv and .json"), notice)
        XCTAssertTrue(notice.hasPrefix("saved 12 rows to …/"), notice)
        // No room for any folder: the ellipsis stands for all of it.
        let narrow = ExportNotice.saved(rows: 12, base: "\(deep)/\(file)", home: nil, width: 60)
        XCTAssertEqual(narrow, "saved 12 rows to …/\(file).csv and .json")
    }
}
