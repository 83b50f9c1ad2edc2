import ArchestraAPI

/// Offset pagination as in API notes §2.1: `limit` 1…100 (default 20), `offset` ≥ 0 (default 0).
struct PageRequest: Equatable {
    var limit: Int
    var offset: Int

    init(limit: Int, offset: Int) {
        self.limit = limit
        self.offset = offset
    }

    init(_ query: QueryReader) throws {
        limit = try query.int("limit", default: 20, in: 1...100)
        offset = try query.int("offset", default: 0, in: 0...Int(Int32.max))
    }

    /// The index range of `total` items this page covers (empty when the offset is beyond the end).
    func window(total: Int) -> Range<Int> {
        let start = min(offset, total)
        return start..<min(total, start + limit)
    }

    /// The `{data, pagination}` envelope with the contract's arithmetic.
    func envelope(data: [JSONValue], total: Int) -> JSONValue {
        let totalPages = (total + limit - 1) / limit
        let currentPage = offset / limit + 1
        return .object([
            "data": .array(data),
            "pagination": .object([
                "currentPage": JSON.int(currentPage),
                "limit": JSON.int(limit),
                "total": JSON.int(total),
                "totalPages": JSON.int(totalPages),
                "hasNext": .bool(currentPage < totalPages),
                "hasPrev": .bool(currentPage > 1),
            ]),
        ])
    }

    /// Pages an in-memory list.
    func envelope(of items: [JSONValue]) -> JSONValue {
        envelope(data: Array(items[window(total: items.count)]), total: items.count)
    }
}
