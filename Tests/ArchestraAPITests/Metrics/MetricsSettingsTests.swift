import XCTest
@testable import ArchestraAPI

final class MetricsSettingsTests: XCTestCase {
    func testURLsAreCheckedAndNormalised() throws {
        let settings = try MetricsSettings(directURL: " http://10.0.0.5:9050 ", prometheusURL: "https://mimir.corp/prometheus/")
        XCTAssertEqual(settings.directURL?.absoluteString, "http://10.0.0.5:9050/metrics", "a bare host gets /metrics")
        XCTAssertEqual(settings.prometheusURL?.absoluteString, "https://mimir.corp/prometheus", "the API path is appended later")
        XCTAssertEqual(
            try MetricsSettings(directURL: "http://w:9000/custom/metrics", prometheusURL: nil).directURL?.path, "/custom/metrics")
        XCTAssertTrue(settings.isConfigured)
        XCTAssertFalse(MetricsSettings().isConfigured)
        for bad in ["ftp://x/metrics", "localhost:9050", "http://", "http://user:pw@host/metrics"] {
            XCTAssertThrowsError(try MetricsSettings(directURL: bad, prometheusURL: nil), bad) { error in
                XCTAssertTrue("\(error)".contains("--metrics-url"), "\(error)")
            }
        }
        XCTAssertThrowsError(try MetricsSettings(directURL: nil, prometheusURL: "prom:9090")) { error in
            XCTAssertTrue("\(error)".contains("--prometheus-url"))
        }
    }

    func testTheDefaultIsTheBaseURLsHostOnPort9050() throws {
        let base = try XCTUnwrap(URL(string: "https://archestra.corp:8443/api-prefix"))
        XCTAssertEqual(MetricsSettings.defaultDirectURL(forBaseURL: base)?.absoluteString, "http://archestra.corp:9050/metrics")
    }

    func testTokensNeverPrint() throws {
        let token = try XCTUnwrap(BearerToken("  s3cr3t-value\n", source: "$ARCHESTRA_METRICS_SECRET"))
        XCTAssertEqual(token.raw, "s3cr3t-value")
        XCTAssertNil(BearerToken(" \n", source: "$EMPTY"))
        var settings = try MetricsSettings(directURL: "http://h:9050/metrics", directToken: token, prometheusURL: nil)
        settings.prometheusToken = token
        for text in [settings.summary.joined(), "\(settings)", String(reflecting: settings), "\(token)", String(reflecting: token)] {
            XCTAssertFalse(text.contains("s3cr3t"), text)
        }
        XCTAssertEqual(settings.summary, ["metrics http://h:9050/metrics (bearer token from $ARCHESTRA_METRICS_SECRET)"])
    }
}
