import Foundation
import ArchestraAPI
import TerminalUI

/// Finds the table of a pane. The overview is not a list.
public enum ResourceTables {
    public static func isList(_ pane: Pane) -> Bool { pane != .overview }

    public static func table(for pane: Pane, in state: AppState) -> TableModel? {
        switch pane {
        case .overview: nil
        case .agents: AgentColumns.table(state)
        case .gateways: GatewayColumns.table(state)
        case .proxies: ProxyColumns.table(state)
        case .knowledge: KnowledgeColumns.table(state)
        case .mcp: state.ui.registryTab == .installed ? RegistryColumns.installedTable(state) : RegistryColumns.catalogTable(state)
        case .limits: LimitColumns.table(state)
        case .stats: StatsColumns.table(state)
        }
    }

    /// "3m ago" for an ISO timestamp, "-" when absent.
    static func age(_ date: Date?, now: Date) -> String {
        guard let date else { return "-" }
        return NumberFormat.age(since: date, now: now)
    }

    static func dateKey(_ date: Date?) -> SortKey {
        date.map { .number($0.timeIntervalSince1970) } ?? .none
    }
}
