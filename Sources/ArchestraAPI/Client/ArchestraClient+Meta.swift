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
            value["error"] == nil, let readiness = try? Readiness(json: value)
        {
            return readiness
        }
        guard response.isSuccess else {
            throw ArchestraError.fromResponse(status: response.status, body: response.body, endpoint: endpoint)
        }
        return try decodeRecord(try Self.parseJSON(response.body, endpoint: endpoint), endpoint: endpoint)
    }

    /// The platform version: the `version` of `/health`, else `info.version` of `/openapi.json`.
    /// Throws when neither reports one.
    public func serverVersion() async throws -> String {
        guard let version = try await reportedVersion() else {
            throw ArchestraError.decoding(endpoint: "GET \(configuration.baseURL.path)/health", detail: "no version reported")
        }
        return version
    }

    /// The version the server reports (`/health`, else `/openapi.json`), or `nil` when it reports none.
    /// An unreachable server is thrown; a server that answers without a version gives `nil`.
    public func reportedVersion() async throws -> String? {
        do {
            if let version = try await health().version?.trimmingCharacters(in: .whitespaces), !version.isEmpty {
                return version
            }
        } catch let error as ArchestraError {
            if case .transport = error { throw error }
        }
        let document = try? await json(.GET, "/openapi.json")
        if let version = document?["info"]?.string("version")?.trimmingCharacters(in: .whitespaces), !version.isEmpty {
            return version
        }
        return nil
    }

    /// Which LLM-proxy API the server speaks, asked afresh on every call (nothing is cached, so a
    /// caller can detect again after reconnecting to a server that may have been upgraded).
    ///
    /// The reported version decides (below 1.4 → `.v1_2`, see ``APIGeneration/forServerVersion(_:)``).
    /// Only when the server reports no usable version are the endpoints probed: `GET /api/llm-proxy`
    /// answers on 1.4+, older servers answer `GET /api/llm-proxy/default`; when neither exists, 1.4 is
    /// assumed. Probe errors other than 404 (e.g. 401) are thrown.
    public func detectGeneration() async throws -> APIGeneration {
        if let version = try await reportedVersion(), let generation = APIGeneration.forServerVersion(version) {
            return generation
        }
        return try await detectGenerationByProbing()
    }

    /// The endpoint probes of ``detectGeneration()``, for servers that do not say their version.
    func detectGenerationByProbing() async throws -> APIGeneration {
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
