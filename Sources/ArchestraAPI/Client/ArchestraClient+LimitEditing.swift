import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `POST /api/limits` with a body composed by the caller; needs `entityType`, `entityId`,
    /// `limitType` and `limitValue`, plus `mcpServerName` for call limits and `toolName` for `tool_calls`.
    public func createLimit(body: JSONValue) async throws -> UsageLimit {
        try await send(.POST, "/api/limits", body: body)
    }

    /// `PATCH /api/limits/{id}` with a body composed by the caller (a partial update).
    public func updateLimit(id: String, body: JSONValue) async throws -> UsageLimit {
        try await send(.PATCH, Self.path("api", "limits", id), body: body)
    }
}
