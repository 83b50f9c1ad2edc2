import Foundation
import ArchestraAPI

/// What a metrics tab's live figures are read from: ``MetricsFetcher``, or a recording stand-in in tests.
protocol LiveMetricsService: Sendable {
    var hasDirect: Bool { get }
    var directURL: URL? { get }
    var prometheusURL: URL? { get }
    /// How far back live rates look (`--metrics-rate-window`).
    var rateWindow: TimeInterval { get }
    func scrape(keeping wanted: Set<String>?) async throws -> MetricsFetcher.DirectOutcome
    func query(_ promql: String) async throws -> PromQLResult
    func withFallback<Result: Sendable>(_ body: (inout DirectFallback) -> Result) -> Result
}

extension MetricsFetcher: LiveMetricsService {
    var rateWindow: TimeInterval { settings.rateWindow }
}

extension LiveMetricsService {
    /// Stand-ins in tests keep the default window.
    var rateWindow: TimeInterval { MetricsSettings.defaultRateWindow }
}
