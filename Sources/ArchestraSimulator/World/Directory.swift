import ArchestraAPI

/// A user of the simulated organisation.
struct Person: Sendable {
    var id: String
    var name: String
    var email: String

    /// The `createdBy` shape of API notes §2.4.
    var createdByJSON: JSONValue {
        .object(["id": .string(id), "name": .string(name), "email": .string(email)])
    }
}

/// A team, with the fields statistics need beside its stored document.
struct TeamInfo: Sendable {
    var id: String
    var name: String
    /// Members reported by `/api/statistics/teams` (the stored document lists only a few).
    var memberCount: Int
}

/// An LLM the traffic generator bills, with list prices in USD per million tokens.
struct ModelInfo: Sendable {
    var name: String
    var provider: String
    var inputPrice: Double
    var outputPrice: Double
    var cacheReadPrice: Double

    static let catalog: [ModelInfo] = [
        ModelInfo(name: "claude-sonnet-4-5", provider: "anthropic", inputPrice: 3, outputPrice: 15, cacheReadPrice: 0.3),
        ModelInfo(name: "gpt-4o-mini", provider: "openai", inputPrice: 0.15, outputPrice: 0.6, cacheReadPrice: 0.075),
        ModelInfo(name: "claude-haiku-4-5", provider: "anthropic", inputPrice: 1, outputPrice: 5, cacheReadPrice: 0.1),
        ModelInfo(name: "gpt-4.1", provider: "openai", inputPrice: 2, outputPrice: 8, cacheReadPrice: 0.5),
        ModelInfo(name: "gemini-2.5-pro", provider: "gemini", inputPrice: 1.25, outputPrice: 10, cacheReadPrice: 0.31),
    ]

    static func index(named name: String?) -> Int? {
        catalog.firstIndex { $0.name == name }
    }
}

/// How LLM-proxy traffic authenticated (`/api/statistics/llm-proxy` groups by this).
struct AuthChannel: Sendable {
    var authMethod: String
    var credentialID: String?
    var credentialName: String?
    /// Subscription traffic is not billed per token (`billedCost` 0, `subscriptionCost` = cost).
    var isSubscription: Bool

    static let catalog: [AuthChannel] = [
        AuthChannel(
            authMethod: "virtual_key", credentialID: "6f0b4d8e-2a7c-4e1f-93b5-8d2a6c0e4f19", credentialName: "ci-pipeline",
            isSubscription: false),
        AuthChannel(
            authMethod: "virtual_key", credentialID: "0d5e9a13-6b2f-4c8d-a7e1-3f9b5d0c2e48", credentialName: "support-bot",
            isSubscription: false),
        AuthChannel(authMethod: "oauth_user", credentialID: nil, credentialName: nil, isSubscription: true),
        AuthChannel(
            authMethod: "provider_key", credentialID: "61c8e2a4-9f3b-4d7e-b1a5-c2e9d4f8a037", credentialName: "Anthropic (org)",
            isSubscription: false),
        AuthChannel(authMethod: "jwks", credentialID: nil, credentialName: nil, isSubscription: false),
    ]
}

/// The organisation, its people and teams: what other records point at.
struct Directory: Sendable {
    var organizationID: String
    var organizationName: String
    /// `people[0]` owns the API key (the "caller" of `/api/mcp-gateways/default`).
    var people: [Person]
    var teams: [TeamInfo]
    /// Identity providers `PATCH /api/llm-proxy` accepts.
    var identityProviderIDs: [String]

    var caller: Person { people[0] }

    func person(id: String?) -> Person? {
        people.first { $0.id == id }
    }

    func team(id: String) -> TeamInfo? {
        teams.first { $0.id == id }
    }

    func teamName(id: String) -> String? {
        team(id: id)?.name
    }
}
