import Foundation

extension ArchestraClient {
    /// Reads consecutive pages through `fetch(offset, limit)` while the server reports more,
    /// stopping at an empty page or once `maxItems` records are collected (the result is cut there).
    public static func collectPages<Item: Sendable>(
        pageSize: Int = 100,
        maxItems: Int = 10_000,
        _ fetch: @Sendable (_ offset: Int, _ limit: Int) async throws -> Page<Item>
    ) async throws -> [Item] {
        try await collectRecords(pageSize: pageSize, maxItems: maxItems, fetch).items
    }

    /// Like ``collectPages(pageSize:maxItems:_:)``, saying also how many records were skipped and
    /// how many the server holds, so a cut or lossy list can say so.
    public static func collectRecords<Item: Sendable>(
        pageSize: Int = 100,
        maxItems: Int = 10_000,
        _ fetch: @Sendable (_ offset: Int, _ limit: Int) async throws -> Page<Item>
    ) async throws -> RecordList<Item> {
        let limit = min(max(pageSize, 1), 100)
        var items: [Item] = []
        var skipped = 0
        var total = 0
        var offset = 0
        while items.count < maxItems {
            try Task.checkCancellation()
            let page = try await fetch(offset, limit)
            items.append(contentsOf: page.data)
            skipped += page.skipped
            total = max(total, page.pagination.total)
            // Offset counts items the server holds, including ones this client skipped.
            let received = page.data.count + page.skipped
            guard page.pagination.hasNext, received > 0 else { break }
            offset += received
        }
        let kept = Array(items.prefix(max(maxItems, 0)))
        return RecordList(items: kept, skipped: skipped, total: max(total, kept.count + skipped))
    }
}
