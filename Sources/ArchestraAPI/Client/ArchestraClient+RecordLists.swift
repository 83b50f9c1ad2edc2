import Foundation
import NIOHTTP1

/// Bare-array lists with the count of records that could not be read, for consoles that say so.
extension ArchestraClient {
    /// `GET /api/limits`.
    public func limitList(_ query: LimitQuery = .init()) async throws -> RecordList<UsageLimit> {
        try await recordList("/api/limits", query: query.queryItems)
    }

    /// `GET /api/mcp_server`.
    public func mcpServerList() async throws -> RecordList<MCPServer> {
        try await recordList("/api/mcp_server")
    }

    /// `GET /api/internal_mcp_catalog`.
    public func catalogList() async throws -> RecordList<CatalogItem> {
        try await recordList("/api/internal_mcp_catalog")
    }

    func recordList<Record: LenientDecodable>(_ path: String, query: [URLQueryItem] = []) async throws -> RecordList<Record> {
        let value = try await json(.GET, path, query: query)
        guard let elements = value.arrayValue else {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)\(path)", detail: "expected a JSON array")
        }
        let list = LenientList<Record>(elements)
        return RecordList(items: list.items, skipped: list.skipped)
    }
}
