import Foundation
import ArchestraAPI

/// What a tab's history source asks: the tab, over the selected timeframe.
public struct MetricsHistoryRequest: Hashable, Sendable {
    public var tab: MetricsTab
    public var timeframe: Timeframe
}

/// The Metrics pane's sources: per tab, live figures (scraped `/metrics`, else Prometheus) polled at the
/// refresh interval, and a history over the timeframe from Prometheus at the statistics cadence.
///
/// They read `client.metrics`, not the Archestra API: their failures are shown on their pane like any
/// source's, but never change the header's connection state (they declare `service: .other`).
public enum MetricsSources {
    /// Live figures of a tab.
    public static func live(_ tab: MetricsTab) -> SourceDescription<MetricsTab, MetricsReading, MetricsLive> {
        SourceDescription(
            "metrics.\(tab.rawValue)", label: "metrics", cadence: .refresh,
            parameters: { _ in tab },
            fetch: { client, tab in try await read(tab, client.metrics) },
            merge: { previous, reading, tab in MetricsLive.merge(previous, reading, tab: tab) },
            service: .other,
            // Nothing configured (or the default page did not answer once): the same words each time.
            settles: { reading in
                if case .unavailable = reading { return true }
                return false
            },
            feeds: { state, reading, time in feedOtherTabs(of: tab, reading, into: &state, at: time) })
    }

    /// One scrape feeds every tab: each scrape keeps the samples of all of them, and every tab's window
    /// takes it in, so a tab opened later shows the rates of the scrapes already made, not "(no calls)"
    /// until its own scrapes fill a window. Prometheus answers hold one tab's selectors only.
    static func feedOtherTabs(of tab: MetricsTab, _ reading: MetricsReading, into state: inout AppState, at time: Date) {
        guard case .scrape = reading else { return }
        for other in MetricsTab.scraped where other != tab {
            let source = live(other)
            state[source].succeed(MetricsLive.merge(state[source].value, reading, tab: other), at: time)
        }
    }

    /// The per-row trends of a tab over the timeframe, when a Prometheus is configured.
    public static func history(_ tab: MetricsTab) -> SourceDescription<MetricsHistoryRequest, MetricsHistory, MetricsHistory> {
        SourceDescription(
            "metricsHistory.\(tab.rawValue)", label: "metrics history", cadence: .statistics,
            followsTimeframe: true,
            parameters: { MetricsHistoryRequest(tab: tab, timeframe: $0.timeframe) },
            fetch: { client, request in
                guard client.metrics.hasPrometheus else { return .unavailable }
                return try await PrometheusReading.history(
                    request.tab.spec.trendLines, window: request.timeframe.window ?? 30 * 86_400, end: Date(),
                    fetcher: client.metrics)
            },
            service: .other,
            settles: { history in !history.available })
    }

    /// Where the live figures come from: the scraped page when there is one, else Prometheus; the fleet
    /// only from Prometheus. Nothing configured: the platform's default page, tried once. When the page
    /// fails and a Prometheus is configured beside it, Prometheus stands in (and says so on the pane),
    /// the page being tried again every ``DirectFallback/retryAfter`` seconds.
    static func read(_ tab: MetricsTab, _ service: some LiveMetricsService, now: Date = Date()) async throws -> MetricsReading {
        if tab.needsPrometheus || !service.hasDirect {
            guard let url = service.prometheusURL else {
                return .unavailable(
                    tab.needsPrometheus
                        ? "The fleet lists every Archestra instance a Prometheus scrapes — set --prometheus-url URL"
                        : "No metrics source — set --metrics-url URL (the platform's /metrics, port 9050) or --prometheus-url URL")
            }
            let snapshot = try await PrometheusReading.snapshot(
                tab.spec.selectors, rateWindow: service.rateWindow,
                fetcher: service)
            return .prometheus(snapshot, at: Date(), url: url.absoluteString)
        }
        guard let prometheus = service.prometheusURL else { return try await scrape(service) }
        if let reason = service.withFallback({ $0.standingIn(at: now) }) {
            return try await standIn(tab, service, prometheus, because: reason)
        }
        do {
            let reading = try await scrape(service)
            service.withFallback { $0.pageAnswered() }
            return reading
        } catch let pageError as ArchestraError {
            let reason = "\(pageName(service.directURL)) failed (\(MetricsFetcher.gist(pageError)))"
            service.withFallback { $0.pageFailed(reason, at: now) }
            do {
                return try await standIn(tab, service, prometheus, because: reason)
            } catch is ArchestraError {
                // Neither answers: the page is the source configured for live figures; say what it said
                // (the history, read from Prometheus, shows Prometheus's own failure).
                throw pageError
            }
        }
    }

    private static func scrape(_ service: some LiveMetricsService) async throws -> MetricsReading {
        switch try await service.scrape(keeping: MetricsTab.scrapedSampleNames) {
        case .page(let exposition, let time):
            return .scrape(exposition, at: time, target: hostAndPort(service.directURL), rateWindow: service.rateWindow)
        case .absent(let message):
            return .unavailable(message)
        }
    }

    private static func standIn(
        _ tab: MetricsTab, _ service: some LiveMetricsService, _ prometheus: URL,
        because reason: String
    ) async throws -> MetricsReading {
        let snapshot = try await PrometheusReading.snapshot(
            tab.spec.selectors, rateWindow: service.rateWindow,
            fetcher: service)
        return .prometheusStandingIn(snapshot, at: Date(), url: prometheus.absoluteString, because: reason)
    }

    /// "h:9050/metrics".
    static func pageName(_ url: URL?) -> String {
        hostAndPort(url) + (url?.path ?? "")
    }

    static func hostAndPort(_ url: URL?) -> String {
        guard let url, let host = url.host else { return "metrics" }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}

extension AppState {
    public func metricsLive(_ tab: MetricsTab) -> Loadable<MetricsLive> { self[MetricsSources.live(tab)] }

    public func metricsHistory(_ tab: MetricsTab) -> Loadable<MetricsHistory> { self[MetricsSources.history(tab)] }
}
