import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `POST /api/mcp_server`: installs a catalog item. The body needs `name` and `catalogId`, plus the
    /// configuration the catalog item asks for (`environmentValues` for its `localConfig.environment`
    /// entries that are required or prompted on installation, `userConfigValues` for its `userConfig`).
    /// The server starts `pending`; poll ``installationStatus(mcpServerID:)`` until `success` or `error`.
    public func installMCPServer(body: JSONValue) async throws -> MCPServer {
        try await send(.POST, "/api/mcp_server", body: body)
    }

    /// `POST /api/mcp_server/{id}/reinstall` with new settings (`environmentValues`, `userConfigValues`,
    /// `hibernationMode`…; all optional). Keeps tool assignments and policies.
    public func reinstallMCPServer(id: String, body: JSONValue) async throws -> MCPServer {
        try await send(.POST, Self.path("api", "mcp_server", id, "reinstall"), body: body)
    }

    /// `POST /api/mcp_server/{id}/restore`: brings an uninstalled server back from the trash. Returns
    /// the server when the answer is one, else `nil`.
    @discardableResult
    public func restoreMCPServer(id: String) async throws -> MCPServer? {
        try await act(.POST, Self.path("api", "mcp_server", id, "restore"))
    }

    /// `GET /api/mcp_server?status=…`: installed servers (`.active`) or uninstalled ones (`.deleted`).
    public func mcpServers(status: RecordStatus) async throws -> [MCPServer] {
        try await list("/api/mcp_server", query: [URLQueryItem(name: "status", value: status.rawValue)])
    }

    /// `GET /api/internal_mcp_catalog/{id}`: one catalog item, with the configuration it needs at
    /// install time in `raw["localConfig"]` and `raw["userConfig"]`.
    public func catalogItem(id: String) async throws -> CatalogItem {
        try await record(Self.path("api", "internal_mcp_catalog", id))
    }
}
