import ArchestraAPI

/// Builds the full agent object of API notes §3.3 from a row's columns.
///
/// Used for bulk rows at response time and, with overrides, to write the documents of
/// hand-written and newly created agents.
struct AgentRenderer {
    let directory: Directory

    func render(_ row: AgentRow) -> JSONObject {
        let author = directory.person(id: row.authorID)
        let model = ModelInfo.catalog[row.modelIndex % ModelInfo.catalog.count]
        let isInternalAgent = row.agentType == "agent"
        let teams: [JSONValue] = row.teamIDs.map { teamID in
            .object(["id": .string(teamID), "name": .string(directory.teamName(id: teamID) ?? "")])
        }
        var object: JSONObject = [
            "id": .string(row.id),
            "organizationId": .string(directory.organizationID),
            "authorId": JSON.string(row.authorID),
            "scope": .string(row.scope),
            "name": .string(row.name),
            "slug": .string(Self.slug(for: row.name, id: row.id)),
            "isDefault": .bool(row.isDefault),
            "isPersonalGateway": .bool(row.isPersonalGateway),
            "isPersonalProxy": .bool(false),
            "considerContextUntrusted": .bool(false),
            "agentType": .string(row.agentType),
            "systemPrompt": isInternalAgent ? .string("You are \(row.name). Be concise and cite your sources.") : .null,
            "description": .null,
            "icon": .null,
            "incomingEmailEnabled": .bool(false),
            "incomingEmailSecurityMode": .string("private"),
            "incomingEmailAllowedDomain": .null,
            "llmApiKeyId": .null,
            "llmModel": isInternalAgent ? .string(model.name) : .null,
            "modelId": .null,
            "identityProviderId": .null,
            "environmentId": .null,
            "runtime": .null,
            "runtimeSecretId": .null,
            "passthroughHeaders": .null,
            "toolExposureMode": .string(row.agentType == "mcp_gateway" ? "search_and_run_only" : "full"),
            "missingCredentialBehavior": .string("warn"),
            "accessAllTools": .bool(row.agentType == "mcp_gateway"),
            "accessAllSkills": .bool(true),
            "accessAllSubagents": .bool(false),
            "builtInAgentConfig": .null,
            "builtIn": .bool(row.builtIn),
            "latestVersion": JSON.int(1),
            "createdAt": JSON.timestamp(row.createdAt),
            "updatedAt": JSON.timestamp(row.updatedAt),
            "deletedAt": JSON.timestamp(row.deletedAt),
            "tools": .array([]),
            "teams": .array(teams),
            "users": .array([]),
            "labels": .array(row.labels.map { .object(StableID.labelJSON(key: $0.key, value: $0.value)) }),
            "authorName": JSON.string(author?.name),
            "authorEmail": JSON.string(author?.email),
            "createdBy": author?.createdByJSON ?? .null,
            "knowledgeBaseIds": .array([]),
            "connectorIds": .array([]),
            "suggestedPrompts": .array([]),
            "resolvedLlmModelName": isInternalAgent ? .string(model.name) : .null,
            "llmProviderRequiresPerUserCredential": .bool(false),
            "sandboxAvailable": .bool(isInternalAgent),
            "lastUsedAt": JSON.timestamp(row.lastUsedAt),
        ]
        if isInternalAgent {
            object["resolvedLlmProvider"] = .string(model.provider)
        }
        return object
    }

    /// `Support Triage` → `support-triage`; names without ASCII letters fall back to the id prefix.
    static func slug(for name: String, id: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "agent-" + id.prefix(8) : slug
    }
}
