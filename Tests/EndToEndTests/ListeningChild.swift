import Foundation

/// Starts a server program the tests need (Prometheus, tinyproxy) and waits until it accepts
/// connections on its port; throws if it exits first or never listens.
enum ListeningChild {
    /// - Parameter stderrPath: where its error output goes (/dev/null when nil).
    static func spawn(
        _ arguments: [String], name: String, port: Int, stderrPath: String? = nil,
        timeout: TimeInterval, poll: TimeInterval
    ) throws -> pid_t {
        guard let binary = arguments.first else { throw TmuxSession.ShellFailure(description: "no \(name) binary") }
        // Another test (tests run in parallel) may hold the port: its server must not pass for this one.
        guard !accepts(port: port) else { throw TmuxSession.ShellFailure(description: "port \(port) is taken") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o600)
        ChildHygiene.closeInherited(&actions)
        var attributes = ChildHygiene.defaultSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, binary, &actions, &attributes, &argv, environ) == 0 else {
            throw TmuxSession.ShellFailure(description: "cannot spawn \(name)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if accepts(port: port) { return pid }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { throw TmuxSession.ShellFailure(description: "\(name) exited") }
            Thread.sleep(forTimeInterval: poll)
        }
        kill(pid, SIGKILL)
        waitpid(pid, nil, 0)
        throw TmuxSession.ShellFailure(description: "\(name) did not listen on \(port)")
    }

    /// Starts a server on a random port of `ports`, trying another port while one is taken (tests run in
    /// parallel), up to 20 times.
    static func onFreePort(
        _ ports: ClosedRange<Int>, name: String, logs: String? = nil, _ spawn: (Int) throws -> pid_t
    ) throws -> (port: Int, pid: pid_t) {
        for _ in 0..<20 {
            let candidate = Int.random(in: ports)
            if let pid = try? spawn(candidate) { return (candidate, pid) }
        }
        throw TmuxSession.ShellFailure(description: "\(name) did not start" + (logs.map { "; see \($0)" } ?? ""))
    }

    /// Kills a server started here (SIGKILL: some linger on SIGTERM while connections stay open), waits until
    /// it is gone and sets `pid` to 0; does nothing when it is already 0.
    static func stop(_ pid: inout pid_t) {
        guard pid != 0 else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        pid = 0
    }

    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    static func accepts(port: Int) -> Bool {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { return false }
        defer { close(socketDescriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }
}
