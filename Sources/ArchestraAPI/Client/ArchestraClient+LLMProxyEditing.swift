import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/llm-proxy` (1.4+): the organization's LLM proxy and its settings.
    public func llmProxySingleton() async throws -> LLMProxySingleton {
        try await record("/api/llm-proxy")
    }

    /// `PATCH /api/llm-proxy` (1.4+): sets the identity provider of the organization's LLM proxy.
    /// The key is always sent; `nil` sends `null`, which turns JWT authentication off.
    /// An unknown provider (or no enterprise licence) answers 404 `Identity provider not found`.
    public func updateLLMProxy(identityProviderId: String?) async throws -> LLMProxySingleton {
        let value: JSONValue = identityProviderId.map(JSONValue.string) ?? .null
        return try await send(.PATCH, "/api/llm-proxy", body: JSONValue.object(["identityProviderId": value]))
    }
}
