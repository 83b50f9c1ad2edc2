import Foundation
import XCTest
@testable import ArchestraAPI

final class ClientPlumbingTests: XCTestCase {
    func testCollectPagesWalksUntilTheLastPage() async throws {
        let all = (0..<7).map { Team(id: "t\($0)") }
        let calls = CallLog()
        let teams = try await ArchestraClient.collectPages(pageSize: 3) { offset, limit in
            await calls.record(offset: offset, limit: limit)
            let slice = Array(all.dropFirst(offset).prefix(limit))
            return Page(data: slice, pagination: Pagination(total: all.count, offset: offset, limit: limit))
        }
        XCTAssertEqual(teams.map(\.id), all.map(\.id))
        let requests = await calls.requests
        XCTAssertEqual(requests.map(\.offset), [0, 3, 6])
        XCTAssertEqual(Set(requests.map(\.limit)), [3])
    }

    func testCollectRecordsSaysWhatWasSkippedAndWhereTheListWasCut() async throws {
        // Pages of three where one record in each cannot be read; the server holds 1 234.
        let list = try await ArchestraClient.collectRecords(pageSize: 3, maxItems: 4) { offset, limit in
            Page(data: [offset, offset + 1], pagination: Pagination(total: 1_234, offset: offset, limit: limit), skipped: 1)
        }
        XCTAssertEqual(list.items, [0, 1, 3, 4])
        XCTAssertEqual(list.skipped, 2)
        XCTAssertEqual(list.total, 1_234)
        XCTAssertTrue(list.isCut)
        let whole = RecordList(items: [1, 2], skipped: 1)
        XCTAssertFalse(whole.isCut)
        XCTAssertEqual(whole.total, 3)
    }

    func testCollectPagesStopsAtMaxItemsAndOnEmptyPages() async throws {
        let capped = try await ArchestraClient.collectPages(pageSize: 2, maxItems: 3) { offset, limit in
            Page(data: [offset, offset + 1], pagination: Pagination(total: 1_000, offset: offset, limit: limit))
        }
        XCTAssertEqual(capped, [0, 1, 2])

        // A server that claims hasNext forever but sends nothing must not loop.
        let calls = CallLog()
        let empty: [Int] = try await ArchestraClient.collectPages(pageSize: 10) { offset, limit in
            await calls.record(offset: offset, limit: limit)
            return Page(
                data: [], pagination: Pagination(currentPage: 1, limit: limit, total: 50, totalPages: 5, hasNext: true, hasPrev: false))
        }
        XCTAssertEqual(empty, [])
        let count = await calls.requests.count
        XCTAssertEqual(count, 1)
    }

    func testCollectPagesPropagatesErrors() async {
        do {
            _ = try await ArchestraClient.collectPages { (_, _) -> Page<Int> in
                throw ArchestraError.http(status: 500, type: nil, message: "boom", endpoint: "GET /api/agents")
            }
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error as? ArchestraError, .http(status: 500, type: nil, message: "boom", endpoint: "GET /api/agents"))
        }
    }

    func testURLsEscapeIdsAndQueryValues() async throws {
        let client = ArchestraClient(configuration: try ClientConfiguration(baseURL: "http://localhost:9000/base/", apiKey: nil))
        let path = ArchestraClient.path("api", "agents", "a/b?c#d e")
        XCTAssertEqual(path, "/api/agents/a%2Fb%3Fc%23d%20e")
        let query = [
            URLQueryItem(name: "labels", value: "env:prod|dev;x=y&z"), URLQueryItem(name: "agentTypes", value: "agent,mcp_gateway"),
        ]
        XCTAssertEqual(
            client.url(path, query: query),
            "http://localhost:9000/base/api/agents/a%2Fb%3Fc%23d%20e?labels=env:prod%7Cdev%3Bx%3Dy%26z&agentTypes=agent,mcp_gateway"
        )
        await client.shutdown()
        await client.shutdown()  // idempotent
    }

    func testConnectionRefusedIsReportedAsSuch() async throws {
        // Port 1 on loopback has no listener on any sane machine.
        let client = ArchestraClient(
            configuration: try ClientConfiguration(baseURL: "http://127.0.0.1:1", apiKey: APIKey("arch_secret_key_123456"), timeout: 3))
        do {
            _ = try await client.health()
            XCTFail("expected a transport error")
        } catch let error as ArchestraError {
            XCTAssertEqual(error, .transport(.connectionRefused, endpoint: "GET /health"))
            XCTAssertTrue(error.isRetryable)
            XCTAssertFalse(error.description.contains("secret"))
        }
        await client.shutdown()
    }
}

/// Records page requests from the `@Sendable` fetch closure.
private actor CallLog {
    private(set) var requests: [(offset: Int, limit: Int)] = []

    func record(offset: Int, limit: Int) {
        requests.append((offset, limit))
    }
}
