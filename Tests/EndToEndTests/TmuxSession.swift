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
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
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

    /// Runs a command through /bin/sh with output to /dev/null or a file, never a pipe:
    /// the tmux server daemon would inherit a pipe and keep the wait from returning.
    @discardableResult
    static func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
