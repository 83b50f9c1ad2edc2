import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// One page of tools with their assignments: `GET /api/tools/with-assignments`. Servers without that
    /// endpoint (it answers 404) are read through `GET /api/tools`, whose bare array is one complete page
    /// (API addendum §3.5); those rows carry no assignments.
    public func tools(_ query: ToolQuery = .init()) async throws -> Page<Tool> {
        do {
            return try await page("/api/tools/with-assignments", query: query.queryItems)
        } catch let error as ArchestraError where error.isNotFound {
            return try await toolsWithoutAssignments(query)
        }
    }

    /// `GET /api/tools`: a bare array on 1.2/1.3 servers (read as one complete page), an offset page on the newest.
    public func toolsWithoutAssignments(_ query: ToolQuery = .init()) async throws -> Page<Tool> {
        let items = [URLQueryItem(name: "limit", value: String(query.limit)), URLQueryItem(name: "offset", value: String(query.offset))]
        let value = try await json(.GET, "/api/tools", query: items)
        do {
            return try Page<Tool>(envelopeOrArray: value)
        } catch {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)/api/tools", detail: "\(error)")
        }
    }

    /// `GET /api/agents/{id}/tools`: the tools assigned to an agent or gateway (bare array; each row has
    /// `mcpServerId` and `credentialResolutionMode`).
    public func agentTools(agentID: String) async throws -> [Tool] {
        try await list(Self.path("api", "agents", agentID, "tools"))
    }

    /// `POST /api/agents/{agentId}/tools/{toolId}`: assigns a tool (an existing assignment also answers success).
    /// `body` may carry `mcpServerId`, `credentialResolutionMode`; `{}` by default.
    public func assignTool(agentID: String, toolID: String, body: JSONValue = .object([:])) async throws {
        let bytes = Array((try? JSONEncoder().encode(body)) ?? Data("{}".utf8))
        _ = try await json(.POST, Self.path("api", "agents", agentID, "tools", toolID), body: bytes)
    }

    /// `DELETE /api/agents/{agentId}/tools/{toolId}`: unassigns a tool; 404 when it was not assigned.
    public func unassignTool(agentID: String, toolID: String) async throws {
        try await delete(Self.path("api", "agents", agentID, "tools", toolID))
    }
}
