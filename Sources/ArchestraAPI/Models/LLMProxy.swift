import Foundation

/// `GET /api/llm-proxy` (1.4+): the organization's LLM-proxy singleton.
public struct LLMProxySingleton: LenientDecodable, Decodable, Equatable {
    public var id: String
    /// JWT (JWKS) identity provider; `nil` when JWT auth is off.
    public var identityProviderId: String?

    public init(id: String, identityProviderId: String? = nil) {
        self.id = id
        self.identityProviderId = identityProviderId
    }

    public init(json: JSONValue) throws {
        self.init(id: try json.requiredID(), identityProviderId: json.string("identityProviderId"))
    }

    public init(from decoder: Decoder) throws { self = try Self.decodeLeniently(from: decoder) }
}

/// One LLM proxy as the dashboard lists it, whichever API generation it came from.
public struct LLMProxyEntry: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var isDefault: Bool
    public var identityProviderId: String?
    /// The backing agent row (1.2 servers); `nil` for the 1.4 singleton.
    public var agent: Agent?

    public init(id: String, name: String, isDefault: Bool = false, identityProviderId: String? = nil, agent: Agent? = nil) {
        self.id = id
        self.name = name
        self.isDefault = isDefault
        self.identityProviderId = identityProviderId
        self.agent = agent
    }
}

/// The LLM proxies of a server and the API generation they were read with.
public struct LLMProxyListing: Sendable, Equatable {
    public var generation: APIGeneration
    public var proxies: [LLMProxyEntry]

    public init(generation: APIGeneration, proxies: [LLMProxyEntry]) {
        self.generation = generation
        self.proxies = proxies
    }
}
