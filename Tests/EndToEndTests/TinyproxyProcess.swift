import Foundation
import XCTest

/// Debian's `tinyproxy` on a free loopback port, in the foreground, logging to a file the test reads.
/// `.ci/run` installs it; the tests skip only where it cannot be found at all.
final class TinyproxyProcess {
    let port: Int
    let logPath: String
    private let folder: String
    private var pid: pid_t = 0

    /// `http://127.0.0.1:PORT`, without credentials.
    var url: String { "http://127.0.0.1:\(port)" }

    /// - Parameter basicAuth: user and password the proxy demands (407 without them).
    init(basicAuth: (user: String, password: String)? = nil) throws {
        guard let binary = Self.binary() else {
            throw XCTSkip("tinyproxy is not installed (`apt-get install tinyproxy`; .ci/run installs it)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-tinyproxy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        logPath = folder + "/tinyproxy.log"
        let (folder, logPath) = (folder, logPath)
        let started = try ListeningChild.onFreePort(31_000...39_999, name: "tinyproxy", logs: folder) { candidate in
            var config = """
                Port \(candidate)
                Listen 127.0.0.1
                Timeout 30
                LogFile "\(logPath)"
                LogLevel Connect
                MaxClients 50
                Allow 127.0.0.1

                """
            if let basicAuth { config += "BasicAuth \(basicAuth.user) \(basicAuth.password)\n" }
            let configPath = folder + "/tinyproxy-\(candidate).conf"
            try config.write(toFile: configPath, atomically: true, encoding: .utf8)
            return try Self.spawn(binary: binary, config: configPath, port: candidate)
        }
        port = started.port
        pid = started.pid
    }

    deinit { stop() }

    /// Stops the proxy and removes its files. SIGKILL: tinyproxy lingers on SIGTERM while connections stay open.
    func stop() {
        guard pid != 0 else { return }
        ListeningChild.stop(&pid)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// What the proxy logged so far.
    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// The `CONNECT host:port` requests the proxy received.
    func connectRequests(to target: String) -> Int {
        log().components(separatedBy: "\n").filter { $0.contains("CONNECT \(target) ") }.count
    }

    /// The requests for `http://host:port/…` the proxy passed on (absolute form, no tunnel).
    func forwardedRequests(to target: String) -> Int {
        log().components(separatedBy: "\n").filter { $0.contains("Request") && $0.contains(" http://\(target)/") }.count
    }

    static func binary() -> String? {
        ["/usr/bin/tinyproxy", "/usr/sbin/tinyproxy", "/usr/local/bin/tinyproxy"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Spawns `tinyproxy -d -c CONFIG` and waits until it accepts connections; throws if it exits first.
    private static func spawn(binary: String, config: String, port: Int) throws -> pid_t {
        try ListeningChild.spawn([binary, "-d", "-c", config], name: "tinyproxy", port: port, timeout: 10, poll: 0.05)
    }
}
