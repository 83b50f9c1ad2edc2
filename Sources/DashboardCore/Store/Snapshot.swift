import Foundation
import ArchestraAPI
import TerminalUI

/// One pane's data fetched once, without a screen: for scripts, cron and monitoring checks.
public struct Snapshot: Sendable {
    public var table: TableExport
    /// What the table leaves out or could not read ("first 10000 of 12000 rows").
    public var notes: [String]
    /// Sources that failed.
    public var failures: [SnapshotFailure]
    /// Whether the server could not be reached at all.
    public var unreachable: Bool
    /// Every usage limit with a usage (cost limits; call limits have none), fullest first; the limits
    /// resource computes them from `state` (`LimitsResource.usages(in:)`).
    public var limits: [LimitUsage]
    /// What was read, for figures a resource computes from it; nil for a snapshot made by hand.
    public var state: AppState?

    /// The highest percentage of any usage limit.
    public var highestLimitPercent: Double? { limits.first?.percent }

    public init(
        table: TableExport, notes: [String] = [], failures: [SnapshotFailure] = [], unreachable: Bool = false,
        limits: [LimitUsage] = []
    ) {
        self.table = table
        self.notes = notes
        self.failures = failures
        self.unreachable = unreachable
        self.limits = limits
    }

    /// Loads what `pane` shows, with the same sources, parameters and look-ups as the console.
    /// Lists that span pages are read page by page, up to `maxRows` rows.
    public static func take(
        pane: Pane, tab: Int = 0, state initial: AppState, loader: any DataLoading,
        maxLookups: Int = 200, maxRows: Int = 10_000
    ) async -> Snapshot {
        var state = initial
        state.ui.pane = pane
        state.ui.tabs[pane] = min(max(0, tab), pane.resource.tabs.count - 1)
        // Every row counts as on screen, so per-row look-ups cover the table (up to a bound).
        _ = state.reduce(
            .resize(
                width: 200,
                height: maxLookups + ScreenLayout.headerRows + ScreenLayout.footerRows
                    + ScreenLayout.tableChromeRows))
        // Watches (the refusal count) feed live figures and notifications, not what a snapshot prints.
        let needed = state.neededSources.subtracting(ResourceRegistry.watches.map(\.source.id))
        let sources = ResourceRegistry.allSources.filter { needed.contains($0.id) }
        var asked = await load(sources, into: &state, loader: loader)
        var looked = Set<String>()
        await lookUp(into: &state, loader: loader, maxLookups: maxLookups, done: &looked)
        var rows = collectRows(of: state, upTo: maxRows)

        // A list that spans pages holds only those near the selection: move the selection to the
        // first row not read yet, as scrolling would, and ask for the page holding it.
        while let table = state.visibleTable,
            let missing = (0..<min(table.rowCount, maxRows)).first(where: { rows[$0] == nil })
        {
            state.ui.updateList(pane) { list in
                list.selected = missing
                list.scroll = missing
            }
            let changed = sources.filter { asked[$0.id] != $0.request(in: state) }
            guard !changed.isEmpty else { break }
            let more = await load(changed, into: &state, loader: loader)
            asked.merge(more) { _, new in new }
            await lookUp(into: &state, loader: loader, maxLookups: maxLookups, done: &looked)
            let before = rows.count
            rows.merge(collectRows(of: state, upTo: maxRows)) { old, _ in old }
            // A page that brought nothing (failed, or the list shrank) ends the reading.
            guard rows.count > before else { break }
        }

        var notes = state.visibleTable?.notes ?? []
        let total = state.visibleTable?.rowCount ?? 0
        if total > rows.count { notes.append("\(rows.count) of \(total) rows read") }
        // An empty table says why, as the pane would ("no usage limits", "waiting for a second scrape").
        if let table = state.visibleTable, rows.isEmpty, !table.emptyMessage.isEmpty { notes.append(table.emptyMessage) }

        let failures = sources.compactMap { source -> SnapshotFailure? in
            state.status(of: source).error.map {
                SnapshotFailure(source: source.id, label: source.label, error: $0, isPaneData: source == state.currentTab.main)
            }
        }
        // The Archestra API's own sources decide: metrics endpoints are other servers, and a missing one is not an error.
        let apiSources = sources.filter { $0.service == .api }
        let unreachable =
            apiSources.contains { source in
                if case .transport? = state.status(of: source).error { return true }
                return false
            } && !apiSources.contains { state.status(of: $0).updatedAt != nil }
        var snapshot = Snapshot(
            table: table(of: state, rows: rows.sorted { $0.key < $1.key }.map(\.value)), notes: notes,
            failures: failures, unreachable: unreachable)
        snapshot.state = state
        return snapshot
    }

    /// Fetches `sources` at once and applies the answers; returns what each was asked with.
    private static func load(
        _ sources: [AnySource], into state: inout AppState,
        loader: any DataLoading
    ) async -> [SourceID: FetchRequest] {
        var asked: [SourceID: FetchRequest] = [:]
        await withTaskGroup(of: LoadResult.self) { group in
            for source in sources {
                let request = source.request(in: state)
                asked[source.id] = request
                group.addTask {
                    LoadResult(source: source.id, key: request.key, outcome: await loader.load(request), finishedAt: Date())
                }
            }
            for await result in group { _ = state.reduce(.loaded(result)) }
        }
        return asked
    }

    /// The pane's per-row look-ups, and those asked on every pane (the names of agents that limits
    /// apply to, for the names `--fail-above` reports). Each row is asked for once.
    private static func lookUp(
        into state: inout AppState, loader: any DataLoading, maxLookups: Int,
        done: inout Set<String>
    ) async {
        var seen = Set<SourceID>()
        let lookups = (state.resource.lookups + ResourceRegistry.alwaysLooked).filter { seen.insert($0.id).inserted }
        for lookup in lookups {
            for key in lookup.keys(state).prefix(maxLookups) where done.insert(lookup.id.name + "/" + key).inserted {
                let outcome = await loader.load(FetchRequest(target: .item(lookup.id, key: key), key: .none))
                _ = state.reduce(.itemLoaded(ItemResult(lookup: lookup.id, key: key, outcome: outcome, finishedAt: Date())))
            }
        }
    }

    /// One row as the screen rounds it and as JSON keeps it.
    struct ExportRow {
        var text: [String]
        var exact: [String]
    }

    /// The loaded rows of the visible table, as text, by their index in the whole list.
    private static func collectRows(of state: AppState, upTo maxRows: Int) -> [Int: ExportRow] {
        guard let table = state.visibleTable else { return [:] }
        var rows: [Int: ExportRow] = [:]
        for index in 0..<min(table.rowCount, maxRows) {
            if let row = table.row(at: index) {
                rows[index] = ExportRow(
                    text: TableExport.cells(of: row, columns: table.columns),
                    exact: TableExport.cells(of: row, columns: table.columns, exact: true))
            }
        }
        return rows
    }

    /// The pane's table; a pane with a view of its own gives what its body declares to export.
    static func table(of state: AppState, rows: [ExportRow]) -> TableExport {
        let name = state.ui.pane.rawValue + (state.resource.tabs.count > 1 ? "-" + state.currentTab.name : "")
        if let table = state.visibleTable {
            return TableExport(
                name: name, columns: TableExport.columns(of: table), rows: rows.map(\.text),
                exactRows: rows.map(\.exact))
        }
        var export = state.resource.body.export?(state) ?? TableExport(name: name, columns: [], rows: [], exactRows: [])
        export.name = name
        return export
    }
}

/// A source a snapshot could not load.
public struct SnapshotFailure: Sendable, Equatable, CustomStringConvertible {
    public var source: SourceID
    public var label: String
    public var error: ArchestraError
    /// Whether it is the pane's main source (its rows), rather than one feeding a name or figure beside them.
    public var isPaneData: Bool

    public init(source: SourceID, label: String, error: ArchestraError, isPaneData: Bool) {
        self.source = source
        self.label = label
        self.error = error
        self.isPaneData = isPaneData
    }

    public var description: String { "\(label): \(error.description)" }
}

/// How full one usage limit is.
public struct LimitUsage: Sendable, Equatable {
    /// "team Platform cost", "agent Support bot cost".
    public var name: String
    public var percent: Double

    public init(name: String, percent: Double) {
        self.name = name
        self.percent = percent
    }
}
