import ArchestraAPI
import XCTest

@testable import ArchestraSimulator

final class PaginationTests: XCTestCase {
    func testFirstMiddleLastAndBeyondPagesFollowContractArithmetic() async throws {
        let harness = try await startSimulator()

        let first = try await harness.json("/api/agents?limit=20")
        XCTAssertEqual(first.dataItems.count, 20)
        XCTAssertEqual(first.page("total"), 48)
        XCTAssertEqual(first.page("totalPages"), 3)
        XCTAssertEqual(first.page("currentPage"), 1)
        XCTAssertEqual(first["pagination"]?["hasNext"], .bool(true))
        XCTAssertEqual(first["pagination"]?["hasPrev"], .bool(false))

        let last = try await harness.json("/api/agents?limit=20&offset=40")
        XCTAssertEqual(last.dataItems.count, 8)
        XCTAssertEqual(last.page("currentPage"), 3)
        XCTAssertEqual(last["pagination"]?["hasNext"], .bool(false))
        XCTAssertEqual(last["pagination"]?["hasPrev"], .bool(true))

        // offset counts items, not pages: offset 25 with limit 20 is page 2.
        let unaligned = try await harness.json("/api/agents?limit=20&offset=25")
        XCTAssertEqual(unaligned.page("currentPage"), 2)
        XCTAssertEqual(unaligned.dataItems.count, 20)

        let beyond = try await harness.json("/api/agents?limit=10&offset=100")
        XCTAssertEqual(beyond.dataItems.count, 0)
        XCTAssertEqual(beyond.page("total"), 48)
        XCTAssertEqual(beyond.page("currentPage"), 11)
        XCTAssertEqual(beyond["pagination"]?["hasNext"], .bool(false))
        XCTAssertEqual(beyond["pagination"]?["hasPrev"], .bool(true))
    }

    func testEmptyResultHasZeroPagesAndPageOne() async throws {
        let harness = try await startSimulator()

        let empty = try await harness.json("/api/agents?name=no-such-agent-anywhere")
        XCTAssertEqual(empty.dataItems.count, 0)
        XCTAssertEqual(empty.page("total"), 0)
        XCTAssertEqual(empty.page("totalPages"), 0)
        XCTAssertEqual(empty.page("currentPage"), 1)
        XCTAssertEqual(empty.page("limit"), 20)
        XCTAssertEqual(empty["pagination"]?["hasNext"], .bool(false))
        XCTAssertEqual(empty["pagination"]?["hasPrev"], .bool(false))
    }

    func testOutOfRangeLimitAndOffsetAreValidationErrors() async throws {
        let harness = try await startSimulator()

        for query in ["limit=0", "limit=101", "limit=abc", "offset=-1", "offset=1.5"] {
            let result = try await harness.get("/api/agents?\(query)")
            XCTAssertEqual(result.status, 400, query)
            XCTAssertEqual(result.errorType, "api_validation_error", query)
        }
        let maximum = try await harness.json("/api/agents?limit=100")
        XCTAssertEqual(maximum.dataItems.count, 48)
        XCTAssertEqual(maximum.page("totalPages"), 1)
    }

    func testPageArithmeticWithoutServer() {
        let page = PageRequest(limit: 7, offset: 14)
        XCTAssertEqual(page.window(total: 30), 14..<21)
        XCTAssertEqual(page.window(total: 16), 14..<16)
        XCTAssertEqual(page.window(total: 3), 3..<3)
        let envelope = page.envelope(data: [], total: 15)
        XCTAssertEqual(envelope.page("totalPages"), 3)
        XCTAssertEqual(envelope.page("currentPage"), 3)
        XCTAssertEqual(envelope["pagination"]?["hasNext"], .bool(false))
    }
}
