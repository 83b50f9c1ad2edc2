import Foundation
import ArchestraAPI
import TerminalUI

extension Pane {
    public static let metrics = Pane("metrics")
}

/// Pane 9: latency, errors and throughput from the platform's Prometheus metrics — LLM traffic by
/// model and by agent, MCP tools, knowledge and the task queue, the processes, and with a Prometheus
/// every instance it scrapes. Live figures are rates over the last minute; trends span the timeframe
/// with a Prometheus, the console's own scrapes without.
public enum MetricsResource {
    static let description = ResourceDescription(
        pane: .metrics, title: "Metrics", shortTitle: "Metrics", commands: ["metrics", "m"], group: .observation,
        tabs: MetricsTab.allCases.map { tab in
            ResourceTab(
                tab.rawValue, sources: [MetricsSources.live(tab).erased, MetricsSources.history(tab).erased],
                table: { table($0, tab: tab) })
        },
        usesTimeframe: true)

    static func table(_ state: AppState, tab: MetricsTab) -> TableModel {
        let spec = tab.spec
        let live = state.metricsLive(tab).value
        let history = state.metricsHistory(tab).value
        let columns = spec.columns.map(\.spec) + [ColumnSpec("Trend", sort: "~", min: 10, weight: 3, priority: 6, kind: .sparkline)]
        let rows = (live?.rows ?? []).map { row -> ResourceRow in
            let trend = history.flatMap { $0.available ? $0.series[row.id] : nil } ?? live?.trend(row.id) ?? []
            return ResourceRow(
                id: row.id,
                cells: spec.columns.map { $0.text(row) } + [""],
                sortKeys: spec.columns.map { $0.sortKey(row) } + [.number(trend.last ?? 0)],
                level: row.level, series: trend, recordName: row.name,
                detailTitle: row.name, detail: detail(row, origin: live?.origin, pageTrouble: live?.pageTrouble, trend: trend))
        }
        // Which source the figures come from, when it is not the one configured for them.
        let notes = live?.pageTrouble.map { ["from Prometheus: \($0)"] } ?? []
        var model = TableModel(columns: columns, rows: rows, emptyMessage: emptyMessage(live, tab: tab), notes: notes)
        if rows.isEmpty { model.notice = live?.unavailable }
        return model
    }

    static func emptyMessage(_ live: MetricsLive?, tab: MetricsTab) -> String {
        guard let live else { return "loading metrics…" }
        if live.unavailable != nil { return "no metrics" }
        if !live.snapshot.hasRates, live.origin != nil { return "reading metrics… (rates need two scrapes)" }
        return tab.emptyMessage
    }

    static func detail(_ row: MetricsRow, origin: MetricsOrigin?, pageTrouble: String? = nil, trend: [Double]) -> [DetailLine] {
        var lines = [DetailLine(depth: 0, key: "name", value: row.name)]
        if !row.kind.isEmpty { lines.append(DetailLine(depth: 0, key: "kind", value: row.kind)) }
        switch origin {
        case .direct(let target)?: lines.append(DetailLine(depth: 0, key: "from", value: "\(target)/metrics, rates over the last minute"))
        case .prometheus(let url)?: lines.append(DetailLine(depth: 0, key: "from", value: "Prometheus \(url), rates over the last minute"))
        case nil: break
        }
        if let pageTrouble { lines.append(DetailLine(depth: 0, key: "instead of", value: pageTrouble)) }
        if !row.figures.isEmpty { lines.append(DetailLine(depth: 0, key: "figures", value: "", emphasis: .heading)) }
        for figure in MetricFigure.allCases {
            guard let value = row[figure] else { continue }
            lines.append(DetailLine(depth: 1, key: figureName(figure), value: MetricsFormat.text(value, unit: unit(of: figure))))
        }
        if !row.labels.isEmpty {
            lines.append(DetailLine(depth: 0, key: "labels", value: "", emphasis: .heading))
            for (name, value) in row.labels.sorted(by: { $0.key < $1.key }) {
                lines.append(DetailLine(depth: 1, key: name, value: value))
            }
        }
        if let low = trend.min(), let high = trend.max() {
            lines.append(
                DetailLine(
                    depth: 0, key: "trend", value: "\(trend.count) points, \(NumberFormat.compact(low)) to \(NumberFormat.compact(high))"))
        }
        return lines
    }

    static func figureName(_ figure: MetricFigure) -> String {
        switch figure {
        case .rate: "per second"
        case .errorShare: "errors"
        case .p50: "p50 latency"
        case .p95: "p95 latency"
        case .timeToFirstToken: "time to first token (median)"
        case .tokensPerSecond: "tokens per second"
        case .inputTokensPerSecond: "input tokens per second"
        case .outputTokensPerSecond: "output tokens per second"
        case .generationSpeed: "generation speed (tokens/s of a response)"
        case .costPerHour: "cost per hour"
        case .failed: "failed so far"
        case .failedPerSecond: "failures per second"
        case .dead: "dead so far"
        case .active: "running now"
        case .memoryBytes: "resident memory"
        case .eventLoopLag: "event-loop lag"
        case .up: "scraped by Prometheus"
        }
    }

    static func unit(of figure: MetricFigure) -> MetricsUnit {
        switch figure {
        case .rate, .failedPerSecond: .perSecond
        case .errorShare: .percent
        case .p50, .p95, .timeToFirstToken, .eventLoopLag: .seconds
        case .tokensPerSecond, .inputTokensPerSecond, .outputTokensPerSecond, .generationSpeed, .failed, .dead, .active: .count
        case .costPerHour: .moneyPerHour
        case .memoryBytes: .bytes
        case .up: .upDown
        }
    }
}

extension UIState {
    /// The Metrics pane's tab, typed.
    public var metricsTab: MetricsTab {
        let index = tab(of: .metrics)
        return MetricsTab.allCases.indices.contains(index) ? MetricsTab.allCases[index] : .models
    }
}
