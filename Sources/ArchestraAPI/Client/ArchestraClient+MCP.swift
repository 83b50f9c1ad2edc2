import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /api/mcp_server`: installed MCP servers.
    public func mcpServers() async throws -> [MCPServer] {
        try await list("/api/mcp_server")
    }

    /// `GET /api/mcp_server/{id}`.
    public func mcpServer(id: String) async throws -> MCPServer {
        try await record(Self.path("api", "mcp_server", id))
    }

    /// `DELETE /api/mcp_server/{id}` (soft uninstall).
    public func deleteMCPServer(id: String) async throws {
        try await delete(Self.path("api", "mcp_server", id))
    }

    /// `GET /api/mcp_server/{id}/installation-status`: poll while installing.
    public func installationStatus(mcpServerID: String) async throws -> InstallationStatus {
        try await record(Self.path("api", "mcp_server", mcpServerID, "installation-status"))
    }

    /// `POST /api/mcp_server/{id}/reinstall` with an empty body (keeps assignments and settings).
    public func reinstallMCPServer(id: String) async throws -> MCPServer {
        try await send(.POST, Self.path("api", "mcp_server", id, "reinstall"), body: EmptyBody())
    }

    /// `GET /api/mcp_server/{id}/tools`.
    public func mcpServerTools(id: String) async throws -> [MCPTool] {
        try await list(Self.path("api", "mcp_server", id, "tools"))
    }

    /// `GET /api/internal_mcp_catalog`: the MCP catalog.
    public func catalog() async throws -> [CatalogItem] {
        try await list("/api/internal_mcp_catalog")
    }
}

/// `{}`.
struct EmptyBody: Encodable, Sendable {}
