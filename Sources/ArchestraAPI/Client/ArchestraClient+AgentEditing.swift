import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `POST /api/agents` with a body composed by the caller (a form or an edited YAML document),
    /// sent exactly as given. Include `name`, `scope` and `agentType`.
    public func createAgent(body: JSONValue) async throws -> Agent {
        try await send(.POST, "/api/agents", body: body)
    }

    /// `PUT /api/agents/{id}` with a body composed by the caller. A partial update: members left out
    /// stay as they are, members sent as `null` are cleared, arrays sent replace the stored ones.
    public func updateAgent(id: String, body: JSONValue) async throws -> Agent {
        try await send(.PUT, Self.path("api", "agents", id), body: body)
    }

    /// `POST /api/agents/{id}/restore`: brings an agent back from the trash (list the trash with
    /// `AgentQuery(status: .deleted)`). Returns the agent when the server answers with it, else `nil`.
    @discardableResult
    public func restoreAgent(id: String) async throws -> Agent? {
        try await act(.POST, Self.path("api", "agents", id, "restore"))
    }
}
