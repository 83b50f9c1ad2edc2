/// The tabs of the Metrics pane, in order.
public enum MetricsTab: String, Sendable, Hashable, CaseIterable {
    case models, agents, mcp, queues, process, fleet

    var spec: any MetricsTabSpec {
        switch self {
        case .models: LLMMetrics.byModel
        case .agents: LLMMetrics.byAgent
        case .mcp: MCPMetrics()
        case .queues: QueueMetrics()
        case .process: ProcessMetrics()
        case .fleet: FleetMetrics()
        }
    }

    /// Sample names a scrape keeps for this tab.
    var sampleNames: Set<String> { Set(spec.selectors.map(\.sample)) }

    /// The tabs a scrape of the `/metrics` page serves.
    static let scraped = allCases.filter { !$0.needsPrometheus }

    /// Sample names a scrape keeps: those of every tab it serves.
    static let scrapedSampleNames = scraped.reduce(into: Set<String>()) { $0.formUnion($1.sampleNames) }

    /// Only a Prometheus knows the instances it scrapes.
    var needsPrometheus: Bool { self == .fleet }

    /// What the tab shows when its source is configured but has nothing yet.
    var emptyMessage: String {
        switch self {
        case .models, .agents: "no LLM requests seen yet"
        case .mcp: "no MCP tool calls or servers seen yet"
        case .queues: "no connector syncs, queries or tasks seen yet"
        case .process: "no process metrics seen yet"
        case .fleet: "no Archestra instance among the targets Prometheus scrapes"
        }
    }
}
