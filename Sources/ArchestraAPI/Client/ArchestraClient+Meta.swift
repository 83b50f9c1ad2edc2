import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// `GET /health`: liveness.
    public func health() async throws -> Health {
        try await record("/health")
    }

    /// `GET /ready`. A 503 answer that carries a readiness body is returned (status `degraded`), not thrown.
    public func readiness() async throws -> Readiness {
        let response = try await perform(.GET, "/ready")
        let endpoint = "GET \(configuration.baseURL.path)/ready"
        if response.isSuccess || response.status == 503,
           let value = try? Self.parseJSON(response.body, endpoint: endpoint),
           value["error"] == nil, let readiness = try? Readiness(json: value) {
            return readiness
        }
        guard response.isSuccess else {
            throw ArchestraError.fromResponse(status: response.status, body: response.body, endpoint: endpoint)
        }
        return try decodeRecord(try Self.parseJSON(response.body, endpoint: endpoint), endpoint: endpoint)
    }

    /// The platform version: `info.version` of `/openapi.json`, else the version `/health` reports.
    public func serverVersion() async throws -> String {
        if let document = try? await json(.GET, "/openapi.json"),
           let version = document["info"]?.string("version"), !version.isEmpty {
            return version
        }
        let health = try await health()
        guard let version = health.version, !version.isEmpty else {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)/health", detail: "no version reported")
        }
        return version
    }

    /// Which LLM-proxy API the server speaks: `GET /api/llm-proxy` answers on 1.4+; older
    /// servers answer `GET /api/llm-proxy/default` instead. When neither exists, assumes 1.4.
    /// Errors other than 404 (e.g. 401) are thrown.
    public func detectGeneration() async throws -> APIGeneration {
        if try await probe("/api/llm-proxy") { return .v1_4 }
        if try await probe("/api/llm-proxy/default") { return .v1_2 }
        return .v1_4
    }

    /// `true` on 2xx, `false` on 404; any other answer is thrown.
    private func probe(_ path: String) async throws -> Bool {
        let response = try await perform(.GET, path)
        if response.isSuccess { return true }
        if response.status == 404 { return false }
        throw ArchestraError.fromResponse(
            status: response.status, body: response.body, endpoint: "GET \(configuration.baseURL.path)\(path)"
        )
    }
}
