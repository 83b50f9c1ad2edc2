import Foundation

/// The offset-pagination block of list responses (`pagination`).
public struct Pagination: Sendable, Equatable, Codable {
    public var currentPage: Int
    public var limit: Int
    public var total: Int
    public var totalPages: Int
    public var hasNext: Bool
    public var hasPrev: Bool

    public init(currentPage: Int, limit: Int, total: Int, totalPages: Int, hasNext: Bool, hasPrev: Bool) {
        self.currentPage = currentPage
        self.limit = limit
        self.total = total
        self.totalPages = totalPages
        self.hasNext = hasNext
        self.hasPrev = hasPrev
    }

    /// The block the server computes for `total` items read at `offset`/`limit` (API notes §2.1).
    public init(total: Int, offset: Int, limit: Int) {
        let safeLimit = max(limit, 1)
        let pages = total <= 0 ? 0 : (total + safeLimit - 1) / safeLimit
        let current = max(offset, 0) / safeLimit + 1
        self.init(
            currentPage: current, limit: limit, total: max(total, 0), totalPages: pages,
            hasNext: current < pages, hasPrev: current > 1)
    }

    /// Reads the block leniently; missing numbers are derived from `itemCount` so a
    /// response without pagination reads as one complete page.
    init(json: JSONValue?, itemCount: Int) {
        let json = json ?? .null
        let limit = json.int("limit") ?? max(itemCount, 1)
        let total = json.int("total") ?? itemCount
        let totalPages = json.int("totalPages") ?? (total <= 0 ? 0 : (total + max(limit, 1) - 1) / max(limit, 1))
        let currentPage = json.int("currentPage") ?? 1
        self.init(
            currentPage: currentPage, limit: limit, total: total, totalPages: totalPages,
            hasNext: json.bool("hasNext") ?? (currentPage < totalPages),
            hasPrev: json.bool("hasPrev") ?? (currentPage > 1)
        )
    }
}

/// One page of a paginated list.
public struct Page<Item: Sendable>: Sendable {
    /// The records that decoded.
    public var data: [Item]
    public var pagination: Pagination
    /// Records of this page that could not be decoded at all (e.g. no id) and were left out.
    public var skipped: Int

    public init(data: [Item], pagination: Pagination, skipped: Int = 0) {
        self.data = data
        self.pagination = pagination
        self.skipped = skipped
    }
}

extension Page: Equatable where Item: Equatable {}

extension Page where Item: LenientDecodable {
    /// Reads a `{data, pagination}` envelope, skipping and counting unusable elements.
    /// - Throws: `RecordDecodingError` when `json` is not an object with a `data` array.
    public init(envelope json: JSONValue) throws {
        guard let elements = json["data"]?.arrayValue else {
            throw RecordDecodingError("expected an object with a \"data\" array")
        }
        let list = LenientList<Item>(elements)
        self.init(
            data: list.items, pagination: Pagination(json: json["pagination"], itemCount: elements.count),
            skipped: list.skipped)
    }

    /// Reads an envelope, or the bare array older servers answer with (one complete page, so
    /// `collectRecords` stops after it).
    /// - Throws: `RecordDecodingError` when `json` is neither.
    public init(envelopeOrArray json: JSONValue) throws {
        guard let elements = json.arrayValue else {
            try self.init(envelope: json)
            return
        }
        let list = LenientList<Item>(elements)
        self.init(data: list.items, pagination: Pagination(json: nil, itemCount: elements.count), skipped: list.skipped)
    }
}
