import ArchestraAPI
import TerminalUI

/// `logs --agent NAME`: the agent, MCP gateway or LLM proxy that NAME (or an id) names, whose id the server
/// filters on (`profileId` for interactions, `agentId` for tool calls).
struct AgentChoice: Equatable, Sendable {
    var id: String
    var name: String
    /// "agent", "MCP gateway", "LLM proxy" or "profile".
    var kind: String

    /// Why NAME picks no single agent.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case unknown(String, similar: [String])
        case ambiguous(String, [AgentChoice])

        var description: String {
            switch self {
            case .unknown(let name, let similar):
                let hint =
                    similar.isEmpty
                    ? "`archestra-tui snapshot agents` (or gateways, proxies) lists them"
                    : "names containing it: " + similar.joined(separator: ", ")
                return "no agent, MCP gateway or LLM proxy is named '\(Sanitizer.clean(name))'; \(hint)"
            case .ambiguous(let name, let choices):
                let listed = choices.map { "\($0.kind) \($0.id)" }.joined(separator: ", ")
                return "'\(Sanitizer.clean(name))' names \(choices.count) of them (\(listed)): give its id with --agent"
            }
        }
    }

    /// Picks among `candidates` (those the server found for `text`): the one with that id, else those named
    /// exactly so, else those named so in another case. One is the answer; several are ambiguous.
    static func pick(_ text: String, among candidates: [AgentChoice]) throws(Problem) -> AgentChoice {
        if let byID = candidates.first(where: { $0.id == text }) { return byID }
        // One record can come under two names (the 1.4 proxy singleton and the agent row behind it): each
        // name is matched, and a record found twice counts once.
        func once(_ choices: [AgentChoice]) -> [AgentChoice] {
            var seen = Set<String>()
            return choices.filter { seen.insert($0.id).inserted }
        }
        var named = once(candidates.filter { $0.name == text })
        if named.isEmpty { named = once(candidates.filter { $0.name.lowercased() == text.lowercased() }) }
        switch named.count {
        case 1: return named[0]
        case 0:
            let similar = candidates.filter { $0.name.lowercased().contains(text.lowercased()) }.map { Sanitizer.clean($0.name) }
            throw .unknown(text, similar: Array(Set(similar)).sorted().prefix(5).map { $0 })
        default: throw .ambiguous(text, named)
        }
    }

    /// The words for an agent's type.
    static func kind(_ type: AgentType) -> String {
        switch type {
        case .mcpGateway: "MCP gateway"
        case .llmProxy: "LLM proxy"
        case .profile: "profile"
        default: "agent"
        }
    }

    /// What the server knows by `text`: agents, gateways and (1.2) proxies whose name contains it, the 1.4
    /// LLM proxy singleton, and the agent with that id if it is one.
    static func candidates(for text: String, client: ArchestraClient) async throws -> [AgentChoice] {
        let generation = try await client.detectGeneration()
        let types: [AgentType] = [.agent, .mcpGateway, .profile] + (generation == .v1_2 ? [.llmProxy] : [])
        var found: [AgentChoice] = []
        do {
            let named = try await ArchestraClient.collectPages(pageSize: 100, maxItems: 1_000) { offset, limit in
                try await client.agents(AgentQuery(limit: limit, offset: offset, name: text, agentTypes: types))
            }
            found = named.map { AgentChoice(id: $0.id, name: $0.name, kind: kind($0.agentType)) }
        } catch let error as ArchestraError where error.isForbidden {
            // A key that may read the logs but not the agents: the log's own agents are looked at next.
        }
        if generation == .v1_4, let proxies = try? await client.llmProxies(generation: .v1_4) {
            found += proxies.proxies.map { AgentChoice(id: $0.id, name: $0.name, kind: "LLM proxy") }
        }
        if !found.contains(where: { $0.id == text }), looksLikeID(text) {
            do {
                let agent = try await client.agent(id: text)
                found.append(AgentChoice(id: agent.id, name: agent.name, kind: kind(agent.agentType)))
            } catch let error as ArchestraError where error.isNotFound || error.isForbidden || error.status == 400 {
                // Not an id after all (or not one this key may read): the name, or the log, decides.
            }
        }
        return found
    }

    /// The agents behind `ids` (those a log names), by `GET /api/agents/{id}`: rows the listing leaves out,
    /// such as the ones backing 1.4 LLM proxies, are found by the names the panes show for them. An id
    /// that cannot be read is left out.
    static func named(_ ids: [String], client: ArchestraClient) async -> [AgentChoice] {
        var seen = Set<String>()
        var found: [AgentChoice] = []
        for id in ids where seen.insert(id).inserted {
            guard let agent = try? await client.agent(id: id) else { continue }
            found.append(AgentChoice(id: agent.id, name: agent.name, kind: kind(agent.agentType)))
        }
        return found
    }

    /// A UUID's shape: worth asking `GET /api/agents/{id}`.
    static func looksLikeID(_ text: String) -> Bool {
        text.count == 36 && text.allSatisfy { $0.isHexDigit || $0 == "-" }
    }
}
