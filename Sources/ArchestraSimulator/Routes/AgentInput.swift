import ArchestraAPI

/// Normalising agent create/update bodies.
enum AgentInput {
    /// Keys a client cannot set directly (or that are converted before storing).
    static let serverManagedKeys: Set<String> = [
        "id", "organizationId", "authorId", "createdAt", "updatedAt", "deletedAt", "builtIn", "builtInAgentConfig",
        "latestVersion", "teams", "labels", "users", "tools", "isPersonalGateway", "authorName", "authorEmail", "createdBy",
        "lastUsedAt",
    ]

    static func validateOptionalFields(_ body: JSONObject) throws {
        try BodyRules.nullableStrings(body, [
            "systemPrompt", "description", "icon", "incomingEmailAllowedDomain", "llmApiKeyId", "llmModel", "modelId",
            "identityProviderId", "environmentId", "slug",
        ])
        try BodyRules.booleans(body, [
            "isDefault", "isPersonalProxy", "considerContextUntrusted", "incomingEmailEnabled", "accessAllTools", "accessAllSubagents",
        ])
        _ = try BodyRules.optionalEnum(body, "incomingEmailSecurityMode", ["private", "internal", "public"])
        _ = try BodyRules.optionalEnum(body, "toolExposureMode", ["full", "search_and_run_only"])
        _ = try BodyRules.optionalEnum(body, "missingCredentialBehavior", ["allow", "warn", "block"])
        let hasModel = body["modelId"].map { !$0.isNull } ?? false
        let hasKey = body["llmApiKeyId"].map { !$0.isNull } ?? false
        if body["modelId"] != nil || body["llmApiKeyId"] != nil, hasModel != hasKey {
            throw APIError.validation("An agent's model and API key must be set together")
        }
    }

    /// `teams` as known team ids (400 for anything else); `nil` when absent.
    static func teamIDs(_ body: JSONObject, _ directory: Directory) throws -> [String]? {
        guard let value = body["teams"] else { return nil }
        guard let items = value.arrayValue else { throw APIError.validation("teams must be an array of team ids") }
        return try items.map { item in
            guard let id = item.stringValue ?? item.objectValue?.text("id") else {
                throw APIError.validation("teams must be an array of team ids")
            }
            guard directory.team(id: id) != nil else { throw APIError.validation("Team not found: \(id)") }
            return id
        }
    }

    /// `users` (user ids) as `{id, name, email}`; `nil` when absent.
    static func users(_ body: JSONObject, _ directory: Directory) throws -> [JSONValue]? {
        guard let value = body["users"] else { return nil }
        guard let items = value.arrayValue else { throw APIError.validation("users must be an array of user ids") }
        return try items.map { item in
            guard let id = item.stringValue, let person = directory.person(id: id) else {
                throw APIError.validation("users must be an array of known user ids")
            }
            return .object(["id": .string(person.id), "name": .string(person.name), "email": .string(person.email)])
        }
    }
}
