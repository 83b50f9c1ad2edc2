import XCTest
#if canImport(DashboardCore)
    import DashboardCore
#else
    import Usage
#endif

final class RingBufferTests: XCTestCase {
    func testFillsInOrderUntilFull() {
        var buffer = RingBuffer<Int>(capacity: 3)
        XCTAssertTrue(buffer.isEmpty)
        buffer.append(1)
        buffer.append(2)
        XCTAssertEqual(Array(buffer), [1, 2])
        XCTAssertFalse(buffer.isFull)
        buffer.append(3)
        XCTAssertEqual(Array(buffer), [1, 2, 3])
        XCTAssertTrue(buffer.isFull)
    }

    func testDropsTheOldestWhenFull() {
        var buffer = RingBuffer<Int>(capacity: 3)
        for value in 1...5 { buffer.append(value) }
        XCTAssertEqual(Array(buffer), [3, 4, 5])
        XCTAssertEqual(buffer.count, 3)
        XCTAssertEqual(buffer.first, 3)
        XCTAssertEqual(buffer.last, 5)
        XCTAssertEqual(buffer[1], 4)
        XCTAssertEqual(Array(buffer.reversed()), [5, 4, 3])
    }

    func testOrderSurvivesManyWraps() {
        var buffer = RingBuffer<Int>(capacity: 4)
        for value in 1...10 { buffer.append(value) }
        XCTAssertEqual(Array(buffer), [7, 8, 9, 10])
        XCTAssertEqual(Array(buffer.suffix(2)), [9, 10])
    }

    func testCountNeverExceedsCapacity() {
        var buffer = RingBuffer<Int>(capacity: 10)
        for value in 0..<100_000 { buffer.append(value) }
        XCTAssertEqual(buffer.count, 10)
        XCTAssertEqual(buffer.capacity, 10)
        XCTAssertEqual(Array(buffer), Array(99_990..<100_000))
    }

    func testCapacityBelowOneBecomesOne() {
        var buffer = RingBuffer<Int>(capacity: 0)
        XCTAssertEqual(buffer.capacity, 1)
        buffer.append(7)
        buffer.append(8)
        XCTAssertEqual(Array(buffer), [8])
        XCTAssertEqual(RingBuffer<Int>(capacity: -4).capacity, 1)
    }

    func testRemoveAllKeepsCapacity() {
        var buffer = RingBuffer<Int>(capacity: 2, elements: [1, 2, 3])
        buffer.removeAll()
        XCTAssertTrue(buffer.isEmpty)
        XCTAssertEqual(buffer.capacity, 2)
        buffer.append(9)
        XCTAssertEqual(Array(buffer), [9])
    }

    func testInitialElementsKeepTheNewest() {
        XCTAssertEqual(Array(RingBuffer(capacity: 3, elements: [1, 2, 3, 4, 5])), [3, 4, 5])
    }

    func testEqualityComparesContentsAndCapacityNotLayout() {
        var wrapped = RingBuffer<Int>(capacity: 3)
        for value in 1...4 { wrapped.append(value) }
        XCTAssertEqual(wrapped, RingBuffer(capacity: 3, elements: [2, 3, 4]))
        XCTAssertNotEqual(wrapped, RingBuffer(capacity: 4, elements: [2, 3, 4]))
        XCTAssertNotEqual(wrapped, RingBuffer(capacity: 3, elements: [2, 3]))
    }
}
