import Foundation
import XCTest
import ArchestraAPI

/// Debian's `prometheus` on a free loopback port, scraping one target every second into a private
/// folder, killed and removed afterwards. `.ci/run` installs it; tests skip only where it cannot be found.
final class PrometheusProcess {
    let port: Int
    private let folder: String
    private var pid: pid_t = 0

    var url: String { "http://127.0.0.1:\(port)" }

    /// - Parameters:
    ///   - target: `host:port` to scrape at `/metrics`, as job `archestra`.
    ///   - bearer: the token the target wants, if any.
    init(scraping target: String, bearer: String? = nil) throws {
        guard let binary = Self.binary() else {
            throw XCTSkip("prometheus is not installed (`apt-get install prometheus`; .ci/run installs it)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-prometheus-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var config = """
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: archestra
                metrics_path: /metrics
                static_configs:
                  - targets: ['\(target)']

            """
        if let bearer {
            config += "    authorization:\n      type: Bearer\n      credentials: '\(bearer)'\n"
        }
        let configPath = folder + "/prometheus.yml"
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        let folder = folder
        let started = try ListeningChild.onFreePort(40_000...49_999, name: "prometheus", logs: folder) { candidate in
            try Self.spawn(binary: binary, config: configPath, data: folder + "/data-\(candidate)", port: candidate)
        }
        port = started.port
        pid = started.pid
    }

    deinit { stop() }

    /// Kills the server and removes its folder.
    func stop() {
        guard pid != 0 else { return }
        ListeningChild.stop(&pid)
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func binary() -> String? {
        ["/usr/bin/prometheus", "/usr/local/bin/prometheus"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A client whose metrics fetcher asks this Prometheus, for the test's own queries.
    func client() throws -> ArchestraClient {
        var configuration = try ClientConfiguration(baseURL: "http://127.0.0.1:1", apiKey: nil)
        configuration.metrics = try MetricsSettings(directURL: nil, prometheusURL: url)
        return ArchestraClient(configuration: configuration)
    }

    /// Waits until `promql` gives a value above zero; returns it.
    @discardableResult
    func waitForValue(_ promql: String, timeout: TimeInterval = 60) async throws -> Double {
        let client = try client()
        defer { Task { await client.shutdown() } }
        let deadline = Date().addingTimeInterval(timeout)
        var last = "nothing yet"
        while Date() < deadline {
            do {
                let value = try await client.metrics.query(promql).samples.map(\.value).reduce(0, +)
                if value > 0 { return value }
                last = "\(value)"
            } catch {
                last = "\(error)"
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        throw TmuxSession.ShellFailure(description: "Prometheus never had \(promql) > 0 (last: \(last))")
    }

    private static func spawn(binary: String, config: String, data: String, port: Int) throws -> pid_t {
        try ListeningChild.spawn(
            [
                binary, "--config.file=\(config)", "--storage.tsdb.path=\(data)",
                "--web.listen-address=127.0.0.1:\(port)", "--log.level=warn",
            ],
            name: "prometheus", port: port, stderrPath: config + ".log", timeout: 20, poll: 0.1)
    }
}
