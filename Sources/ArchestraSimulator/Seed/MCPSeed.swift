import ArchestraAPI

/// Seeds the MCP catalog, the installed servers in every installation state, and their tools.
struct MCPSeed {
    let directory: Directory
    let now: Double

    private struct CatalogSpec {
        var name: String
        var serverType: String
        var description: String
        var requiresAuth: Bool
        var tools: [(name: String, description: String)]
    }

    private static let catalogSpecs: [CatalogSpec] = [
        CatalogSpec(
            name: "github", serverType: "local", description: "GitHub's official MCP server (issues, PRs, repos)", requiresAuth: true,
            tools: [
                ("search_issues", "Search issues and pull requests across repositories"),
                ("create_issue", "Open a new issue in a repository"),
                ("get_pull_request", "Read a pull request with its diff"), ("list_commits", "List commits on a branch"),
            ]),
        CatalogSpec(
            name: "linear", serverType: "remote", description: "Linear's hosted MCP server (issues, projects, cycles)", requiresAuth: true,
            tools: [
                ("list_issues", "List Linear issues assigned to the user"), ("create_issue", "Create a Linear issue"),
                ("update_issue", "Update an issue's state"),
            ]),
        CatalogSpec(
            name: "archestra", serverType: "builtin",
            description: "Built-in Archestra tools (knowledge search, agent management, delegation)", requiresAuth: false,
            tools: [
                ("query_knowledge_sources", "Search the agent's knowledge bases and connectors"),
                ("delegate_to_agent", "Hand a task to another agent"),
                ("list_agents", "List agents the caller can use"),
            ]),
        CatalogSpec(
            name: "slack", serverType: "local", description: "Slack workspace tools (channels, messages)", requiresAuth: true,
            tools: [("post_message", "Post a message to a channel"), ("search_messages", "Search workspace messages")]),
        CatalogSpec(
            name: "postgres", serverType: "local", description: "Read-only SQL access to Postgres", requiresAuth: true,
            tools: [("query", "Run a read-only SQL query"), ("describe_table", "Describe a table's columns")]),
        CatalogSpec(
            name: "jira", serverType: "remote", description: "Atlassian Jira Cloud", requiresAuth: true,
            tools: [("search", "Search issues with JQL"), ("transition_issue", "Move an issue to another status")]),
        CatalogSpec(
            name: "filesystem", serverType: "local", description: "Sandboxed file access", requiresAuth: false,
            tools: [("read_file", "Read a file"), ("write_file", "Write a file")]),
        CatalogSpec(name: "notion", serverType: "remote", description: "Notion pages and databases", requiresAuth: true, tools: []),
    ]

    /// Seeded after the others with an id derived from its name, so adding it changed no other seeded value.
    private static let failingSpec = CatalogSpec(
        name: CatalogInstallSeed.failingItemName, serverType: "local",
        description: "Demo item whose image cannot be pulled: every install ends in error", requiresAuth: false, tools: []
    )

    /// Installed servers: install name, catalog name, scope, team, status, error, reinstall reason, OAuth error.
    private struct InstallSpec {
        var name: String
        var catalog: String
        var scope: String
        var team: String? = nil
        var owner: Int = 0
        var status: String = "success"
        var error: String? = nil
        var reinstallReason: String? = nil
        var oauthError: String? = nil
        var hibernation = "inherit"
    }

    private static let installSpecs: [InstallSpec] = [
        InstallSpec(name: "github", catalog: "github", scope: "org"),
        InstallSpec(name: "linear", catalog: "linear", scope: "personal", oauthError: "refresh_failed"),
        InstallSpec(
            name: "github-data-team", catalog: "github", scope: "team", team: "Data Science", owner: 2, status: "error",
            error: "Back-off pulling image \"ghcr.io/github/github-mcp-server:v0.18.0\": ImagePullBackOff",
            reinstallReason: "new-input", hibernation: "disabled"),
        InstallSpec(name: "slack-support", catalog: "slack", scope: "team", team: "Support", owner: 5, status: "pending"),
        InstallSpec(
            name: "postgres-warehouse", catalog: "postgres", scope: "team", team: "Research", owner: 2, status: "discovering-tools"),
        InstallSpec(name: "jira", catalog: "jira", scope: "org", owner: 1),
        InstallSpec(name: "archestra", catalog: "archestra", scope: "org"),
        InstallSpec(name: "omar-files", catalog: "filesystem", scope: "personal", owner: 3, status: "idle", hibernation: "enabled"),
    ]

    /// Catalog documents, installed servers with tools, and the pool of agent tool assignments.
    func make(random: inout SplitMix64) -> (catalog: [JSONObject], servers: [MCPServerRecord], toolPool: [JSONObject]) {
        var catalogIDs: [String: String] = [:]
        var catalog = Self.catalogSpecs.enumerated().map { offset, spec -> JSONObject in
            let id = random.uuid()
            catalogIDs[spec.name] = id
            return catalogDocument(spec, id: id, created: now - Double(200 - offset * 15) * Timestamp.day)
        }
        catalog.append(
            catalogDocument(
                Self.failingSpec, id: StableID.uuid(for: "catalog:" + Self.failingSpec.name), created: now - 20 * Timestamp.day
            ))
        var servers: [MCPServerRecord] = []
        var toolPool: [JSONObject] = []
        for (offset, install) in Self.installSpecs.enumerated() {
            guard let spec = Self.catalogSpecs.first(where: { $0.name == install.catalog }), let catalogID = catalogIDs[install.catalog]
            else { continue }
            let created = now - Double(120 - offset * 12) * Timestamp.day
            let document = serverDocument(install, spec: spec, id: random.uuid(), catalogID: catalogID, created: created)
            let hasTools = install.status == "success"
            let tools: [JSONObject] =
                hasTools
                ? spec.tools.map { tool in
                    let prefixed = install.catalog + "__" + tool.name
                    let toolID = random.uuid()
                    toolPool.append([
                        "id": .string(toolID), "agentId": .null, "catalogId": .string(catalogID), "delegateToAgentId": .null,
                        "name": .string(prefixed), "rawName": .string(tool.name), "description": .string(tool.description),
                    ])
                    return [
                        "id": .string(toolID), "name": .string(prefixed), "description": .string(tool.description),
                        "parameters": .object([
                            "type": .string("object"),
                            "properties": .object(["query": .object(["type": .string("string")])]),
                            "required": .array([]),
                        ]),
                        "createdAt": JSON.timestamp(created + 60), "group": JSON.string(install.catalog == "archestra" ? nil : "default"),
                        "assignedAgentCount": JSON.int(0), "assignedAgents": .array([]),
                    ]
                } : []
            servers.append(MCPServerRecord(document: document, tools: tools, installation: nil))
        }
        return (catalog, servers, toolPool)
    }

    private func catalogDocument(_ spec: CatalogSpec, id: String, created: Double) -> JSONObject {
        let author = spec.serverType == "builtin" ? nil : directory.people[1]
        return [
            "id": .string(id), "name": .string(spec.name), "version": spec.serverType == "builtin" ? .string("1.4.0-beta.1") : .null,
            "description": .string(spec.description), "instructions": .null, "repository": .null, "installationCommand": .null,
            "requiresAuth": .bool(spec.requiresAuth), "authDescription": .null, "authFields": .null,
            "serverType": .string(spec.serverType), "multitenant": .bool(false), "deploymentName": .null,
            "dynamicConnectionMcpServerId": .null,
            "serverUrl": spec.serverType == "remote" ? .string("https://mcp.\(spec.name).example/mcp") : .null,
            "docsUrl": .null, "clientSecretId": .null, "localConfigSecretId": .null,
            "localConfig": spec.serverType == "local"
                ? .object([
                    "dockerImage": .string(
                        spec.name == CatalogInstallSeed.failingItemName
                            ? CatalogInstallSeed.failingItemImage : "ghcr.io/acme/\(spec.name)-mcp:latest"),
                    "transportType": .string("stdio"), "environment": .array(CatalogInstallSeed.environment(for: spec.name)),
                ])
                : .null,
            "deploymentSpecYaml": .null, "userConfig": CatalogInstallSeed.userConfig(for: spec.name), "oauthConfig": .null,
            "enterpriseManagedConfig": .null, "icon": .null,
            "organizationId": .string(directory.organizationID), "authorId": JSON.string(author?.id), "scope": .string("org"),
            "clonedFrom": .null, "environmentId": .null, "catalogReinstallRequired": .bool(false),
            "catalogItemApprovalStatus": .null, "catalogItemApprovalReason": .null,
            "catalogItemApprovalReviewedBy": .null, "catalogItemApprovalReviewedAt": .null,
            "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(created + Timestamp.day), "deletedAt": .null,
            "labels": .array([.object(["key": .string("vendor"), "value": .string(spec.name)])]), "teams": .array([]),
            "authorName": JSON.string(author?.name), "createdBy": author?.createdByJSON ?? .null,
            "alertMutes": .array([]), "toolCount": JSON.int(spec.tools.count), "providesUi": .bool(false),
            "skillCount": JSON.int(0), "providesSkills": .bool(false), "appId": .null, "appEnabled": .null,
            "imageApprovalRequired": .bool(false),
        ]
    }

    private func serverDocument(_ install: InstallSpec, spec: CatalogSpec, id: String, catalogID: String, created: Double) -> JSONObject {
        let owner = directory.people[install.owner % directory.people.count]
        let team = install.team.flatMap { name in directory.teams.first { $0.name == name } }
        let oauthFailedAt = install.oauthError == nil ? nil : now - 9 * Timestamp.hour
        return [
            "id": .string(id), "name": .string(install.name),
            "deploymentName": spec.serverType == "local" ? .string("mcp-\(install.name)-\(id.prefix(8))") : .null,
            "catalogId": .string(catalogID), "serverType": .string(spec.serverType), "secretId": .null,
            "environmentValues": .object([:]), "ownerId": .string(owner.id), "teamId": JSON.string(team?.id),
            "scope": .string(install.scope), "reinstallRequired": .bool(install.reinstallReason != nil),
            "reinstallReason": JSON.string(install.reinstallReason),
            "localInstallationStatus": .string(install.status), "localInstallationError": JSON.string(install.error),
            "oauthRefreshError": JSON.string(install.oauthError),
            "oauthRefreshErrorMessage": install.oauthError == nil ? .null : .string("invalid_grant"),
            "oauthRefreshErrorDescription": install.oauthError == nil ? .null : .string("Refresh token expired or revoked"),
            "oauthRefreshFailedAt": JSON.timestamp(oauthFailedAt),
            "lastUsedAt": install.status == "success" ? JSON.timestamp(now - 40 * Timestamp.minute) : .null,
            "hibernationMode": .string(install.hibernation),
            "createdAt": JSON.timestamp(created), "updatedAt": JSON.timestamp(oauthFailedAt ?? created + Timestamp.hour),
            "deletedAt": .null,
            "ownerEmail": .string(owner.email), "catalogName": .string(spec.name),
            "users": install.scope == "personal" ? JSON.strings([owner.id]) : .array([]),
            "userDetails": .array([]),
            "teamDetails": team.map { .object(["teamId": .string($0.id), "name": .string($0.name), "createdAt": JSON.timestamp(created)]) }
                ?? .null,
            "assignedAgents": .array([]),
            "secretStorageType": .string(spec.requiresAuth ? "vault" : "none"),
            "alertMutes": .array([]), "canUseCredential": .bool(install.scope != "team"),
        ]
    }
}
