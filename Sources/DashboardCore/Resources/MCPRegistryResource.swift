import Foundation
import ArchestraAPI

extension Pane {
    public static let mcp = Pane("mcp")
}

/// The MCP registry pane has two tabs.
public enum RegistryTab: Int, Sendable, Equatable, CaseIterable { case installed, catalog }

/// Pane 6: installed MCP servers, and the catalog as a second tab.
public enum MCPRegistryResource {
    public static let servers = SourceDescription<NoParameters, [MCPServer], [MCPServer]>(
        "mcpServers", label: "MCP servers", cadence: .refresh,
        fetch: { client in try await client.mcpServers() })

    /// The catalog changes when someone edits it, rarely.
    public static let catalog = SourceDescription<NoParameters, [CatalogItem], [CatalogItem]>(
        "catalog", label: "the MCP catalog", cadence: .every(60),
        fetch: { client in try await client.catalog() })

    static let installedColumns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 2, priority: 10),
        ColumnSpec("State", sort: "s", min: 17, priority: 9),
        ColumnSpec("Problem", sort: "p", min: 14, weight: 3, priority: 8),
        ColumnSpec("Type", sort: "t", min: 7, priority: 5),
        ColumnSpec("Scope", sort: "c", min: 8, priority: 4),
        ColumnSpec("Catalog", sort: "a", min: 10, weight: 1, priority: 3),
        ColumnSpec("Used", sort: "u", min: 9, priority: 2, right: true),
    ]

    static let catalogColumns: [ColumnSpec] = [
        ColumnSpec("Name", min: 16, weight: 2, priority: 10),
        ColumnSpec("Type", min: 7, priority: 8),
        ColumnSpec("Version", min: 8, priority: 5),
        ColumnSpec("Tools", sort: "o", min: 5, priority: 7, right: true),
        ColumnSpec("Auth", sort: "a", min: 5, priority: 6),
        ColumnSpec("Scope", sort: "c", min: 8, priority: 4),
        ColumnSpec("Description", sort: "d", min: 12, weight: 3, priority: 3),
    ]

    static let description = ResourceDescription(
        pane: .mcp, number: 6, title: "MCP Registry", shortTitle: "MCP", commands: ["mcp", "registry"],
        tabs: [ResourceTab("installed", sources: [servers.erased], table: installedTable),
               ResourceTab("catalog", sources: [catalog.erased], table: catalogTable)])

    /// The one thing to fix about a server, if any.
    static func problem(_ server: MCPServer) -> String {
        if let error = server.localInstallationError, !error.isEmpty { return error }
        if let oauth = server.oauthRefreshError { return "OAuth: \(server.oauthRefreshErrorMessage ?? oauth)" }
        if server.reinstallRequired { return "reinstall required (\(server.reinstallReason ?? "catalog changed"))" }
        return "-"
    }

    static func level(_ server: MCPServer) -> RowLevel {
        if server.localInstallationStatus == .error { return .error }
        if server.oauthRefreshError != nil || server.reinstallRequired { return .warning }
        if server.localInstallationStatus.isInProgress { return .warning }
        return .normal
    }

    static func installedTable(_ state: AppState) -> TableModel {
        let rows = (state.mcpServers.value ?? []).map { server -> ResourceRow in
            ResourceRow(
                id: server.id,
                cells: [server.name, server.localInstallationStatus.rawValue, problem(server), server.serverType.rawValue,
                        server.scope.rawValue, server.catalogName ?? "-", ResourceTables.age(server.lastUsedAtDate, now: state.now)],
                sortKeys: [.text(server.name.lowercased()), .text(server.localInstallationStatus.rawValue), .text(problem(server)),
                           .text(server.serverType.rawValue), .text(server.scope.rawValue), .text(server.catalogName ?? ""),
                           ResourceTables.dateKey(server.lastUsedAtDate)],
                level: level(server),
                detailTitle: "MCP server \(server.name)",
                detail: DetailBuilder.lines(for: server.raw))
        }
        return TableModel(columns: installedColumns, rows: rows,
                          emptyMessage: state.mcpServers.value == nil ? "loading MCP servers…" : "no MCP servers installed")
    }

    static func catalogTable(_ state: AppState) -> TableModel {
        let rows = (state.catalog.value ?? []).map { item -> ResourceRow in
            ResourceRow(
                id: item.id,
                cells: [item.name, item.serverType.rawValue, item.version ?? "-", item.toolCount.map(String.init) ?? "-",
                        item.requiresAuth ? "yes" : "no", item.scope.rawValue, item.description ?? "-"],
                sortKeys: [.text(item.name.lowercased()), .text(item.serverType.rawValue), .text(item.version ?? ""),
                           .number(Double(item.toolCount ?? 0)), .text(item.requiresAuth ? "yes" : "no"),
                           .text(item.scope.rawValue), .text(item.description ?? "")],
                detailTitle: "Catalog item \(item.name)",
                detail: DetailBuilder.lines(for: item.raw))
        }
        return TableModel(columns: catalogColumns, rows: rows,
                          emptyMessage: state.catalog.value == nil ? "loading the catalog…" : "the catalog is empty")
    }
}

extension AppState {
    public var mcpServers: Loadable<[MCPServer]> {
        get { self[MCPRegistryResource.servers] }
        set { self[MCPRegistryResource.servers] = newValue }
    }
    public var catalog: Loadable<[CatalogItem]> {
        get { self[MCPRegistryResource.catalog] }
        set { self[MCPRegistryResource.catalog] = newValue }
    }
}

extension UIState {
    /// The MCP pane's tab, typed.
    public var registryTab: RegistryTab {
        get { RegistryTab(rawValue: tab(of: .mcp)) ?? .installed }
        set { tabs[.mcp] = newValue.rawValue }
    }
}
