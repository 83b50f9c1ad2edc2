import Foundation
import XCTest

/// Debian's `squid` with the configuration Debian ships (`/etc/squid/squid.conf`, rules untouched: CONNECT
/// only to port 443, any port from 1025 up for plain HTTP, clients on localhost allowed), on a free
/// loopback port, in the foreground. Only the port and where it writes change. `.ci/run` installs it.
final class SquidProcess {
    let port: Int
    private let folder: String
    private var pid: pid_t = 0

    static let shippedConfiguration = "/etc/squid/squid.conf"

    /// `http://127.0.0.1:PORT`.
    var url: String { "http://127.0.0.1:\(port)" }

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary),
            let shipped = try? String(contentsOfFile: Self.shippedConfiguration, encoding: .utf8)
        else {
            throw XCTSkip("squid is not installed (`apt-get install squid`; .ci/run installs it)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-squid-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // squid drops to its own user to write logs.
        chmod(folder, 0o777)
        let folder = folder
        let started = try ListeningChild.onFreePort(40_000...48_999, name: "squid", logs: folder) { candidate in
            let configPath = folder + "/squid-\(candidate).conf"
            try Self.configuration(shipped, port: candidate, folder: folder).write(toFile: configPath, atomically: true, encoding: .utf8)
            return try ListeningChild.spawn(
                [Self.binary, "-N", "-f", configPath], name: "squid", port: candidate,
                stderrPath: folder + "/stderr.log", timeout: 15, poll: 0.05)
        }
        port = started.port
        pid = started.pid
    }

    deinit { stop() }

    static let binary = "/usr/sbin/squid"

    /// The shipped file with its `http_port` moved to loopback:`port`, and pid file and logs in `folder`.
    static func configuration(_ shipped: String, port: Int, folder: String) -> String {
        let lines = shipped.components(separatedBy: "\n").map { line in
            line.hasPrefix("http_port ") ? "http_port 127.0.0.1:\(port)" : line
        }
        return
            (lines + [
                "pid_filename \(folder)/squid.pid",
                "access_log stdio:\(folder)/access.log",
                "cache_log \(folder)/cache.log",
                "cache_store_log none",
                "coredump_dir \(folder)",
            ]).joined(separator: "\n") + "\n"
    }

    /// Stops the proxy and removes its files.
    func stop() {
        guard pid != 0 else { return }
        ListeningChild.stop(&pid)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// squid's access log: one line per request, with its method, URL and the status it gave
    /// (e.g. `TCP_MISS/200 … GET http://127.0.0.1:9000/api/agents`, `TCP_DENIED/403 … CONNECT 127.0.0.1:9000`).
    func accessLog() -> String {
        (try? String(contentsOfFile: folder + "/access.log", encoding: .utf8)) ?? ""
    }

    /// Access-log lines of `method` requests whose URL starts with `target`.
    func requests(_ method: String, to target: String) -> [String] {
        accessLog().components(separatedBy: "\n").filter { $0.contains(" \(method) \(target)") }
    }
}
