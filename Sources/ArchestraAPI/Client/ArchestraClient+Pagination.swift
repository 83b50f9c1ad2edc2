import Foundation

extension ArchestraClient {
    /// Reads consecutive pages through `fetch(offset, limit)` while the server reports more,
    /// stopping at an empty page or once `maxItems` records are collected (the result is cut there).
    public static func collectPages<Item: Sendable>(
        pageSize: Int = 100,
        maxItems: Int = 10_000,
        _ fetch: @Sendable (_ offset: Int, _ limit: Int) async throws -> Page<Item>
    ) async throws -> [Item] {
        let limit = min(max(pageSize, 1), 100)
        var items: [Item] = []
        var offset = 0
        while items.count < maxItems {
            try Task.checkCancellation()
            let page = try await fetch(offset, limit)
            items.append(contentsOf: page.data)
            // Offset counts items the server holds, including ones this client skipped.
            let received = page.data.count + page.skipped
            guard page.pagination.hasNext, received > 0 else { break }
            offset += received
        }
        return Array(items.prefix(max(maxItems, 0)))
    }
}
