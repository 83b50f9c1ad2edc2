import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/knowledge-bases`: one page.
    public func knowledgeBases(_ query: KnowledgeBaseQuery = .init()) async throws -> Page<KnowledgeBase> {
        try await page("/api/knowledge-bases", query: query.queryItems)
    }

    /// `GET /api/knowledge-bases/{id}` (without the list-only fields).
    public func knowledgeBase(id: String) async throws -> KnowledgeBase {
        try await record(Self.path("api", "knowledge-bases", id))
    }

    /// `DELETE /api/knowledge-bases/{id}` (soft delete).
    public func deleteKnowledgeBase(id: String) async throws {
        try await delete(Self.path("api", "knowledge-bases", id))
    }

    /// `GET /api/knowledge-bases/{id}/health`.
    public func knowledgeBaseHealth(id: String) async throws -> KnowledgeBaseHealth {
        try await record(Self.path("api", "knowledge-bases", id, "health"))
    }

    /// `GET /api/connectors`: one page.
    public func connectors(_ query: ConnectorQuery = .init()) async throws -> Page<Connector> {
        try await page("/api/connectors", query: query.queryItems)
    }
}
