import ArchestraAPI

/// `/api/teams…` (API notes §9.2) and `GET /api/organization` (§5.2, §8).
enum TeamRoutes {
    static func handleTeams(_ context: RouteContext, _ world: inout SimulatedWorld) throws -> JSONValue? {
        let path = context.segments
        switch (context.method, path.count) {
        case ("GET", 1):
            let page = try PageRequest(context.query)
            let name = context.query.string("name")?.lowercased()
            let matches = world.teams.filter { name == nil || ($0.text("name") ?? "").lowercased().contains(name ?? "") }
            guard world.generation.teamsArePaginated else { return .array(matches.map(JSONValue.object)) }
            return page.envelope(of: matches.map(JSONValue.object))
        case ("GET", 2):
            return .object(try team(path[1], world))
        case ("GET", 3) where path[2] == "members":
            let members = try team(path[1], world).objects("members")
            return .array(
                members.map { member in
                    var member = member
                    let person = world.directory.person(id: member.text("userId"))
                    member["name"] = JSON.string(person?.name)
                    member["email"] = .string(person?.email ?? "")
                    member["image"] = .null
                    return .object(member)
                })
        default:
            return nil
        }
    }

    static func handleOrganization(_ context: RouteContext, _ world: inout SimulatedWorld) -> JSONValue? {
        guard context.method == "GET", context.segments == ["organization"] else { return nil }
        let gateway = world.agents.rows.first { $0.agentType == "mcp_gateway" && $0.isDefault && !$0.isDeleted }
        let proxy = world.defaultLLMProxyIndex.map { world.agents[$0].id }
        var organization: JSONObject = [
            "id": .string(world.directory.organizationID),
            "name": .string(world.directory.organizationName),
            "slug": .string("acme-corp"),
            "connectionDefaultMcpGatewayId": JSON.string(gateway?.id),
            "connectionDefaultLlmProxyId": JSON.string(proxy),
            "connectionLlmProxyEnabled": .bool(true),
            "connectionSkillsEnabled": .bool(true),
            "connectionPluginsEnabled": .bool(false),
            "convertToolResultsToToon": .bool(true),
            "compressionScope": .string("organization"),
            "defaultUserLimitValue": .null,
            "defaultUserLimitModel": .null,
            "defaultUserLimitCleanupInterval": .null,
        ]
        if let interval = world.generation.organizationLimitCleanupInterval {
            organization["limitCleanupInterval"] = .string(interval)
        }
        return .object(organization)
    }

    private static func team(_ id: String, _ world: SimulatedWorld) throws -> JSONObject {
        guard let team = world.teams.first(where: { $0.text("id") == id }) else { throw APIError.notFound("Team not found") }
        return team
    }
}
