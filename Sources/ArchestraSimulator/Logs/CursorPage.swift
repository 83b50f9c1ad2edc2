import ArchestraAPI
import Foundation

/// Cursor pagination (API notes §11.1): `limit` 1…100 (default 20) and an opaque `cursor` from the previous
/// answer; newest first; `nextCursor: null` at the end; no total. Unknown parameters (`offset`) are ignored.
struct CursorPage {
    var limit: Int
    /// Rows strictly older than this key come next; `nil` for the newest page.
    var before: Int?

    init(_ query: QueryReader) throws {
        limit = try query.int("limit", default: 20, in: 1...100)
        before = try query.string("cursor").map(Self.decode)
    }

    /// The page of `rows` (newest first, each with a descending key), rendered by `render`.
    func envelope<Row>(of rows: [Row], key: (Row) -> Int, render: (Row) -> JSONValue) -> JSONValue {
        let remaining = rows.drop { row in before.map { key(row) >= $0 } ?? false }
        let page = Array(remaining.prefix(limit))
        let more = remaining.count > page.count
        let next: JSONValue = more ? page.last.map { .string(Self.encode(key($0))) } ?? .null : .null
        return .object([
            "data": .array(page.map(render)),
            "pagination": .object(["limit": JSON.int(limit), "nextCursor": next, "hasNext": .bool(more)]),
        ])
    }

    static func encode(_ key: Int) -> String {
        Data(#"{"k":\#(key)}"#.utf8).base64EncodedString()
    }

    static func decode(_ cursor: String) throws -> Int {
        guard let data = Data(base64Encoded: cursor), let value = JSON.decode(Array(data)), let key = value["k"]?.doubleValue,
            key.rounded() == key, abs(key) < 1e15
        else {
            throw APIError.validation("querystring/cursor is not a cursor this server issued")
        }
        return Int(key)
    }
}
