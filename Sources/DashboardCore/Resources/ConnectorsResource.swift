import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let connectors = Pane("connectors")
    /// One connector's runs, reached with `Enter` on a connector.
    public static let connectorRuns = Pane("connector-runs")
}

/// Knowledge connectors: every one (`:connectors`) or one knowledge base's (`Enter` on it), failing
/// ones first; `Enter` shows a connector's runs. Sync now, cancel and enable/disable are declared
/// actions (``ConnectorsResource/actions``).
public enum ConnectorsResource {
    /// Connectors as asked for one knowledge base (or all), so another base's never show while the
    /// new ones load. `connectors` is nil where the server does not offer them (404).
    public struct Listing: Sendable, Equatable {
        public var knowledgeBaseID: String?
        public var connectors: RecordList<Connector>?

        public init(knowledgeBaseID: String?, connectors: RecordList<Connector>?) {
            self.knowledgeBaseID = knowledgeBaseID
            self.connectors = connectors
        }

        public var isOffered: Bool { connectors != nil }
    }

    /// A connector's runs, with the connector they were asked for.
    public struct Runs: Sendable, Equatable {
        public var connectorID: String?
        public var runs: [ConnectorRun]

        public init(connectorID: String?, runs: [ConnectorRun]) {
            self.connectorID = connectorID
            self.runs = runs
        }
    }

    public static let source = SourceDescription<String?, Listing, Listing>(
        "connectors", label: "connectors", cadence: .refresh,
        parameters: { $0.ui.scopes[.connectors]?.value },
        fetch: { client, knowledgeBaseID in try await listing(client, knowledgeBaseID: knowledgeBaseID) })

    /// Every connector, whatever pane is open: the overview counts the failing ones.
    public static let all = SourceDescription<NoParameters, Listing, Listing>(
        "allConnectors", label: "connectors", cadence: .every(60),
        fetch: { client in try await listing(client, knowledgeBaseID: nil) })

    /// Every page of `GET /api/connectors`; a 404 (older servers) is an answer, not a failure.
    static func listing(_ client: ArchestraClient, knowledgeBaseID: String?) async throws -> Listing {
        do {
            let list = try await ArchestraClient.collectRecords(pageSize: 100, maxItems: 1_000) { offset, limit in
                try await client.connectors(ConnectorQuery(limit: limit, offset: offset, knowledgeBaseId: knowledgeBaseID))
            }
            return Listing(knowledgeBaseID: knowledgeBaseID, connectors: list)
        } catch let error as ArchestraError where error.isNotFound {
            return Listing(knowledgeBaseID: knowledgeBaseID, connectors: nil)
        }
    }

    public static let runs = SourceDescription<String?, Runs, Runs>(
        "connectorRuns", label: "connector runs", cadence: .refresh,
        parameters: { $0.ui.scopes[.connectorRuns]?.value },
        fetch: { client, connectorID in
            guard let connectorID else { return Runs(connectorID: nil, runs: []) }
            let page = try await client.connectorRuns(connectorID: connectorID, ConnectorRunQuery(limit: 50))
            return Runs(connectorID: connectorID, runs: page.page.data)
        })

    /// What the pane says where the server has no connectors endpoint.
    public static let notOffered = "this server does not offer knowledge connectors (GET /api/connectors: 404)"

    static let columns: [ColumnSpec] = [
        ColumnSpec("Name", min: 14, weight: 2, priority: 10),
        ColumnSpec("Type", sort: "y", min: 6, priority: 7),
        ColumnSpec("Knowledge base", sort: "k", min: 10, weight: 1, priority: 6),
        ColumnSpec("Schedule", sort: "c", min: 8, priority: 4),
        ColumnSpec("On", sort: "o", min: 3, priority: 3),
        ColumnSpec("Synced", sort: "w", min: 6, priority: 8, right: true),
        ColumnSpec("Status", sort: "t", min: 7, priority: 9),
        ColumnSpec("Error", min: 10, weight: 3, priority: 5),
    ]

    static let runColumns: [ColumnSpec] = [
        ColumnSpec("Status", min: 8, priority: 10),
        ColumnSpec("Started", sort: "a", min: 7, priority: 9, right: true),
        ColumnSpec("Duration", min: 8, priority: 8, right: true),
        ColumnSpec("Processed", sort: "p", min: 9, priority: 7, right: true),
        ColumnSpec("Ingested", sort: "i", min: 8, priority: 6, right: true),
        ColumnSpec("Error", min: 10, weight: 3, priority: 5),
    ]

    static let description = ResourceDescription(
        pane: .connectors, title: "Connectors", shortTitle: "Conn", commands: ["connectors", "connector"],
        tabs: [
            ResourceTab(sources: [source.erased, KnowledgeBasesResource.source.erased], table: table, actions: actions)
        ],
        links: [
            PaneLink(
                "runs", trigger: .enter, target: .connectorRuns,
                scope: { row, _ in PaneScope(field: "connectorId", value: row.id, label: "connector \(row.recordName)") })
        ],
        scope: ScopeAcceptance(fields: ["knowledgeBaseId"], required: false),
        children: [runsDescription])

    static let runsDescription = ResourceDescription(
        pane: .connectorRuns, title: "Connector Runs", shortTitle: "Runs", commands: [],
        tabs: [ResourceTab(sources: [runs.erased], table: runTable)],
        scope: ScopeAcceptance(fields: ["connectorId"], required: true))

    static func table(_ state: AppState) -> TableModel {
        let listing = state[source].value
        let scope = state.ui.scopes[.connectors]
        let current = listing?.knowledgeBaseID == scope?.value ? listing : nil
        let bases = ConnectorKnowledgeBases.byConnector(state.knowledgeBases.value ?? [])
        let names = Dictionary((state.knowledgeBases.value ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let connectors = ordered(current?.connectors?.items ?? [])
        let rows = connectors.map { connector -> ResourceRow in
            var fed = (bases[connector.id] ?? []).map(\.name)
            if fed.isEmpty { fed = connector.knowledgeBaseIds.map { names[$0] ?? $0 } }
            return row(for: connector, knowledgeBases: fed, now: state.now)
        }
        let empty: String
        if let current, !current.isOffered {
            empty = notOffered
        } else if current == nil {
            empty = "loading connectors…"
        } else {
            empty = scope == nil ? "no connectors" : "no connectors feed this knowledge base"
        }
        return TableModel(columns: columns, rows: rows, emptyMessage: empty, notes: current?.connectors?.notes ?? [])
    }

    /// Failing connectors first, then by name.
    static func ordered(_ connectors: [Connector]) -> [Connector] {
        connectors.sorted { left, right in
            if left.isFailing != right.isFailing { return left.isFailing }
            return left.name.lowercased() < right.name.lowercased()
        }
    }

    static func row(for connector: Connector, knowledgeBases: [String], now: Date) -> ResourceRow {
        let status = connector.lastSyncStatus ?? "never"
        let schedule = connector.schedule.map(CronWording.describe) ?? "-"
        let bases = knowledgeBases.isEmpty ? "-" : knowledgeBases.joined(separator: ", ")
        let enabled = connector.enabled ? "yes" : "no"
        return ResourceRow(
            id: connector.id,
            cells: [
                connector.name, connector.connectorType ?? "-", bases, schedule, enabled,
                ResourceTables.age(connector.lastSyncAtDate, now: now), status, connector.lastSyncErrorLine ?? "-",
            ],
            sortKeys: [
                .text(connector.name.lowercased()), .text(connector.connectorType ?? ""), .text(bases.lowercased()),
                .text(schedule), .text(enabled), ResourceTables.dateKey(connector.lastSyncAtDate),
                .text(status), .text(connector.lastSyncErrorLine ?? ""),
            ],
            level: level(connector),
            record: connector.raw, recordName: connector.name,
            detailTitle: "Connector \(connector.name)",
            detail: DetailBuilder.lines(for: connector.raw))
    }

    static func level(_ connector: Connector) -> RowLevel {
        if connector.isFailing { return .error }
        if connector.syncStatus?.isInProgress == true || connector.syncStatus?.hasErrors == true { return .warning }
        return connector.enabled ? .normal : .muted
    }

    static func runTable(_ state: AppState) -> TableModel {
        let answer = state[runs].value
        let current = answer?.connectorID == state.ui.scopes[.connectorRuns]?.value ? answer : nil
        let rows = (current?.runs ?? []).map { runRow(for: $0, now: state.now) }
        return TableModel(columns: runColumns, rows: rows, emptyMessage: current == nil ? "loading runs…" : "no runs yet")
    }

    static func runRow(for run: ConnectorRun, now: Date) -> ResourceRow {
        let status = run.status.rawValue.isEmpty ? "-" : run.status.rawValue
        let duration = run.duration(now: now)
        let error = run.error?.split(whereSeparator: \.isNewline).first.map(String.init) ?? "-"
        return ResourceRow(
            id: run.id,
            cells: [
                status, ResourceTables.age(run.startedAtDate, now: now), duration.map(NumberFormat.duration) ?? "-",
                NumberFormat.grouped(run.documentsProcessed), NumberFormat.grouped(run.documentsIngested), error,
            ],
            sortKeys: [
                .text(status), ResourceTables.dateKey(run.startedAtDate), duration.map(SortKey.number) ?? .none,
                .number(Double(run.documentsProcessed)), .number(Double(run.documentsIngested)), .text(error),
            ],
            level: run.status.isFailure ? .error : (run.status.isInProgress || run.status.hasErrors ? .warning : .normal),
            record: run.raw, recordName: "run \(run.startedAt ?? run.id)",
            detailTitle: "Run \(run.id)",
            detail: DetailBuilder.lines(for: run.raw))
    }
}
