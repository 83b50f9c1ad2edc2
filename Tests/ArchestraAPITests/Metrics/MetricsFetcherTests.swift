import XCTest
import ArchestraSimulator
@testable import ArchestraAPI

/// The metrics client against the simulator's `/metrics` over loopback HTTP.
final class MetricsFetcherTests: XCTestCase {
    func client(baseURL: String, metrics: MetricsSettings) throws -> ArchestraClient {
        var configuration = try ClientConfiguration(baseURL: baseURL, apiKey: nil)
        configuration.metrics = metrics
        return ArchestraClient(configuration: configuration)
    }

    func testScrapesWithTheBearerTokenAndExplainsARefusal() async throws {
        var options = SimulatorOptions()
        options.trafficInterval = .zero
        options.metricsSecret = "s3cret"
        let simulator = ArchestraSimulator(options: options)
        _ = try await simulator.start()
        await simulator.tickTraffic()
        let base = await simulator.baseURL
        let page = try XCTUnwrap(URL(string: base + "/metrics"))

        let good = try client(baseURL: base, metrics: MetricsSettings(directURL: page, directToken: BearerToken("s3cret", source: "$S")))
        guard case .page(let exposition, _) = try await good.metrics.scrape(keeping: ["llm_cost_total"]) else {
            return XCTFail("expected a page")
        }
        XCTAssertEqual(exposition.families.map(\.name), ["llm_cost_total"])
        XCTAssertFalse(good.metrics.directIsGuess)

        let bare = try client(baseURL: base, metrics: MetricsSettings(directURL: page))
        do {
            _ = try await bare.metrics.scrape()
            XCTFail("a page behind a secret needs the token")
        } catch let error as ArchestraError {
            XCTAssertTrue(error.description.contains("401") && error.description.contains("--metrics-token-env"), error.description)
            XCTAssertNil(error.status, "not the API key's 401: the header must not read unauthorized")
        }

        let notMetrics = try client(baseURL: base, metrics: MetricsSettings(directURL: URL(string: base + "/health")))
        do {
            _ = try await notMetrics.metrics.scrape()
            XCTFail("JSON is not a metrics page")
        } catch let error as ArchestraError {
            XCTAssertTrue(error.description.contains("not a Prometheus metrics page"), error.description)
        }
        for used in [good, bare, notMetrics] { await used.shutdown() }
        await simulator.stop()
    }

    func testTheDefaultEndpointIsTriedOnceAndThenNamedWithTheFlagsToSet() async throws {
        // 127.0.0.1:9050 is the default for a base URL on 127.0.0.1; nothing may listen there for this test.
        let probe = try client(baseURL: "http://127.0.0.1:9", metrics: MetricsSettings())
        XCTAssertTrue(probe.metrics.directIsGuess)
        XCTAssertEqual(probe.metrics.directURL?.absoluteString, "http://127.0.0.1:9050/metrics")
        let first = try await probe.metrics.scrape()
        guard case .absent(let message) = first else {
            await probe.shutdown()
            throw XCTSkip("something answers on 127.0.0.1:9050 here")
        }
        XCTAssertTrue(message.hasPrefix("No metrics at http://127.0.0.1:9050/metrics ("), message)
        XCTAssertTrue(message.hasSuffix("— set --metrics-url or --prometheus-url"), message)
        guard case .absent(let again) = try await probe.metrics.scrape() else { return XCTFail("tried again") }
        XCTAssertEqual(again, message)
        await probe.shutdown()

        // A Prometheus configured means no guess at all.
        let withPrometheus = try client(
            baseURL: "http://127.0.0.1:9", metrics: MetricsSettings(prometheusURL: URL(string: "http://127.0.0.1:9")))
        XCTAssertFalse(withPrometheus.metrics.hasDirect)
        XCTAssertTrue(withPrometheus.metrics.hasPrometheus)
        await withPrometheus.shutdown()
    }
}
