import Foundation
import ArchestraAPI

extension Pane {
    public static let mcp = Pane("mcp")
}

/// The MCP registry pane has two tabs.
public enum RegistryTab: Int, Sendable, Equatable, CaseIterable { case installed, catalog }

/// Pane 6: installed MCP servers, and the catalog as a second tab.
public enum MCPRegistryResource {
    public static let servers = SourceDescription<NoParameters, RecordList<MCPServer>, RecordList<MCPServer>>(
        "mcpServers", label: "MCP servers", cadence: .refresh,
        fetch: { client in try await client.mcpServerList() })

    /// The catalog changes when someone edits it, rarely.
    public static let catalog = SourceDescription<NoParameters, RecordList<CatalogItem>, RecordList<CatalogItem>>(
        "catalog", label: "the MCP catalog", cadence: .every(60),
        fetch: { client in try await client.catalogList() })

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
        pane: .mcp, title: "MCP Registry", shortTitle: "MCP", commands: ["mcp", "registry"],
        tabs: [
            ResourceTab("installed", sources: [servers.erased], table: installedTable, actions: [reinstall], editor: installedEditor),
            ResourceTab("catalog", sources: [catalog.erased], table: catalogTable, actions: [install]),
        ],
        links: [CallsResource.link])

    /// Installed servers: uninstall (and undo it); reinstall is a declared action.
    static let installedEditor: ResourceEditor = {
        var calls = EditCalls()
        calls.delete = { client, id in try await client.deleteMCPServer(id: id) }
        calls.restore = { client, id in _ = try await client.restoreMCPServer(id: id) }
        return ResourceEditor(
            noun: "MCP server", actions: [.delete, .restore], calls: calls, fields: { _, _ in [] },
            needsTypedName: { $0.string("scope") == "org" })
    }()

    /// An install settles at success or error; until then its state is asked for every second.
    static let installFollow = ActionFollow(
        wording: FollowWording(
            title: "Install %@", following: "following the installation state… (Esc closes, it keeps going)",
            keepsGoing: "%@ keeps installing; its state shows on the MCP pane"),
        poll: { client, id in
            let status = try await client.installationStatus(mcpServerID: id)
            return followState(status.localInstallationStatus.rawValue, error: status.localInstallationError)
        })

    static func followState(_ phase: String, error: String?) -> FollowState {
        FollowState(phase: phase, error: error, isSettled: phase == "success" || phase == "error")
    }

    /// `R`: redeploys the server with its configuration (it restarts), asked first, then followed.
    static let reinstall = RowAction(
        "reinstall", help: "reinstall the selected MCP server and follow its state", key: .character("R"),
        asks: .confirm(
            ActionConfirmWording(
                question: "Reinstall %@? It is redeployed with its configuration, and restarts.",
                answers: "y reinstalls, any other key keeps it as it is", yes: "reinstall",
                declined: "not reinstalled: %@ is as it was")),
        follow: installFollow.titled("Reinstall %@"),
        request: { client, request in
            let server = try await client.reinstallMCPServer(id: request.id).raw
            let phase = server.string("localInstallationStatus") ?? "pending"
            return .following(id: request.id, followState(phase, error: server.string("localInstallationError")))
        })

    /// The catalog: `n` installs the selected item, asking for the configuration it needs, then
    /// follows the installation.
    static let install = RowAction(
        "install", help: "install the selected server", key: .character("n"), hint: (label: "install", priority: 3),
        asks: .form(installEditor, templateField: "catalogId"), follow: installFollow)

    /// The form of an install: what the catalog item asks for; saving it creates the installation.
    static let installEditor: ResourceEditor = {
        var calls = EditCalls()
        calls.create = { client, body in try await client.installMCPServer(body: body).raw }
        return ResourceEditor(
            noun: "MCP server", actions: [.create], calls: calls,
            fields: { item, context in installFields(item, context) },
            defaults: { _ in ["scope": .text("personal")] },
            shapeBody: { body, context throws(FieldProblem) in
                var body = body
                if case .string(let team)? = body.removeValue(forKey: "team") {
                    guard let id = context.directory.teamID(team) else {
                        throw FieldProblem(field: "team", message: "no team named \(team)")
                    }
                    body["teamId"] = .string(id)
                }
                return body
            })
    }()

    /// A name, a scope, and the configuration the catalog item asks for at installation.
    static func installFields(_ item: JSONValue?, _ context: EditContext) -> [EditableField] {
        var fields = [
            EditableField("name", required: true, help: "what limits and agents call this installation"),
            EditableField("scope", kind: .choice(["personal", "team", "org"]), required: true),
            EditableField("team", kind: .choice(context.directory.teams.map(\.name)), nullable: true, help: "for scope team"),
        ]
        for variable in item?["localConfig"]?["environment"]?.arrayValue ?? [] where variable.bool("promptOnInstallation") == true {
            guard let key = variable.string("key") else { continue }
            fields.append(
                EditableField(
                    "environmentValues.\(key)", label: key,
                    kind: variable.string("type") == "secret" ? .secret : .text,
                    required: variable.bool("required") ?? false, help: variable.string("description") ?? ""))
        }
        if case .object(let settings)? = item?["userConfig"] {
            for name in settings.keys.sorted() where settings[name]?.bool("required") == true {
                let setting = settings[name]
                fields.append(
                    EditableField(
                        "userConfigValues.\(name)", label: setting?.string("title") ?? name,
                        kind: setting?.bool("sensitive") == true ? .secret : .text, required: true,
                        help: setting?.string("description") ?? ""))
            }
        }
        return fields
    }

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
                cells: [
                    server.name, server.localInstallationStatus.rawValue, problem(server), server.serverType.rawValue,
                    server.scope.rawValue, server.catalogName ?? "-", ResourceTables.age(server.lastUsedAtDate, now: state.now),
                ],
                sortKeys: [
                    .text(server.name.lowercased()), .text(server.localInstallationStatus.rawValue), .text(problem(server)),
                    .text(server.serverType.rawValue), .text(server.scope.rawValue), .text(server.catalogName ?? ""),
                    ResourceTables.dateKey(server.lastUsedAtDate),
                ],
                level: level(server),
                record: server.raw, recordName: server.name,
                detailTitle: "MCP server \(server.name)",
                detail: DetailBuilder.lines(for: server.raw))
        }
        return TableModel(
            columns: installedColumns, rows: rows,
            emptyMessage: state.mcpServers.value == nil ? "loading MCP servers…" : "no MCP servers installed",
            notes: state[servers].value?.notes ?? [])
    }

    static func catalogTable(_ state: AppState) -> TableModel {
        let rows = (state.catalog.value ?? []).map { item -> ResourceRow in
            ResourceRow(
                id: item.id,
                cells: [
                    item.name, item.serverType.rawValue, item.version ?? "-", item.toolCount.map(String.init) ?? "-",
                    item.requiresAuth ? "yes" : "no", item.scope.rawValue, item.description ?? "-",
                ],
                sortKeys: [
                    .text(item.name.lowercased()), .text(item.serverType.rawValue), .text(item.version ?? ""),
                    .number(Double(item.toolCount ?? 0)), .text(item.requiresAuth ? "yes" : "no"),
                    .text(item.scope.rawValue), .text(item.description ?? ""),
                ],
                record: item.raw, recordName: item.name,
                detailTitle: "Catalog item \(item.name)",
                detail: DetailBuilder.lines(for: item.raw))
        }
        return TableModel(
            columns: catalogColumns, rows: rows,
            emptyMessage: state.catalog.value == nil ? "loading the catalog…" : "the catalog is empty",
            notes: state[catalog].value?.notes ?? [])
    }
}

extension AppState {
    public var mcpServers: Loadable<[MCPServer]> {
        get { self[MCPRegistryResource.servers].mapValue(\.items) }
        set { self[MCPRegistryResource.servers] = newValue.mapValue { RecordList(items: $0) } }
    }
    public var catalog: Loadable<[CatalogItem]> {
        get { self[MCPRegistryResource.catalog].mapValue(\.items) }
        set { self[MCPRegistryResource.catalog] = newValue.mapValue { RecordList(items: $0) } }
    }
}

extension UIState {
    /// The MCP pane's tab, typed.
    public var registryTab: RegistryTab {
        get { RegistryTab(rawValue: tab(of: .mcp)) ?? .installed }
        set { tabs[.mcp] = newValue.rawValue }
    }
}
