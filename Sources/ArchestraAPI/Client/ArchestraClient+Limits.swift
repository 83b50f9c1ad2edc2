import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/limits`.
    public func limits(_ query: LimitQuery = .init()) async throws -> [UsageLimit] {
        try await list("/api/limits", query: query.queryItems)
    }

    /// `GET /api/limits/{id}`.
    public func limit(id: String) async throws -> UsageLimit {
        try await record(Self.path("api", "limits", id))
    }

    /// `DELETE /api/limits/{id}`.
    public func deleteLimit(id: String) async throws {
        try await delete(Self.path("api", "limits", id))
    }
}
