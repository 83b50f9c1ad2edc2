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
        try Self.shell("tmux -L \(socket) -f /dev/null new-session -d -x \(width) -y \(height) \(Self.quote(inner))")
    }

    deinit { kill() }

    func kill() {
        _ = try? Self.shell("tmux -L \(socket) kill-server 2>/dev/null || true")
    }

    /// Types keys; names like `Enter`, `Escape`, `Tab` are tmux key names.
    func send(_ keys: String...) throws {
        for key in keys {
            try Self.shell("tmux -L \(socket) send-keys -t 0 \(Self.quote(key))")
        }
    }

    /// Types literal text (no key-name lookup).
    func type(_ text: String) throws {
        try Self.shell("tmux -L \(socket) send-keys -t 0 -l \(Self.quote(text))")
    }

    func resize(width: Int, height: Int) throws {
        try Self.shell("tmux -L \(socket) resize-window -t 0 -x \(width) -y \(height)")
    }

    /// The visible screen as text lines.
    func screen() throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-capture.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.shell("tmux -L \(socket) capture-pane -p -t 0 > \(Self.quote(file.path))")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-display.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.shell("tmux -L \(socket) display-message -p -t 0 \(Self.quote(format)) > \(Self.quote(file.path))")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// The screen with colour and attribute escape sequences, to check what was sent.
    func screenWithEscapes() throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-capture-e.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.shell("tmux -L \(socket) capture-pane -e -p -t 0 > \(Self.quote(file.path))")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// The process id of the program running in the pane.
    func panePID() throws -> Int32? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-pid.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.shell("tmux -L \(socket) display-message -p -t 0 '#{pane_pid}' > \(Self.quote(file.path))")
        return (try? String(contentsOf: file, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Waits until the screen satisfies `condition`; fails with the last screen otherwise.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.2)
        }
        XCTFail("timed out after \(timeout)s waiting for \(description). Screen:\n\(last)", file: file, line: line)
        return last
    }

    func waitFor(text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitFor("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    // MARK: - Shell

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a command through /bin/sh with posix_spawn and waitpid. Foundation.Process is not used:
    /// it can wait forever on the tmux server daemon, which inherits its launch descriptors.
    @discardableResult
    static func shell(_ command: String) throws -> Int32 {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        guard status == 0 else { throw ShellFailure(description: "posix_spawn failed: \(status)") }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
        return (exitStatus >> 8) & 0xff
    }

    struct ShellFailure: Error, CustomStringConvertible { var description: String }
}
