import Foundation

/// How a log listing pages: by `offset` (1.2–1.3 servers, and interactions everywhere) or by an opaque
/// `cursor` (newer servers, for tool calls and sessions). Read from each answer, never from the version.
public enum LogPagingStyle: String, Sendable, Equatable, CaseIterable {
    case offset
    case cursor
}

/// Where a page of a log starts: the newest rows, a row count from the newest, or a server's cursor.
public enum LogPagePosition: Sendable, Hashable {
    /// The newest page: neither `offset` nor `cursor` is sent.
    case newest
    /// `offset=N` on offset listings.
    case offset(Int)
    /// `cursor=…` exactly as the server gave it in `pagination.nextCursor`.
    case cursor(String)
}

/// One page to ask a log listing for.
public struct LogPageRequest: Sendable, Hashable {
    public var position: LogPagePosition
    /// 1…100, the API's bounds.
    public var limit: Int

    public init(position: LogPagePosition = .newest, limit: Int = 50) {
        self.position = position
        self.limit = min(max(limit, 1), 100)
    }

    /// `limit` and the position's `offset` or `cursor`.
    var queryItems: [URLQueryItem] {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        switch position {
        case .newest: break
        case .offset(let offset): builder.add("offset", offset)
        case .cursor(let cursor): builder.add("cursor", cursor)
        }
        return builder.items
    }
}

/// One page of a log listing, newest rows first, in whichever style the server answered.
public struct LogPage<Item: Sendable>: Sendable {
    /// The rows that could be read, newest first.
    public var items: [Item]
    /// Rows of this page that could not be read at all (no id) and were left out.
    public var skipped: Int
    /// The style the answer was in.
    public var style: LogPagingStyle
    /// How many rows the server holds; offset pages only (cursor pages carry no total).
    public var total: Int?
    /// Where the older rows continue, or `nil` when this page is the last.
    public var next: LogPagePosition?

    public init(items: [Item], skipped: Int = 0, style: LogPagingStyle, total: Int? = nil, next: LogPagePosition? = nil) {
        self.items = items
        self.skipped = skipped
        self.style = style
        self.total = total
        self.next = next
    }

    /// Whether older rows remain on the server.
    public var hasMore: Bool { next != nil }

    /// The same page with each row converted (e.g. full records to summaries).
    public func map<Other: Sendable>(_ transform: (Item) throws -> Other) rethrows -> LogPage<Other> {
        LogPage<Other>(items: try items.map(transform), skipped: skipped, style: style, total: total, next: next)
    }
}

extension LogPage: Equatable where Item: Equatable {}

extension LogPage where Item: LenientDecodable {
    /// Reads a `{data, pagination}` answer, telling the style from `pagination` itself: a `nextCursor`
    /// member (even `null`) means cursor pages, a `total` means offset pages. A bare array reads as one
    /// complete offset page.
    /// - Parameter offset: the offset the page was asked at, to say where the next one starts.
    /// - Throws: `RecordDecodingError` when `json` is neither an envelope nor an array.
    public init(json: JSONValue, requestedOffset offset: Int = 0) throws {
        if let elements = json.arrayValue {
            let list = LenientList<Item>(elements)
            self.init(items: list.items, skipped: list.skipped, style: .offset, total: elements.count)
            return
        }
        guard let elements = json["data"]?.arrayValue else {
            throw RecordDecodingError("expected an object with a \"data\" array")
        }
        let list = LenientList<Item>(elements)
        let pagination = json["pagination"] ?? .null
        if Self.isCursorPagination(pagination) {
            let cursor = pagination.string("nextCursor").flatMap { $0.isEmpty ? nil : $0 }
            // `hasNext: false` wins over a stray cursor; a cursor without `hasNext` means more.
            let more = pagination.bool("hasNext") ?? (cursor != nil)
            self.init(
                items: list.items, skipped: list.skipped, style: .cursor, total: nil,
                next: more ? cursor.map(LogPagePosition.cursor) : nil)
            return
        }
        let received = elements.count
        let total = pagination.int("total")
        let more = pagination.bool("hasNext") ?? total.map { offset + received < $0 } ?? false
        self.init(
            items: list.items, skipped: list.skipped, style: .offset, total: total,
            next: more && received > 0 ? .offset(offset + received) : nil)
    }

    /// Cursor pagination carries `nextCursor` and never `total` (API notes §11.1).
    static func isCursorPagination(_ pagination: JSONValue) -> Bool {
        if pagination["nextCursor"] != nil { return true }
        guard pagination.objectValue != nil else { return false }
        return pagination["total"] == nil && pagination["currentPage"] == nil
    }
}
