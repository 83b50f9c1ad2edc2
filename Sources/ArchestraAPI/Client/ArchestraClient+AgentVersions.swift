import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/agents/{id}/versions`: one page of the agent's configuration history, newest first.
    /// List entries carry no `snapshot`; read one with ``agentVersion(id:version:)``.
    public func agentVersions(id: String, limit: Int = 20, offset: Int = 0) async throws -> Page<AgentVersion> {
        var builder = QueryItemsBuilder()
        builder.add("limit", limit)
        builder.add("offset", offset)
        return try await page(Self.path("api", "agents", id, "versions"), query: builder.items)
    }

    /// `GET /api/agents/{id}/versions/{version}`: one version with its `snapshot`.
    public func agentVersion(id: String, version: Int) async throws -> AgentVersion {
        try await record(Self.path("api", "agents", id, "versions", String(version)))
    }

    /// `POST /api/agents/{id}/versions/{version}/restore`: applies that version's configuration as a
    /// new version and returns the agent.
    ///
    /// - Parameter baseVersion: the agent's `latestVersion` when the person chose to restore; when
    ///   given, a server whose history moved on since answers 409 instead of overwriting the newer change.
    public func restoreAgentVersion(id: String, version: Int, baseVersion: Int? = nil) async throws -> Agent {
        var body: [String: JSONValue] = [:]
        if let baseVersion { body["baseVersion"] = .number(Double(baseVersion)) }
        return try await send(.POST, Self.path("api", "agents", id, "versions", String(version), "restore"), body: JSONValue.object(body))
    }
}
