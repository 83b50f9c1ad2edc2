import Foundation
import ArchestraAPI

/// What a metrics tab's live source answers: a scraped page, figures from Prometheus, or why there is
/// nothing to show.
public enum MetricsReading: Sendable {
    /// `rateWindow`: how far back rates over successive scrapes look (`--metrics-rate-window`).
    case scrape(Exposition, at: Date, target: String, rateWindow: TimeInterval = MetricsSettings.defaultRateWindow)
    case prometheus(MetricsSnapshot, at: Date, url: String)
    /// Prometheus standing in for a `/metrics` page that failed, `because` says how.
    case prometheusStandingIn(MetricsSnapshot, at: Date, url: String, because: String)
    /// No metrics source, or one that cannot serve this tab; the text says how to get one.
    case unavailable(String)
}

/// Where a tab's live figures come from.
public enum MetricsOrigin: Sendable, Equatable {
    /// A `/metrics` page scraped at the refresh interval ("host:port").
    case direct(String)
    /// A Prometheus query API (its URL).
    case prometheus(String)
}

/// The live figures of one metrics tab: its rows worst first, rates over the rate window, and for
/// direct scrapes the window they are computed from and a short trend per row (bounded).
public struct MetricsLive: Sendable {
    public var origin: MetricsOrigin?
    /// Why the configured `/metrics` page is not what the figures come from, while Prometheus stands in.
    public var pageTrouble: String?
    /// Why there is nothing to show, when there is not.
    public var unavailable: String?
    public var rows: [MetricsRow] = []
    /// Every row together (LLM tabs): the overview's p95 and error %.
    public var overall: [MetricFigure: Double] = [:]
    public var snapshot = MetricsSnapshot(hasRates: false)
    public var updatedAt: Date?
    var window = ScrapeWindow()
    var trends = TrendBook()

    public init(
        origin: MetricsOrigin? = nil, unavailable: String? = nil,
        rateWindow: TimeInterval = MetricsSettings.defaultRateWindow
    ) {
        self.origin = origin
        self.unavailable = unavailable
        window = ScrapeWindow(window: rateWindow)
    }

    /// The trend a direct scrape kept for a row, oldest first.
    public func trend(_ rowID: String) -> [Double] { trends.series(rowID) }

    /// Takes in an answer of `tab`'s live source.
    static func merge(_ previous: MetricsLive?, _ reading: MetricsReading, tab: MetricsTab) -> MetricsLive {
        let spec = tab.spec
        switch reading {
        case .unavailable(let message):
            return MetricsLive(unavailable: message)
        case .prometheus(let snapshot, let time, let url):
            return merge(previous, snapshot, from: url, at: time, pageTrouble: nil, tab: tab)
        case .prometheusStandingIn(let snapshot, let time, let url, let reason):
            return merge(previous, snapshot, from: url, at: time, pageTrouble: reason, tab: tab)
        case .scrape(let exposition, let time, let target, let rateWindow):
            var live =
                previous.flatMap { $0.origin == .direct(target) && $0.window.window == rateWindow ? $0 : nil }
                ?? MetricsLive(origin: .direct(target), rateWindow: rateWindow)
            // A scrape this tab already took in (fed by another tab's source) adds nothing, not even a trend point.
            if let last = live.window.lastScrapeTime, time <= last { return live }
            live.unavailable = nil
            live.window.observe(exposition, selectors: spec.selectors, at: time)
            live.fill(live.window.snapshot, tab: tab, target: target, at: time)
            live.recordTrends(spec, at: time)
            return live
        }
    }

    private static func merge(
        _ previous: MetricsLive?, _ snapshot: MetricsSnapshot, from url: String, at time: Date,
        pageTrouble: String?, tab: MetricsTab
    ) -> MetricsLive {
        var live = previous.flatMap { $0.origin == .prometheus(url) ? $0 : nil } ?? MetricsLive(origin: .prometheus(url))
        live.unavailable = nil
        live.pageTrouble = pageTrouble
        live.fill(snapshot, tab: tab, target: "", at: time)
        // Until (or unless) the history answers, the live figures make the trend.
        live.recordTrends(tab.spec, at: time)
        return live
    }

    private mutating func recordTrends(_ spec: any MetricsTabSpec, at time: Date) {
        guard snapshot.hasRates else { return }
        for row in rows {
            if let value = spec.trendValue(row) { trends.record(value, for: row.id, at: time) }
        }
    }

    private mutating func fill(_ snapshot: MetricsSnapshot, tab: MetricsTab, target: String, at time: Date) {
        self.snapshot = snapshot
        rows = tab.spec.rows(snapshot, target: target)
        if let llm = tab.spec as? LLMMetrics { overall = llm.overall(snapshot) }
        updatedAt = time
    }
}

/// Short per-row histories of a direct scrape: a ring buffer per row, and at most `rowLimit` rows
/// (the least recently seen go first), so a long-running console stays flat.
struct TrendBook: Sendable {
    static let points = 120
    static let rowLimit = 500
    private var lines: [String: (buffer: RingBuffer<Double>, seen: Date)] = [:]

    mutating func record(_ value: Double, for rowID: String, at time: Date) {
        var line = lines[rowID] ?? (RingBuffer(capacity: Self.points), time)
        line.buffer.append(value.isFinite ? value : 0)
        line.seen = time
        lines[rowID] = line
        if lines.count > Self.rowLimit, let oldest = lines.min(by: { $0.value.seen < $1.value.seen })?.key {
            lines[oldest] = nil
        }
    }

    func series(_ rowID: String) -> [Double] {
        lines[rowID].map { Array($0.buffer) } ?? []
    }
}
