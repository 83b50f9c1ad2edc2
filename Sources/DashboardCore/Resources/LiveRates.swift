import Foundation
import ArchestraAPI

/// The overview's own state: requests per second and cost per hour, from what the newest buckets of
/// the LLM-proxy statistics gain between polls.
public struct LiveRates: Sendable {
    public var requests = LiveRate()
    public var cost = LiveRate()

    public init() {}
}

extension OverviewResource {
    public static let rates = SliceKey<LiveRates>("overview.rates") { LiveRates() }

    /// Each answer of the proxy statistics moves the rates; another timeframe starts them again.
    static let sliceReducer = AnySliceReducer(rates) { rates, event, _ in
        if case .timeframeChanged = event {
            rates = LiveRates()
        } else if let (stats, time) = event.loaded(Sources.proxyStats) {
            let dated = stats.timeSeries.compactMap { point in point.date.map { (point: point, start: $0) } }
            rates.requests.observe(dated.map { ($0.start, $0.point.requests) }, at: time)
            rates.cost.observe(dated.map { ($0.start, $0.point.totalCost) }, at: time)
        }
        return []
    }
}
