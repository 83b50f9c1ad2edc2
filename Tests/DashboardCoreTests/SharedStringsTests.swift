import XCTest
import ArchestraAPI
@testable import DashboardCore

/// A live log keeps one copy of the names that repeat from row to row, however many pages brought them.
final class SharedStringsTests: XCTestCase {
    /// The two words of a string: for a long one, where its characters are; the same for shared storage.
    func storage(_ text: String?) -> [UInt64] {
        guard let text else { return [] }
        return withUnsafeBytes(of: text) { Array($0.bindMemory(to: UInt64.self)) }
    }

    func summary(_ id: String) throws -> InteractionSummary {
        let text = """
            {"id": "\(id)", "type": "openai:chatCompletions", "model": "claude-sonnet-4-5-20250929",
             "profileId": "6f1c0a4e-3b1d-4c55-9a37-2f1d0e9b7c21", "userId": "b0a1c2d3-e4f5-4a6b-8c9d-0e1f2a3b4c5d"}
            """
        return try InteractionSummary(json: JSONValue.parse(Data(text.utf8)))
    }

    func testRowsFromDifferentPagesShareTheirRepeatedNames() throws {
        var feed = LogFeed<InteractionSummary>(capacity: 10)
        feed.mergeNewest(LogPage(items: [try summary("i-1")], style: .cursor))
        feed.mergeNewest(LogPage(items: [try summary("i-2"), try summary("i-1")], style: .cursor))
        let newer = try XCTUnwrap(feed.rows.first)
        let older = try XCTUnwrap(feed.rows.last)
        XCTAssertEqual(newer.model, older.model)
        XCTAssertEqual(storage(newer.model), storage(older.model), "one copy of the model's name")
        XCTAssertEqual(storage(newer.profileId), storage(older.profileId))
        XCTAssertEqual(storage(newer.userId), storage(older.userId))
        XCTAssertNotEqual(storage(newer.id), storage(older.id))
        XCTAssertEqual(newer.raw["model"], .string("claude-sonnet-4-5-20250929"), "the record is unchanged")
    }

    func testThePoolStartsAgainPastItsLimit() {
        var pool = SharedStrings()
        for number in 0...SharedStrings.limit {
            var text: String? = "a name long enough to be stored apart \(number)"
            pool.share(&text)
        }
        var first: String? = "a name long enough to be stored apart 0"
        let before = storage(first)
        pool.share(&first)
        XCTAssertEqual(storage(first), before, "forgotten: the row keeps its own copy")
    }
}
