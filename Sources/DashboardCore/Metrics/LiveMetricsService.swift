import Foundation
import ArchestraAPI

/// What a metrics tab's live figures are read from: ``MetricsFetcher``, or a recording stand-in in tests.
protocol LiveMetricsService: Sendable {
    var hasDirect: Bool { get }
    var directURL: URL? { get }
    var prometheusURL: URL? { get }
    func scrape(keeping wanted: Set<String>?) async throws -> MetricsFetcher.DirectOutcome
    func query(_ promql: String) async throws -> PromQLResult
    func withFallback<Result: Sendable>(_ body: (inout DirectFallback) -> Result) -> Result
}

extension MetricsFetcher: LiveMetricsService {}
