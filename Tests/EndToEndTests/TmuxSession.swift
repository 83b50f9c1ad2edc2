import Foundation
import XCTest

/// Runs the real `archestra-tui` binary in a private tmux server and reads its screen,
/// the way a person would see it.
final class TmuxSession {
    let socket: String
    let width: Int
    let height: Int

    /// - Parameters:
    ///   - command: the shell command tmux runs in its only window.
    ///   - environment: extra variables for that command.
    init(command: String, environment: [String: String] = [:], width: Int = 120, height: Int = 40) throws {
        socket = "archestra-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        self.width = width
        self.height = height
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let inner = "env LANG=C.UTF-8 TERM=xterm-256color \(exports) \(command); echo EXITED:$?; sleep 30"
        // The server this starts lives on as a daemon: it must not inherit a pipe the test reads to its end.
        let status = try Self.spawn(
            [
                "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", String(width),
                "-y", String(height), inner,
            ], capturing: false
        ).status
        guard status == 0 else { throw ShellFailure(description: "tmux new-session exited with \(status)") }
    }

    deinit { kill() }

    func kill() {
        _ = try? Self.tmux(socket, ["kill-server"])
    }

    /// Types keys; names like `Enter`, `Escape`, `Tab` are tmux key names.
    func send(_ keys: String...) throws {
        for key in keys {
            try tmux(["send-keys", "-t", "0", key])
        }
    }

    /// Types literal text (no key-name lookup).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text lines.
    func screen() throws -> String {
        let text = try tmux(["capture-pane", "-p", "-t", "0"])
        // Every screen a test reads: a Swift debug description means an optional reached the screen.
        XCTAssertFalse(text.contains("Optional("), "a Swift debug description on screen:\n\(text)")
        return text
    }

    /// The pane title, which an OSC 0/2 sequence would change.
    func paneTitle() throws -> String {
        try display("#{pane_title}")
    }

    /// A tmux format about the pane (e.g. `#{mouse_any_flag}`: whether the program asked for mouse reports).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format])
    }

    /// The screen with colour and attribute escape sequences, to check what was sent.
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", "0"])
    }

    /// The process id of the program running in the pane.
    func panePID() throws -> Int32? {
        Int32(try display("#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until the screen satisfies `condition`; fails with the last screen otherwise.
    @discardableResult
    func waitFor(
        _ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: Self.poll)
        }
        XCTFail("timed out after \(timeout)s waiting for \(description). Screen:\n\(last)", file: file, line: line)
        return last
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitFor("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// How often `waitFor` reads the screen: one `tmux capture-pane` (a few milliseconds), no shell.
    static let poll: TimeInterval = 0.05

    // MARK: - Running tmux and the shell

    /// Runs one tmux command against this session's server; its standard output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.tmux(socket, arguments)
    }

    @discardableResult
    static func tmux(_ socket: String, _ arguments: [String]) throws -> String {
        let (status, output) = try spawn(["tmux", "-L", socket] + arguments, capturing: true)
        guard status == 0 || arguments.first == "kill-server" else {
            throw ShellFailure(description: "tmux \(arguments.joined(separator: " ")) exited with \(status)")
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs a program found on PATH with posix_spawnp; its exit status and, when `capturing`, its standard
    /// output read from a pipe (close-on-exec, so no other child started meanwhile keeps it open).
    static func spawn(_ arguments: [String], capturing: Bool) throws -> (status: Int32, output: Data) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var ends: [Int32] = [-1, -1]
        if capturing {
            guard pipe(&ends) == 0 else { throw ShellFailure(description: "pipe failed: \(errno)") }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        defer { ends.filter { $0 >= 0 }.forEach { close($0) } }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capturing {
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        ChildHygiene.closeInherited(&actions)
        var attributes = ChildHygiene.defaultSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard status == 0 else { throw ShellFailure(description: "posix_spawnp \(arguments[0]) failed: \(status)") }
        var output = Data()
        if capturing {
            close(ends[1])
            ends[1] = -1
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(ends[0], &buffer, buffer.count)
                if count > 0 { output.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
            }
        }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
        return ((exitStatus >> 8) & 0xff, output)
    }

    // MARK: - Shell

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a command through /bin/sh with posix_spawn and waitpid. Foundation.Process is not used:
    /// it can wait forever on the tmux server daemon, which inherits its launch descriptors.
    @discardableResult
    static func shell(_ command: String) throws -> Int32 {
        try spawn(["/bin/sh", "-c", command], capturing: false).status
    }

    struct ShellFailure: Error, CustomStringConvertible { var description: String }
}
