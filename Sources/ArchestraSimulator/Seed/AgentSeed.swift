import ArchestraAPI

/// Seeds agents: the hand-written ones, the two LLM proxies and cheap bulk agents up to `agentCount`.
struct AgentSeed {
    let directory: Directory
    let now: Double
    /// Tools agents can be given (from the seeded MCP servers).
    let toolPool: [JSONObject]
    /// Knowledge bases and connectors agents can be given.
    let knowledgeBaseIDs: [String]
    let connectorIDs: [String]

    private static let bulkPrefixes = [
        "Billing", "Search", "Triage", "Ops", "Sales", "Docs", "Fraud", "Infra", "Legal", "People", "Pricing", "QA",
    ]
    private static let bulkRoles = ["Agent", "Assistant", "Gateway", "Helper", "Router", "Profile"]

    /// Builds the table. Bulk agents come first (oldest), then the proxies, then the named agents (newest),
    /// so the default sort (`createdAt` desc) opens on readable names.
    func makeTable(agentCount: Int, random: inout SplitMix64) -> (table: AgentTable, active: [Int]) {
        var table = AgentTable()
        let namedCount = min(max(agentCount, 0), NamedAgents.all.count)
        let bulkCount = max(agentCount, 0) - namedCount
        var active: [Int] = []

        let bulkSpan = 620 * Timestamp.day
        for bulkIndex in 0..<bulkCount {
            let created = now - 720 * Timestamp.day + bulkSpan * Double(bulkIndex) / Double(max(bulkCount, 1))
            let row = bulkRow(bulkIndex, created: created, random: &random)
            let index = table.upsert(row)
            if bulkIndex % max(1, bulkCount / 20) == 0 {
                active.append(index)
            }
        }
        for (offset, spec) in NamedAgents.proxies.enumerated() {
            let created = now - Double(330 - offset * 130) * Timestamp.day
            let index = table.upsert(namedRow(spec, created: created, random: &random))
            active += [index, index, index]
        }
        let namedSpan = 90 * Timestamp.day - 2 * Timestamp.hour
        for (offset, spec) in NamedAgents.all.prefix(namedCount).enumerated() {
            let created =
                now - 90 * Timestamp.day + namedSpan * Double(offset) / Double(NamedAgents.all.count)
                + random.double(in: 0...3_600)
            let index = table.upsert(namedRow(spec, created: created, random: &random))
            guard spec.builtInConfig == nil else { continue }
            let busy = spec.team == "Support" || spec.author == 1
            active += busy ? [index, index] : [index]
        }
        return (table, active)
    }

    private func bulkRow(_ bulkIndex: Int, created: Double, random: inout SplitMix64) -> AgentRow {
        let number = bulkIndex + 1
        let prefix = Self.bulkPrefixes[bulkIndex % Self.bulkPrefixes.count]
        let role = Self.bulkRoles[(bulkIndex / Self.bulkPrefixes.count) % Self.bulkRoles.count]
        let agentType: String
        switch bulkIndex % 10 {
        case 6, 7: agentType = "mcp_gateway"
        case 8: agentType = "profile"
        default: agentType = "agent"
        }
        let scope = ["team", "team", "team", "team", "org", "org", "personal"][bulkIndex % 7]
        let teamIDs = scope == "team" ? [directory.teams[bulkIndex % directory.teams.count].id] : []
        let labels: [AgentLabel]
        switch bulkIndex % 5 {
        case 0: labels = [AgentLabel(key: "environment", value: "production")]
        case 1: labels = [AgentLabel(key: "environment", value: "staging")]
        default: labels = []
        }
        let lastUsed = bulkIndex % 4 == 3 ? nil : min(now - 60, created + random.double(in: 0...(200 * Timestamp.day)))
        return AgentRow(
            id: random.uuid(), name: "\(prefix) \(role) \(number)", agentType: agentType, scope: scope, teamIDs: teamIDs,
            authorID: directory.people[bulkIndex % directory.people.count].id, labels: labels, createdAt: created,
            lastUsedAt: lastUsed, modelIndex: bulkIndex % ModelInfo.catalog.count
        )
    }

    private func namedRow(_ spec: NamedAgentSpec, created: Double, random: inout SplitMix64) -> AgentRow {
        let teamIDs = spec.team.flatMap { name in directory.teams.first { $0.name == name }?.id }.map { [$0] } ?? []
        var row = AgentRow(
            id: random.uuid(), name: spec.name, agentType: spec.agentType, scope: spec.scope, teamIDs: teamIDs,
            authorID: spec.builtInConfig == nil ? directory.people[spec.author % directory.people.count].id : nil,
            labels: spec.labels, createdAt: created, lastUsedAt: nil, modelIndex: spec.model
        )
        row.builtIn = spec.builtInConfig != nil
        row.isDefault = spec.isDefault
        row.isPersonalGateway = spec.isPersonalGateway
        row.updatedAt = min(now - 60, created + random.double(in: 0...(20 * Timestamp.day)))
        var document = AgentRenderer(directory: directory).render(row)
        document["description"] = JSON.string(spec.description)
        document["icon"] = JSON.string(spec.icon)
        document["builtInAgentConfig"] = spec.builtInConfig ?? .null
        document["latestVersion"] = JSON.int(random.int(in: 1...9))
        if spec.agentType == "agent" || spec.agentType == "mcp_gateway" || spec.agentType == "workflow", !toolPool.isEmpty {
            let toolCount = random.int(in: 0...min(4, toolPool.count))
            let start = random.int(in: 0...(toolPool.count - 1))
            document["tools"] = .array((0..<toolCount).map { .object(toolPool[(start + $0) % toolPool.count]) })
        }
        if spec.agentType == "agent", random.unit() < 0.4, !knowledgeBaseIDs.isEmpty {
            document["knowledgeBaseIds"] = JSON.strings([knowledgeBaseIDs[random.int(in: 0...(knowledgeBaseIDs.count - 1))]])
            if !connectorIDs.isEmpty {
                document["connectorIds"] = JSON.strings([connectorIDs[random.int(in: 0...(connectorIDs.count - 1))]])
            }
        }
        if spec.name == "Support Triage" {
            document["incomingEmailEnabled"] = .bool(true)
            document["incomingEmailSecurityMode"] = .string("internal")
            document["incomingEmailAllowedDomain"] = .string("acme.example")
            document["llmApiKeyId"] = .string(random.uuid())
            document["modelId"] = .string(random.uuid())
            document["suggestedPrompts"] = .array([
                .object(["summaryTitle": .string("Triage a ticket"), "prompt": .string("Triage ticket #4821 and draft a reply")]),
                .object([
                    "summaryTitle": .string("Find duplicates"), "prompt": .string("Are there open issues similar to 'SSO login loop'?"),
                ]),
            ])
        }
        row.document = document
        row.refreshColumns()
        return row
    }
}
