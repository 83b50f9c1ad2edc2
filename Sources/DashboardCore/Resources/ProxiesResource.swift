import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let proxies = Pane("proxies")
}

extension ViewID {
    /// Under the proxies table: all LLM traffic by authentication method.
    public static let proxyBreakdown = ViewID("proxyBreakdown")
}

/// Pane 4: LLM proxies. 1.2.x servers list proxy agents; 1.4.x have one organisation proxy.
public enum ProxiesResource {
    /// The proxies, read the way the server's API generation requires (detected on first use).
    public static let source = SourceDescription<APIGeneration?, LLMProxyListing, LLMProxyListing>(
        "proxies", label: "LLM proxies", cadence: .refresh,
        // The answer sets the generation, which is this source's own parameter: keep it anyway.
        keepsOutdatedAnswers: true,
        parameters: { $0.generation },
        fetch: { client, known in
            let generation: APIGeneration
            if let known { generation = known } else { generation = try await client.detectGeneration() }
            return try await client.llmProxies(generation: generation)
        },
        reportsGeneration: { listing in listing.generation })

    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 18, weight: 3, priority: 10),
        ColumnSpec("Default", sort: "d", min: 7, priority: 8),
        ColumnSpec("Requests", min: 8, priority: 9, right: true),
        ColumnSpec("Tokens", sort: "t", min: 8, priority: 7, right: true),
        ColumnSpec("Cost", sort: "c", min: 9, priority: 9, right: true),
        ColumnSpec("JWT IdP", sort: "j", min: 10, weight: 1, priority: 3),
    ]

    static let description = ResourceDescription(
        pane: .proxies, title: "LLM Proxies", shortTitle: "Proxies", commands: ["proxies", "px"],
        tabs: [
            ResourceTab(
                sources: [source.erased, Sources.proxyStats.erased, Sources.agentStats.erased], table: table,
                editActions: agentEditor.actions,
                // 1.2 servers keep proxies as agents, with their versions; 1.4's one proxy has none.
                actions: [.versions(applies: { $0.generation == .v1_2 })], history: AgentEditor.history, editor: editor)
        ],
        body: .tableWithSide(.proxyBreakdown, minSpareRows: 4),
        usesTimeframe: true, links: [LogsResource.link(noun: "proxy")])

    /// 1.2 servers keep proxies as agents; 1.4 servers have one proxy with one setting.
    static func editor(_ state: AppState) -> ResourceEditor? {
        state.generation == .v1_2 ? agentEditor : singletonEditor
    }

    static let agentEditor = AgentEditor.editor(agentType: .llmProxy, noun: "LLM proxy")

    static let singletonEditor: ResourceEditor = {
        var calls = EditCalls()
        calls.fetch = { client, _ in record(of: try await client.llmProxySingleton()) }
        calls.update = { client, _, body in
            let identityProvider = body["identityProviderId"].flatMap { value -> String? in
                if case .string(let id) = value { return id }
                return nil
            }
            return record(of: try await client.updateLLMProxy(identityProviderId: identityProvider))
        }
        return ResourceEditor(
            noun: "LLM proxy", actions: [.update], calls: calls,
            fields: { _, _ in
                [
                    EditableField(
                        "identityProviderId", label: "JWT identity provider", nullable: true,
                        help: "an identity provider id for JWT (JWKS) auth; null turns it off")
                ]
            })
    }()

    /// The singleton's two fields as a record.
    static func record(of proxy: LLMProxySingleton) -> JSONValue {
        .object(["id": .string(proxy.id), "identityProviderId": proxy.identityProviderId.map(JSONValue.string) ?? .null])
    }

    /// Traffic of one proxy: its agent statistics on 1.2.x, the organisation totals on 1.4.x, counted
    /// as the overview counts them (cost billed plus subscription, tokens with cache reads).
    struct Traffic {
        var requests: Double
        var tokens: Double
        var cost: Double
        var series: [Double]
    }

    static func traffic(for entry: LLMProxyEntry, generation: APIGeneration, state: AppState) -> Traffic? {
        switch generation {
        case .v1_4:
            guard let stats = state.proxyStats.value else { return nil }
            let totals = stats.totals
            return Traffic(
                requests: totals.requests, tokens: totals.totalTokens,
                cost: totals.totalCost, series: stats.timeSeries.map(\.requests))
        case .v1_2:
            guard let stats = state.agentStats.value else { return nil }
            guard let row = stats.first(where: { $0.agentId == entry.id }) else {
                return Traffic(requests: 0, tokens: 0, cost: 0, series: [])
            }
            return Traffic(
                requests: row.requests, tokens: row.inputTokens + row.outputTokens + row.cacheReadTokens, cost: row.cost,
                series: row.timeSeries.map(\.value))
        }
    }

    /// The proxy's agent record on 1.2.x; the singleton's two fields on 1.4.x.
    static func detailLines(_ entry: LLMProxyEntry) -> [DetailLine] {
        if let agent = entry.agent { return DetailBuilder.lines(for: agent.raw) }
        return [
            DetailLine(depth: 0, key: "id", value: entry.id),
            DetailLine(depth: 0, key: "identityProviderId", value: entry.identityProviderId ?? "null"),
        ]
    }

    static func table(_ state: AppState) -> TableModel {
        guard let listing = state.proxies.value else {
            return TableModel(columns: columns, rows: [], emptyMessage: "loading LLM proxies…")
        }
        let rows = listing.proxies.map { entry -> ResourceRow in
            let traffic = traffic(for: entry, generation: listing.generation, state: state)
            let figures =
                traffic.map {
                    [
                        NumberFormat.compact($0.requests), NumberFormat.compact($0.tokens),
                        NumberFormat.money($0.cost),
                    ]
                } ?? ["…", "…", "…"]
            return ResourceRow(
                id: entry.id,
                cells: [entry.name, entry.isDefault ? "default" : "-"] + figures + [entry.identityProviderId ?? "-"],
                sortKeys: [
                    .text(entry.name.lowercased()), .text(entry.isDefault ? "a" : "b"),
                    .number(traffic?.requests ?? 0), .number(traffic?.tokens ?? 0), .number(traffic?.cost ?? 0),
                    .text(entry.identityProviderId ?? ""),
                ],
                series: traffic?.series ?? [],
                record: entry.agent?.raw ?? record(of: LLMProxySingleton(id: entry.id, identityProviderId: entry.identityProviderId)),
                recordName: entry.name,
                detailTitle: "LLM proxy \(entry.name)",
                detail: detailLines(entry))
        }
        return TableModel(columns: columns, rows: rows, emptyMessage: "no LLM proxies")
    }
}

extension AppState {
    public var proxies: Loadable<LLMProxyListing> {
        get { self[ProxiesResource.source] }
        set { self[ProxiesResource.source] = newValue }
    }
}
