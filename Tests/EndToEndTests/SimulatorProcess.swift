import Foundation
import XCTest

/// `archestra-sim` as a separate process, for outages: the server process dies and comes back.
final class SimulatorProcess {
    let port: Int
    let apiKey = "arch_demo_key_0123456789"
    private var pid: pid_t = 0
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts on a free port below the ephemeral range.
    init() throws {
        let chosen = try ListeningChild.onFreePort(20_000...30_999, name: "archestra-sim", Self.spawn(port:))
        port = chosen.port
        pid = chosen.pid
    }

    deinit { stop() }

    /// Kills the server (SIGKILL: it just goes away) and waits until it is gone.
    func stop() {
        ListeningChild.stop(&pid)
    }

    /// Starts it again on the same port, retrying while the port is still being released.
    func restart() throws {
        let deadline = Date().addingTimeInterval(10)
        while pid == 0 {
            if let started = try? Self.spawn(port: port) {
                pid = started
            } else if Date() > deadline {
                throw TmuxSession.ShellFailure(description: "archestra-sim did not come back on port \(port)")
            } else {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }

    /// Spawns the simulator and waits for its "listening" line; throws if it exits first.
    static func spawn(port: Int) throws -> pid_t {
        let binary = try Binaries.path("archestra-sim")
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-sim-\(port)-\(UUID().uuidString).log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        ChildHygiene.closeInherited(&actions)
        var attributes = ChildHygiene.defaultSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        let arguments = [binary, "--port", String(port), "--traffic-interval", "0"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, binary, &actions, &attributes, &argv, environ) == 0 else {
            throw TmuxSession.ShellFailure(description: "cannot spawn archestra-sim")
        }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: log, encoding: .utf8), text.contains("listening") { return pid }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { throw TmuxSession.ShellFailure(description: "archestra-sim exited") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(pid, SIGKILL)
        throw TmuxSession.ShellFailure(description: "archestra-sim did not report listening")
    }

    func console(refresh: Double) throws -> TmuxSession {
        try TmuxSession(
            command: "\(TmuxSession.quote(try Binaries.path("archestra-tui"))) --base-url \(baseURL) --refresh \(refresh)",
            environment: [
                "ARCHESTRA_API_KEY": apiKey, "XDG_STATE_HOME": TestFolders.state,
                "XDG_CONFIG_HOME": TestFolders.noConfig,
            ])
    }
}
