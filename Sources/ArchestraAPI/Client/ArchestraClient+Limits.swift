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

    /// `POST /api/limits`; see ``LimitInput`` for required fields.
    public func createLimit(_ input: LimitInput) async throws -> UsageLimit {
        try await send(.POST, "/api/limits", body: input)
    }

    /// `PATCH /api/limits/{id}`: a partial update (entity fields cannot change).
    public func updateLimit(id: String, _ input: LimitInput) async throws -> UsageLimit {
        try await send(.PATCH, Self.path("api", "limits", id), body: input)
    }

    /// `DELETE /api/limits/{id}`.
    public func deleteLimit(id: String) async throws {
        try await delete(Self.path("api", "limits", id))
    }
}
