import Foundation

/// A built executable left running while the test reads its stdout line by line through a pipe, as `| jq`
/// or `| head` would; its stderr goes to a file. It gets no descriptor of the test's and default signals
/// (``ChildHygiene``), and is killed when the test lets go of it before it ended.
final class StreamingRun {
    let pid: pid_t
    private var readEnd: Int32
    private var pending: [UInt8] = []
    private let folder: URL
    private var status: Int32?

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `binary` with `arguments`; the environment holds only the given variables, with the test's
    /// state and config folders and every proxy variable empty (as ``CommandRun`` sets them).
    init(_ binary: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        var variables = [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_STATE_HOME": TestFolders.state,
            "XDG_CONFIG_HOME": TestFolders.noConfig,
        ]
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
            variables[name] = ""
            variables[name.uppercased()] = ""
        }
        variables.merge(environment) { _, given in given }

        folder = FileManager.default.temporaryDirectory.appendingPathComponent("archestra-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw Failure(description: "no pipe: errno \(errno)") }
        // Other programs this test process starts must not hold the pipe open.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        ChildHygiene.closeInherited(&actions)
        var attributes = ChildHygiene.defaultSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        close(ends[1])
        guard spawned == 0 else {
            close(readEnd)
            throw Failure(description: "cannot start \(binary): error \(spawned)")
        }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            waitpid(pid, nil, 0)
        }
        if readEnd >= 0 { close(readEnd) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The next line of stdout (without its newline), waiting up to `timeout` for it.
    func readLine(timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...end)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, readEnd >= 0 else {
                throw Failure(
                    description:
                        "no whole line within \(timeout) s; stdout so far: \(String(decoding: pending, as: UTF8.self)); stderr: \(stderr)")
            }
            var target = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            guard poll(&target, 1, Int32(min(left, 1) * 1000)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(readEnd, &chunk, chunk.count)
            if count == 0 { throw Failure(description: "stdout ended before a whole line; stderr: \(stderr)") }
            if count > 0 { pending += chunk[..<count] }
        }
    }

    /// The next `count` lines.
    func readLines(_ count: Int, timeout: TimeInterval = 10) throws -> [String] {
        try (0..<count).map { _ in try readLine(timeout: timeout) }
    }

    /// Closes the test's end of the pipe, as `head` does once it has read enough.
    func closeOutput() {
        guard readEnd >= 0 else { return }
        close(readEnd)
        readEnd = -1
    }

    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// The exit status once the program ends (128 + N when signal N ended it), waiting up to `timeout`.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        if let status { return status }
        let deadline = Date().addingTimeInterval(timeout)
        var raw: Int32 = 0
        while waitpid(pid, &raw, WNOHANG) == 0 {
            guard Date() < deadline else { throw Failure(description: "still running after \(timeout) s; stderr: \(stderr)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let signal = raw & 0x7F
        let ended = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
        status = ended
        return ended
    }

    /// What the program wrote on stderr so far.
    var stderr: String {
        (try? String(contentsOf: folder.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// Waits up to `timeout` until stderr contains `text`.
    func waitForStderr(_ text: String, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !stderr.contains(text) {
            guard Date() < deadline else { throw Failure(description: "stderr never said '\(text)': \(stderr)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
