import Foundation
import ArchestraAPI

/// One pane's data fetched once, without a screen: for scripts, cron and monitoring checks.
public struct Snapshot: Sendable {
    public var table: TableExport
    /// Sources that failed, in words.
    public var failures: [String]
    /// Whether the server could not be reached at all.
    public var unreachable: Bool
    /// The highest percentage of any usage limit (cost limits; call limits have no usage).
    public var highestLimitPercent: Double?

    /// Loads what `pane` shows, with the same sources, parameters and look-ups as the console.
    public static func take(pane: Pane, tab: Int = 0, state initial: AppState, loader: any DataLoading,
                            maxLookups: Int = 200) async -> Snapshot {
        var state = initial
        state.ui.pane = pane
        state.ui.tabs[pane] = tab
        // Every row counts as on screen, so per-row look-ups cover the table (up to a bound).
        _ = state.reduce(.resize(width: 200, height: maxLookups + ScreenLayout.headerRows + ScreenLayout.footerRows
                                 + ScreenLayout.tableChromeRows))
        let sources = ResourceRegistry.allSources.filter { state.neededSources.contains($0.id) }
        await withTaskGroup(of: LoadResult.self) { group in
            for source in sources {
                let request = source.request(in: state)
                group.addTask {
                    LoadResult(source: source.id, key: request.key, outcome: await loader.load(request), finishedAt: Date())
                }
            }
            for await result in group { _ = state.reduce(.loaded(result)) }
        }
        for lookup in state.resource.lookups {
            for key in lookup.keys(state).prefix(maxLookups) {
                let outcome = await loader.load(FetchRequest(target: .item(lookup.id, key: key), key: .none))
                _ = state.reduce(.itemLoaded(ItemResult(lookup: lookup.id, key: key, outcome: outcome, finishedAt: Date())))
            }
        }
        let failures = sources.compactMap { source -> String? in
            state.status(of: source).error.map { "\(source.label): \($0.description)" }
        }
        let unreachable = sources.contains { source in
            if case .transport? = state.status(of: source).error { return true }
            return false
        } && !sources.contains { state.status(of: $0).updatedAt != nil }
        let fractions = state.limitFigures.compactMap(\.fraction)
        return Snapshot(table: table(of: state), failures: failures, unreachable: unreachable,
                        highestLimitPercent: fractions.max().map { $0 * 100 })
    }

    /// The pane's table; the overview (no table) gives its totals and every limit.
    static func table(of state: AppState) -> TableExport {
        let name = state.ui.pane.rawValue + (state.resource.tabs.count > 1 ? "-" + state.currentTab.name : "")
        if let table = state.visibleTable { return TableExport(name: name, table: table) }
        var rows: [[String]] = []
        if let overview = state.overview.value {
            rows.append(["requests", String(overview.totalRequests)])
            rows.append(["tokens", String(overview.totalTokens)])
            rows.append(["cost", String(format: "%.2f", overview.totalCost)])
        }
        for figures in state.limitFigures {
            rows.append(["limit \(figures.entityName) \(figures.typeLabel)", figures.fraction.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"])
        }
        return TableExport(name: name, columns: ["figure", "value"], rows: rows)
    }
}
