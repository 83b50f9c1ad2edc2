import XCTest
import ArchestraAPI
@testable import archestra_tui

/// The metrics flags: URLs checked, tokens read from the variables they name and never printed.
final class MetricsOptionsTests: XCTestCase {
    func testNothingGivenLeavesMetricsUnconfigured() throws {
        XCTAssertFalse(try MetricsOptions.parse([]).settings(environment: [:]).isConfigured)
    }

    func testURLsAndTokensFromTheEnvironment() throws {
        let options = try MetricsOptions.parse([
            "--metrics-url", "http://web-1:9050", "--metrics-token-env", "ARCHESTRA_METRICS_SECRET",
            "--prometheus-url", "https://prom.corp/", "--prometheus-token-env", "PROM_TOKEN",
        ])
        let settings = try options.settings(environment: ["ARCHESTRA_METRICS_SECRET": "metrics-secret", "PROM_TOKEN": "prom-secret\n"])
        XCTAssertEqual(settings.directURL?.absoluteString, "http://web-1:9050/metrics")
        XCTAssertEqual(settings.directToken?.raw, "metrics-secret")
        XCTAssertEqual(settings.prometheusURL?.absoluteString, "https://prom.corp")
        XCTAssertEqual(settings.prometheusToken?.raw, "prom-secret")
        for secret in ["metrics-secret", "prom-secret"] {
            XCTAssertFalse(settings.summary.joined().contains(secret), "\(settings.summary)")
        }
    }

    func testTheRateWindowIsASettingInSeconds() throws {
        XCTAssertEqual(try MetricsOptions.parse([]).settings(environment: [:]).rateWindow, 60, "a minute unless told")
        XCTAssertEqual(try MetricsOptions.parse(["--metrics-rate-window", "5"]).settings(environment: [:]).rateWindow, 5)
        for wrong in ["1", "7200", "nan"] {
            XCTAssertThrowsError(try MetricsOptions.parse(["--metrics-rate-window", wrong]).settings(environment: [:]), wrong) { error in
                XCTAssertTrue("\(error)".contains("--metrics-rate-window"), "\(error)")
            }
        }
    }

    func testMistakesAreNamed() throws {
        XCTAssertThrowsError(try MetricsOptions.parse(["--metrics-token-env", "X"])) { error in
            XCTAssertTrue(MetricsOptions.message(for: error).contains("--metrics-url"), "\(error)")
        }
        let unset = try MetricsOptions.parse(["--prometheus-url", "http://p:9090", "--prometheus-token-env", "MISSING"])
        XCTAssertThrowsError(try unset.settings(environment: ["MISSING": " "])) { error in
            XCTAssertTrue("\(error)".contains("MISSING is unset or empty"), "\(error)")
        }
        XCTAssertThrowsError(try MetricsOptions.parse(["--metrics-url", "localhost:9050"]).settings(environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("--metrics-url"), "\(error)")
        }
    }
}
