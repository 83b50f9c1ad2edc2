/// The panes of the console. Number keys and command names are fixed: docs and tests rely on them.
public enum Pane: String, Sendable, CaseIterable, Equatable {
    case overview, agents, gateways, proxies, knowledge, mcp, limits, stats

    /// The number key that opens the pane (1–8).
    public var number: Int { (Pane.allCases.firstIndex(of: self) ?? 0) + 1 }

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .agents: "Agents"
        case .gateways: "MCP Gateways"
        case .proxies: "LLM Proxies"
        case .knowledge: "Knowledge Bases"
        case .mcp: "MCP Registry"
        case .limits: "Usage Limits"
        case .stats: "Statistics"
        }
    }

    /// Short label for the key hint bar.
    public var shortTitle: String {
        switch self {
        case .overview: "Overview"
        case .agents: "Agents"
        case .gateways: "Gateways"
        case .proxies: "Proxies"
        case .knowledge: "KB"
        case .mcp: "MCP"
        case .limits: "Limits"
        case .stats: "Stats"
        }
    }

    /// `:command` names; the first is the canonical one.
    public var commands: [String] {
        switch self {
        case .overview: ["overview", "o"]
        case .agents: ["agents", "a"]
        case .gateways: ["gateways", "gw"]
        case .proxies: ["proxies", "px"]
        case .knowledge: ["kb", "knowledge"]
        case .mcp: ["mcp", "registry"]
        case .limits: ["limits", "l"]
        case .stats: ["stats", "s"]
        }
    }

    public init?(number: Int) {
        guard number >= 1, number <= Pane.allCases.count else { return nil }
        self = Pane.allCases[number - 1]
    }

    public init?(command: String) {
        let name = command.lowercased()
        guard let pane = Pane.allCases.first(where: { $0.commands.contains(name) }) else { return nil }
        self = pane
    }
}
