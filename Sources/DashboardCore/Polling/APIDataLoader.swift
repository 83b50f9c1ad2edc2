import Foundation
import ArchestraAPI

/// Loads each source from the Archestra API.
public struct APIDataLoader: DataLoading {
    public let client: ArchestraClient
    /// Knowledge bases whose health is probed per poll, at most (one request each).
    public var healthProbeLimit = 50

    public init(client: ArchestraClient) {
        self.client = client
    }

    public func load(_ request: FetchRequest) async -> Result<LoadedData, ArchestraError> {
        do {
            return .success(try await fetch(request))
        } catch let error as ArchestraError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(.transport(.other("cancelled"), endpoint: "\(request.source.rawValue)"))
        } catch {
            return .failure(.transport(.other(String(describing: error)), endpoint: "\(request.source.rawValue)"))
        }
    }

    func fetch(_ request: FetchRequest) async throws -> LoadedData {
        switch request {
        case .health:
            return .server(ServerInfo(version: try await client.health().version))
        case .agents(let page):
            let query = AgentQuery(limit: AgentListQuery.pageSize, offset: page.offset, name: page.query.name,
                                   sortBy: page.query.sortBy,
                                   sortDirection: page.query.sortBy == nil ? nil : (page.query.ascending ? "asc" : "desc"))
            return .agents(try await client.agents(query))
        case .gateways:
            let client = self.client
            let list = try await ArchestraClient.collectPages(pageSize: 100, maxItems: 2_000) { offset, limit in
                try await client.mcpGateways(limit: limit, offset: offset)
            }
            return .gateways(list)
        case .proxies(let known):
            let generation: APIGeneration
            if let known { generation = known } else { generation = try await client.detectGeneration() }
            return .proxies(try await client.llmProxies(generation: generation))
        case .proxyStats(let timeframe):
            return .proxyStats(try await client.llmProxyStatistics(timeframe: timeframe))
        case .knowledgeBases:
            let client = self.client
            let bases = try await ArchestraClient.collectPages(pageSize: 100, maxItems: 1_000) { offset, limit in
                try await client.knowledgeBases(KnowledgeBaseQuery(limit: limit, offset: offset))
            }
            var rows: [KnowledgeBaseRow] = []
            rows.reserveCapacity(bases.count)
            for (index, base) in bases.enumerated() {
                // A failed probe shows as unknown health for that base; the list itself still loaded.
                let health = index < healthProbeLimit ? try? await client.knowledgeBaseHealth(id: base.id) : nil
                rows.append(KnowledgeBaseRow(base: base, health: health))
            }
            return .knowledgeBases(rows)
        case .mcpServers:
            return .mcpServers(try await client.mcpServers())
        case .catalog:
            return .catalog(try await client.catalog())
        case .limits(let unknownAgentIDs):
            let limits = try await client.limits()
            var names: [String: String] = [:]
            for id in unknownAgentIDs.prefix(50) {
                if let agent = try? await client.agent(id: id) { names[id] = agent.name }
            }
            return .limits(limits, agentNames: names)
        case .teams:
            let client = self.client
            let teams = try await ArchestraClient.collectPages(pageSize: 100, maxItems: 2_000) { offset, limit in
                try await client.teams(TeamQuery(limit: limit, offset: offset))
            }
            return .teams(teams)
        case .teamStats(let timeframe): return .teamStats(try await client.teamStatistics(timeframe: timeframe))
        case .agentStats(let timeframe): return .agentStats(try await client.agentStatistics(timeframe: timeframe))
        case .modelStats(let timeframe): return .modelStats(try await client.modelStatistics(timeframe: timeframe))
        case .overview(let timeframe): return .overview(try await client.overviewStatistics(timeframe: timeframe))
        case .costSavings(let timeframe): return .costSavings(try await client.costSavings(timeframe: timeframe))
        }
    }
}
