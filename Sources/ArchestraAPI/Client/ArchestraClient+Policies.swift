import Foundation
import NIOHTTP1

extension ArchestraClient {
    /// Every policy of `family` (`GET /api/autonomy-policies/tool-invocation` or `GET /api/trusted-data-policies`;
    /// a bare array, not paginated). Elements that are not policies are left out.
    public func policies(_ family: PolicyFamily) async throws -> [ToolPolicy] {
        let value = try await json(.GET, family.collectionPath)
        return try decodePolicies(value, family: family, endpoint: "GET \(configuration.baseURL.path)\(family.collectionPath)")
    }

    /// `GET /api/autonomy-policies/operators`: the operators conditions may use.
    public func policyOperators() async throws -> [PolicyOperator] {
        try await list("/api/autonomy-policies/operators")
    }

    /// `POST` a new policy; `body` needs `toolId`, `conditions` and `action` (see ``PolicyDiff``).
    public func createPolicy(_ family: PolicyFamily, body: JSONValue) async throws -> ToolPolicy {
        try await writePolicy(.POST, family.collectionPath, family: family, body: body)
    }

    /// `PUT` a partial update: only the members in `body` change.
    public func updatePolicy(_ family: PolicyFamily, id: String, body: JSONValue) async throws -> ToolPolicy {
        try await writePolicy(.PUT, family.collectionPath + Self.path(id), family: family, body: body)
    }

    /// `DELETE` a policy; 404 when it no longer exists.
    public func deletePolicy(_ family: PolicyFamily, id: String) async throws {
        try await delete(family.collectionPath + Self.path(id))
    }

    /// Sends one request of a ``PolicyDiff``; returns the policy the server answers with (`nil` for a delete).
    @discardableResult
    public func send(_ request: PolicyRequest) async throws -> ToolPolicy? {
        let body = request.body ?? .object([:])
        switch request.kind {
        case .create: return try await createPolicy(request.family, body: body)
        case .update(let id): return try await updatePolicy(request.family, id: id, body: body)
        case .delete(let id):
            try await deletePolicy(request.family, id: id)
            return nil
        }
    }

    private func writePolicy(_ method: HTTPMethod, _ path: String, family: PolicyFamily, body: JSONValue) async throws -> ToolPolicy {
        let endpoint = "\(method.rawValue) \(configuration.baseURL.path)\(path)"
        let bytes: [UInt8]
        do {
            bytes = Array(try JSONEncoder().encode(body))
        } catch {
            throw ArchestraError.invalidConfiguration("Could not encode the request body for \(endpoint): \(error)")
        }
        let value = try await json(method, path, body: bytes)
        do {
            return try ToolPolicy(json: value, family: family)
        } catch {
            throw ArchestraError.decoding(endpoint: endpoint, detail: "\(error)")
        }
    }

    private func decodePolicies(_ value: JSONValue, family: PolicyFamily, endpoint: String) throws -> [ToolPolicy] {
        do {
            return try ToolPolicy.list(value, family: family).policies
        } catch {
            throw ArchestraError.decoding(endpoint: endpoint, detail: "\(error)")
        }
    }
}
