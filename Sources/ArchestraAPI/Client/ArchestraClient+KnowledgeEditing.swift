import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `POST /api/knowledge-bases` with a body composed by the caller; `name` is required.
    public func createKnowledgeBase(body: JSONValue) async throws -> KnowledgeBase {
        try await send(.POST, "/api/knowledge-bases", body: body)
    }

    /// `PUT /api/knowledge-bases/{id}` with a body composed by the caller (a partial update;
    /// `"description": null` clears the description).
    public func updateKnowledgeBase(id: String, body: JSONValue) async throws -> KnowledgeBase {
        try await send(.PUT, Self.path("api", "knowledge-bases", id), body: body)
    }

    /// `POST /api/knowledge-bases/{id}/restore`: brings a knowledge base back from the trash (list it
    /// with `KnowledgeBaseQuery(status: .deleted)`). Returns it when the server answers with it, else `nil`.
    @discardableResult
    public func restoreKnowledgeBase(id: String) async throws -> KnowledgeBase? {
        try await act(.POST, Self.path("api", "knowledge-bases", id, "restore"))
    }
}
