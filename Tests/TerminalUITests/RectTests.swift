import XCTest
import TerminalUI

final class RectTests: XCTestCase {
    func testInsetClampsAtZero() {
        XCTAssertEqual(Rect(x: 0, y: 0, width: 10, height: 5).inset(by: 1), Rect(x: 1, y: 1, width: 8, height: 3))
        XCTAssertTrue(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).width, 0)
    }

    func testSplits() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 6)
        let (top, rest) = rect.splitTop(rows: 2)
        XCTAssertEqual(top, Rect(x: 2, y: 3, width: 10, height: 2))
        XCTAssertEqual(rest, Rect(x: 2, y: 5, width: 10, height: 4))
        let (left, right) = rect.splitLeft(columns: 20)
        XCTAssertEqual(left, rect)
        XCTAssertTrue(right.isEmpty)
        let (upper, bottom) = rect.splitBottom(rows: 1)
        XCTAssertEqual(upper.height, 5)
        XCTAssertEqual(bottom, Rect(x: 2, y: 8, width: 10, height: 1))
        XCTAssertEqual(rect.splitRight(columns: 3).1, Rect(x: 9, y: 3, width: 3, height: 6))
        XCTAssertEqual(rect.maxX, 12)
        XCTAssertEqual(rect.maxY, 9)
    }

    func testCenteredAndIntersection() {
        let screen = Rect(x: 0, y: 0, width: 20, height: 10)
        XCTAssertEqual(screen.centered(width: 10, height: 4), Rect(x: 5, y: 3, width: 10, height: 4))
        XCTAssertEqual(screen.centered(width: 50, height: 50), screen)
        XCTAssertEqual(screen.intersection(Rect(x: 15, y: 8, width: 10, height: 10)), Rect(x: 15, y: 8, width: 5, height: 2))
        XCTAssertTrue(screen.intersection(Rect(x: 30, y: 0, width: 5, height: 5)).isEmpty)
    }
}
