import DashboardCore

/// The source whose freshness and errors a pane reports.
enum PaneSource {
    static func main(for state: AppState) -> DataSource {
        switch state.ui.pane {
        case .overview: .overview
        case .agents: .agents
        case .gateways: .gateways
        case .proxies: .proxies
        case .knowledge: .knowledgeBases
        case .mcp: state.ui.registryTab == .installed ? .mcpServers : .catalog
        case .limits: .limits
        case .stats:
            switch state.ui.statsTab {
            case .teams: .teamStats
            case .agents: .agentStats
            case .models: .modelStats
            }
        }
    }

    /// Every source the visible pane draws from, main one first.
    static func all(for state: AppState) -> [DataSource] {
        let main = main(for: state)
        let others = DataSource.needed(by: state.ui.pane).subtracting([main])
        return [main] + DataSource.allCases.filter { others.contains($0) }
    }

    /// The first source of the pane that has an error, if any.
    static func failing(for state: AppState) -> (source: DataSource, status: SourceStatus)? {
        for source in all(for: state) {
            let status = state.status(of: source)
            if status.error != nil { return (source, status) }
        }
        return nil
    }
}
