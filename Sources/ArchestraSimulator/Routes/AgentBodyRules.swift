import ArchestraAPI

/// What agent create and update bodies must satisfy (API notes §3.4, §3.5); every 400 names its field.
enum AgentBodyRules {
    /// Keys a client cannot set directly (or that are converted before storing).
    static let serverManagedKeys: Set<String> = [
        "id", "organizationId", "authorId", "createdAt", "updatedAt", "deletedAt", "builtIn", "builtInAgentConfig",
        "latestVersion", "teams", "labels", "users", "tools", "isPersonalGateway", "authorName", "authorEmail", "createdBy",
        "lastUsedAt",
    ]

    static let scopes = ["personal", "team", "org"]

    /// Agent types a body may name: 1.4 no longer creates LLM proxies through `/api/agents` (§3.4, §5.1).
    static func agentTypes(_ generation: APIGeneration) -> [String] {
        generation == .v1_2 ? ["agent", "mcp_gateway", "profile", "llm_proxy"] : ["agent", "mcp_gateway", "profile"]
    }

    /// The shapes of the optional members.
    static func validateOptionalFields(_ body: JSONObject) throws {
        try BodyRules.nullableStrings(
            body,
            [
                "systemPrompt", "description", "icon", "incomingEmailAllowedDomain", "llmApiKeyId", "llmModel", "modelId",
                "identityProviderId", "environmentId", "slug",
            ])
        try BodyRules.booleans(
            body,
            [
                "isDefault", "isPersonalProxy", "considerContextUntrusted", "incomingEmailEnabled", "accessAllTools", "accessAllSubagents",
            ])
        try BodyRules.nullableStringArrays(body, ["passthroughHeaders", "knowledgeBaseIds", "connectorIds"])
        _ = try BodyRules.optionalEnum(body, "incomingEmailSecurityMode", ["private", "internal", "public"])
        _ = try BodyRules.optionalEnum(body, "toolExposureMode", ["full", "search_and_run_only"])
        _ = try BodyRules.optionalEnum(body, "missingCredentialBehavior", ["allow", "warn", "block"])
    }

    /// `modelId` and `llmApiKeyId` are set together or not at all (the values the agent will have).
    static func checkModelAndKey(modelId: JSONValue?, llmApiKeyId: JSONValue?) throws {
        let hasModel = modelId.map { !$0.isNull } ?? false
        let hasKey = llmApiKeyId.map { !$0.isNull } ?? false
        guard hasModel != hasKey else { return }
        throw APIError.invalidField(hasModel ? "llmApiKeyId" : "modelId", "an agent's model and API key must be set together")
    }

    /// `teams` as known team ids (400 naming the entry otherwise); `nil` when absent.
    static func teamIDs(_ body: JSONObject, _ directory: Directory) throws -> [String]? {
        guard let value = body["teams"], !value.isNull else { return nil }
        guard let items = value.arrayValue else { throw APIError.invalidBody("teams", "must be an array of team ids") }
        return try items.enumerated().map { index, item in
            guard let id = item.stringValue ?? item.objectValue?.text("id") else {
                throw APIError.invalidBody("teams/\(index)", "must be a team id")
            }
            guard directory.team(id: id) != nil else { throw APIError.invalidField("teams", "no team has the id '\(id)'") }
            return id
        }
    }

    /// A team-scoped agent keeps at least one team.
    static func checkTeamScope(scope: String, teamIDs: [String]) throws {
        if scope == "team", teamIDs.isEmpty {
            throw APIError.invalidField("teams", "a team-scoped agent needs at least one team")
        }
    }

    /// `users` (user ids) as `{id, name, email}`; `nil` when absent.
    static func users(_ body: JSONObject, _ directory: Directory) throws -> [JSONValue]? {
        guard let value = body["users"], !value.isNull else { return nil }
        guard let items = value.arrayValue else { throw APIError.invalidBody("users", "must be an array of user ids") }
        return try items.enumerated().map { index, item in
            guard let id = item.stringValue else { throw APIError.invalidBody("users/\(index)", "must be a user id") }
            guard let person = directory.person(id: id) else { throw APIError.invalidField("users", "no user has the id '\(id)'") }
            return .object(["id": .string(person.id), "name": .string(person.name), "email": .string(person.email)])
        }
    }
}
