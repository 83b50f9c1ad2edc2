import XCTest
@testable import DashboardCore

/// Quantiles from buckets and counter increases, against what Prometheus computes.
final class MetricsMathTests: XCTestCase {
    func testQuantileInterpolatesInsideTheBucketLikeHistogramQuantile() throws {
        // 100 observations: 50 ≤ 0.1 s, 40 in (0.1, 0.5], 10 in (0.5, 1].
        let buckets: [(upperBound: Double, count: Double)] = [(0.1, 50), (0.5, 90), (1, 100), (.infinity, 100)]
        XCTAssertEqual(try XCTUnwrap(HistogramQuantile.quantile(0.5, buckets: buckets)), 0.1, accuracy: 1e-12)
        // Rank 95 lies half-way through the (0.5, 1] bucket.
        XCTAssertEqual(try XCTUnwrap(HistogramQuantile.quantile(0.95, buckets: buckets)), 0.75, accuracy: 1e-12)
        // Rank 25 is half of the first bucket, which starts at 0.
        XCTAssertEqual(try XCTUnwrap(HistogramQuantile.quantile(0.25, buckets: buckets.reversed())), 0.05, accuracy: 1e-12)
    }

    func testQuantileEdges() {
        // Everything above the last finite bound: that bound is the estimate.
        XCTAssertEqual(HistogramQuantile.quantile(0.9, buckets: [(1, 0), (2, 0), (.infinity, 10)]), 2)
        XCTAssertNil(HistogramQuantile.quantile(0.9, buckets: [(1, 0), (.infinity, 0)]), "no observations")
        XCTAssertNil(HistogramQuantile.quantile(0.9, buckets: [(1, 3), (2, 5)]), "no +Inf bucket")
        XCTAssertNil(HistogramQuantile.quantile(0.9, buckets: [(.infinity, 5)]), "one bucket")
        // Rates over series that reset can dip; a cumulative count never falls.
        XCTAssertEqual(HistogramQuantile.quantile(0.5, buckets: [(1, 6), (2, 4), (.infinity, 10)]) ?? .nan, 5.0 / 6.0, accuracy: 1e-12)
    }

    func testCounterIncreaseHandlesResets() {
        XCTAssertEqual(CounterIncrease.between(10, 15), 5)
        XCTAssertEqual(CounterIncrease.between(100, 7), 7, "a restart counts up from zero")
        XCTAssertEqual(CounterIncrease.between(nil, 3), 3, "a series created since the last scrape is new in full")
        XCTAssertEqual(CounterIncrease.between(5, .nan), 0)
        XCTAssertEqual(CounterIncrease.between(.nan, 4), 4)
    }

    func testPromQLForEachReading() {
        XCTAssertEqual(
            PromQLText.query(MetricSelector("llm_cost_total", .rate, by: ["model"]), rateWindow: 60),
            "sum by (model) (rate(llm_cost_total[60s]))")
        XCTAssertEqual(
            PromQLText.query(MetricSelector("x_bucket", .buckets, by: ["job", "instance"]), rateWindow: 1_440),
            "sum by (job, instance, le) (rate(x_bucket[1440s]))")
        XCTAssertEqual(PromQLText.query(MetricSelector("up", .value), rateWindow: 60), "sum by () (up)")
        XCTAssertEqual(PrometheusWindows.step(for: 300), 5)
        XCTAssertEqual(PrometheusWindows.step(for: 86_400), 1_440)
        XCTAssertEqual(PrometheusWindows.rateWindow(forStep: 5), 60, "a point always spans a minute")
        XCTAssertEqual(PrometheusWindows.rateWindow(forStep: 1_440), 1_440)
    }

    func testFormats() {
        XCTAssertEqual(MetricsFormat.seconds(0.0853), "85ms")
        XCTAssertEqual(MetricsFormat.seconds(2.34), "2.3s")
        XCTAssertEqual(MetricsFormat.seconds(125), "2m 5s")
        XCTAssertEqual(MetricsFormat.percent(0.0083), "0.8%")
        XCTAssertEqual(MetricsFormat.percent(0.25), "25%")
        XCTAssertEqual(MetricsFormat.percent(0), "0%")
        XCTAssertEqual(MetricsFormat.bytes(182_300_000), "182MB")
        XCTAssertEqual(MetricsFormat.bytes(1_500_000_000), "1.5GB")
        XCTAssertEqual(MetricsFormat.text(0.5, unit: .perMinute), "30/min")
        XCTAssertEqual(MetricsFormat.text(1.2, unit: .moneyPerHour), "$1.20/h")
        XCTAssertEqual(MetricsFormat.text(nil, unit: .perSecond), "-")
    }
}
