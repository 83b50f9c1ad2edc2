import Foundation
import ArchestraAPI

/// Rates from successive scrapes of one `/metrics` page: each scrape is compared with the one before,
/// series by series (counter resets handled), the growth summed by each selector's groups, and rates
/// given over the last minute of such increments, so one quiet scrape does not read as zero.
/// Bounded: the increments kept are a ring buffer; only the last scrape's counters are remembered.
public struct ScrapeWindow: Sendable {
    struct SeriesKey: Hashable, Sendable {
        var name: String
        var labels: MetricLabels
    }

    /// What grew between two scrapes, by selector and group, and over how long.
    struct Increment: Sendable {
        var end: Date
        var span: TimeInterval
        var growth: [MetricSelector: [MetricLabels: Double]]
    }

    /// How far back rates look.
    public let window: TimeInterval
    /// A longer pause between scrapes (the pane was hidden) starts over rather than spreading what
    /// happened meanwhile over one interval.
    public let longestGap: TimeInterval
    private var counters: [SeriesKey: Double] = [:]
    private var lastScrape: Date?
    private var increments: RingBuffer<Increment>
    private var values: [MetricSelector: [MetricLabels: Double]] = [:]

    public init(window: TimeInterval = 60, longestGap: TimeInterval = 300, capacity: Int = 240) {
        self.window = window
        self.longestGap = longestGap
        increments = RingBuffer(capacity: capacity)
    }

    /// Takes in one scrape made at `time`; scrapes not later than the last are ignored.
    public mutating func observe(_ exposition: Exposition, selectors: [MetricSelector], at time: Date) {
        if let lastScrape, time <= lastScrape { return }
        var samplesByName: [String: [MetricSample]] = [:]
        let names = Set(selectors.map(\.sample))
        for family in exposition.families {
            for sample in family.samples where names.contains(sample.name) {
                samplesByName[sample.name, default: []].append(sample)
            }
        }
        var newValues: [MetricSelector: [MetricLabels: Double]] = [:]
        var growth: [MetricSelector: [MetricLabels: Double]] = [:]
        var newCounters: [SeriesKey: Double] = [:]
        let comparable = lastScrape.map { time.timeIntervalSince($0) <= longestGap } ?? false
        var seriesGrowth: [SeriesKey: Double] = [:]
        for selector in selectors {
            let samples = samplesByName[selector.sample] ?? []
            switch selector.reading {
            case .value:
                var groups: [MetricLabels: Double] = [:]
                for sample in samples where sample.value.isFinite {
                    groups[selector.group(of: sample.labels), default: 0] += sample.value
                }
                newValues[selector] = groups
            case .rate, .buckets:
                var groups: [MetricLabels: Double] = [:]
                for sample in samples {
                    let key = SeriesKey(name: sample.name, labels: sample.labels)
                    newCounters[key] = sample.value
                    guard comparable else { continue }
                    let grew = seriesGrowth[key] ?? CounterIncrease.between(counters[key], sample.value)
                    seriesGrowth[key] = grew
                    groups[selector.group(of: sample.labels), default: 0] += grew
                }
                if comparable { growth[selector] = groups }
            }
        }
        if comparable, let lastScrape {
            increments.append(Increment(end: time, span: time.timeIntervalSince(lastScrape), growth: growth))
        }
        counters = newCounters
        values = newValues
        lastScrape = time
    }

    /// Rates over the increments of the last `window`, and the latest values.
    public var snapshot: MetricsSnapshot {
        var groups = values
        guard let newest = increments.last?.end else { return MetricsSnapshot(groups: groups, hasRates: false) }
        let recent = increments.filter { newest.timeIntervalSince($0.end) < window }
        let span = recent.reduce(0) { $0 + $1.span }
        guard span > 0 else { return MetricsSnapshot(groups: groups, hasRates: false) }
        var sums: [MetricSelector: [MetricLabels: Double]] = [:]
        for increment in recent {
            for (selector, growth) in increment.growth {
                for (labels, value) in growth { sums[selector, default: [:]][labels, default: 0] += value }
            }
        }
        for (selector, totals) in sums {
            groups[selector] = totals.mapValues { $0 / span }
        }
        return MetricsSnapshot(groups: groups, hasRates: true)
    }

    /// When the last scrape was taken in.
    public var lastScrapeTime: Date? { lastScrape }
}
