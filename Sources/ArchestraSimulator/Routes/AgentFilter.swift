import ArchestraAPI

/// The filters of `GET /api/agents` and `/api/agents/all` (API notes §3.1, §3.2).
struct AgentFilter {
    var lowercasedName: String?
    var types: Set<String>?
    var scope: String?
    var teamIDs: Set<String>?
    var labels: LabelFilter?
    var showDeleted = false
    var excludeBuiltIn = false
    /// 1.4 hides the rows backing the LLM-proxy singleton.
    var hideLLMProxies: Bool

    /// Agent types the filters accept in this generation.
    static func filterableTypes(_ generation: APIGeneration) -> [String] {
        generation == .v1_2 ? ["profile", "mcp_gateway", "agent", "llm_proxy"] : ["profile", "mcp_gateway", "agent"]
    }

    init(_ query: QueryReader, generation: APIGeneration, allowBuiltInScope: Bool = true) throws {
        hideLLMProxies = generation == .v1_4
        lowercasedName = query.string("name")?.lowercased()
        let allowedTypes = Self.filterableTypes(generation)
        if let list = query.list("agentTypes") {
            for type in list where !allowedTypes.contains(type) {
                throw APIError.validation("querystring/agentTypes must contain only \(allowedTypes.joined(separator: ", ")), not '\(type)'")
            }
            types = Set(list)
        } else if let single = try query.oneOf("agentType", allowedTypes) {
            types = [single]
        }
        scope = try query.oneOf("scope", ["personal", "team", "org", "built_in"])
        if scope == "built_in", !allowBuiltInScope {
            scope = nil  // `/all` ignores it
        }
        if scope == "team", let teams = query.list("teamIds") {
            teamIDs = Set(teams)
        }
        labels = try query.string("labels").map(LabelFilter.init(parsing:))
        showDeleted = try query.oneOf("status", ["active", "deleted"]) == "deleted"
        excludeBuiltIn = try query.bool("excludeBuiltIn", default: false)
    }

    func matches(_ row: AgentRow) -> Bool {
        if row.isDeleted != showDeleted { return false }
        if hideLLMProxies, row.agentType == "llm_proxy" { return false }
        if excludeBuiltIn, row.builtIn { return false }
        if let types, !types.contains(row.agentType) { return false }
        if let scope {
            if scope == "built_in" {
                if !row.builtIn { return false }
            } else if row.builtIn || row.scope != scope {
                return false
            }
        }
        if let teamIDs, teamIDs.isDisjoint(with: row.teamIDs) { return false }
        if let lowercasedName, !row.lowercasedName.contains(lowercasedName) { return false }
        if let labels, !labels.matches(row.labels) { return false }
        return true
    }
}
