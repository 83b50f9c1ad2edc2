import ArchestraAPI

/// Builds the whole simulated organisation from `SimulatorOptions` (deterministic per seed).
enum WorldSeeder {
    static func makeWorld(options: SimulatorOptions, now: Double) -> SimulatedWorld {
        var random = SplitMix64(seed: options.seed)
        let directory = DirectorySeed.makeDirectory(&random)
        let teams = DirectorySeed.teamDocuments(directory, now: now, random: &random)
        let mcp = MCPSeed(directory: directory, now: now).make(random: &random)
        let knowledge = KnowledgeSeed(directory: directory, now: now).make(random: &random)
        let agentSeed = AgentSeed(
            directory: directory, now: now, toolPool: mcp.toolPool,
            knowledgeBaseIDs: knowledge.knowledgeBases.map(\.id), connectorIDs: knowledge.connectors.compactMap { $0.text("id") }
        )
        let agents = agentSeed.makeTable(agentCount: min(options.agentCount, 100_000), random: &random)
        let limits = LimitSeed(directory: directory, now: now, generation: options.generation).make(agents: agents.table, random: &random)
        let rules =
            options.generation.hasOptimizationRules
            ? OptimizationRuleSeed(directory: directory, now: now).make(agents: agents.table, random: &random) : []

        var world = SimulatedWorld(
            generation: options.generation, directory: directory, teams: teams, agents: agents.table,
            mcpServers: mcp.servers, catalog: mcp.catalog, knowledgeBases: knowledge.knowledgeBases,
            connectors: knowledge.connectors, connectorKnowledgeBases: knowledge.links, limits: limits,
            optimizationRules: rules,
            usage: UsageHistory(), activeAgents: agents.active, llmProxyIdentityProviderID: nil, random: random
        )
        linkAssignments(&world)
        GuardrailSeed(generation: options.generation, now: now).seed(&world, seed: options.seed)
        ConnectorRunSeed(generation: options.generation).seed(&world, seed: options.seed)
        world.knowledgeBases += GeneratedKnowledgeSeed(directory: directory, now: now)
            .make(count: min(options.knowledgeBaseCount, 100_000), seed: options.seed)
        TrafficGenerator.prefill(&world, now: now)
        world.logs = LogBook(
            capacity: min(max(options.logCapacity, 1), 100_000), rate: options.logRate,
            paging: options.logPaging ?? options.generation.logPaging, seed: options.seed)
        // A few minutes of history, so a log is not empty when the simulator starts.
        let history = min(Int(options.logRate * LogGenerator.historySeconds), world.logs.capacity)
        LogGenerator.generate(&world, count: history, endingAt: now - 1, over: LogGenerator.historySeconds, chargeLimits: false)
        return world
    }

    /// Fills the back-references (`assignedAgents`) of servers, tools and knowledge bases from the agents' documents.
    private static func linkAssignments(_ world: inout SimulatedWorld) {
        var agentsByTool: [String: [JSONValue]] = [:]
        var agentsByCatalog: [String: [JSONValue]] = [:]
        var agentsByKnowledgeBase: [String: [JSONValue]] = [:]
        for row in world.agents.rows {
            guard let document = row.document else { continue }
            let brief = JSONValue.object(["id": .string(row.id), "name": .string(row.name)])
            var catalogsSeen = Set<String>()
            for tool in document.objects("tools") {
                if let toolID = tool.text("id") { agentsByTool[toolID, default: []].append(brief) }
                if let catalogID = tool.text("catalogId"), catalogsSeen.insert(catalogID).inserted {
                    let owner = world.directory.person(id: row.authorID)
                    agentsByCatalog[catalogID, default: []].append(
                        .object([
                            "id": .string(row.id), "name": .string(row.name), "agentType": .string(row.agentType),
                            "scope": .string(row.scope), "ownerId": JSON.string(row.authorID), "ownerEmail": JSON.string(owner?.email),
                        ]))
                }
            }
            for kbID in (document["knowledgeBaseIds"]?.arrayValue ?? []).compactMap(\.stringValue) {
                agentsByKnowledgeBase[kbID, default: []].append(
                    .object([
                        "id": .string(row.id), "name": .string(row.name), "agentType": .string(row.agentType),
                    ]))
            }
        }
        for index in world.mcpServers.indices {
            let server = world.mcpServers[index]
            // Only the first install of a catalog item owns its tools' assignments.
            let isPrimary =
                world.mcpServers.firstIndex { $0.document.text("catalogId") == server.document.text("catalogId") && !$0.tools.isEmpty }
                == index
            if isPrimary, let catalogID = server.document.text("catalogId") {
                world.mcpServers[index].document["assignedAgents"] = .array(agentsByCatalog[catalogID] ?? [])
            }
            world.mcpServers[index].tools = server.tools.map { tool in
                var tool = tool
                let assigned = agentsByTool[tool.text("id") ?? ""] ?? []
                tool["assignedAgents"] = .array(assigned)
                tool["assignedAgentCount"] = JSON.int(assigned.count)
                return tool
            }
        }
        for index in world.knowledgeBases.indices {
            world.knowledgeBases[index].document["assignedAgents"] = .array(agentsByKnowledgeBase[world.knowledgeBases[index].id] ?? [])
        }
    }
}
